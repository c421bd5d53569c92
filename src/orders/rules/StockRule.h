#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Not enough available stock: orders take stock in queue order, the ones left short are flagged.
class StockRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(StockRule)
public:
    QString code() const override { return QStringLiteral("out_of_stock"); }
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
