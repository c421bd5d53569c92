#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// A presale SKU whose ship date has not come yet (split it off or wait).
class PresaleRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(PresaleRule)
public:
    QString code() const override { return QStringLiteral("presale"); }
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
