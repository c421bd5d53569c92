#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Flash-sale limit (聚划算 one per person) over, per buyer and per receiver phone/address.
// Different buyer IDs sending to one receiver are flagged and never merged automatically.
class PurchaseLimitRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(PurchaseLimitRule)
public:
    QString code() const override { return QStringLiteral("purchase_limit"); }
    bool looksAtOtherOrders() const override { return true; }
    void candidates(const ReviewBatch &batch, std::vector<qint64> &ids) const override;
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
