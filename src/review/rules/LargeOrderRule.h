#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Large amount or quantity: check before it ships (wrong price, reseller, fraud).
class LargeOrderRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(LargeOrderRule)
public:
    QString code() const override { return QStringLiteral("large"); }
    QString title() const override;
    QJsonObject defaults() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
