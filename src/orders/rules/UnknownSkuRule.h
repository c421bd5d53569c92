#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// A line whose outer code (商家编码) matches no SKU: nothing to pick.
class UnknownSkuRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(UnknownSkuRule)
public:
    QString code() const override { return QStringLiteral("unknown_sku"); }
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
