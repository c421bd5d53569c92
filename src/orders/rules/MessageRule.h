#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Buyer message or seller memo present: someone must read it before the parcel ships.
class MessageRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(MessageRule)
public:
    QString code() const override { return QStringLiteral("message"); }
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
