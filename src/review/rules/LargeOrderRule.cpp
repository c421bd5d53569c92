#include "LargeOrderRule.h"

#include "base/Money.h"

QString LargeOrderRule::title() const
{
    return tr("Large amount or quantity");
}

QJsonObject LargeOrderRule::defaults() const
{
    return {{QStringLiteral("amount_fen"), 200000}, {QStringLiteral("quantity"), 10}};
}

void LargeOrderRule::check(const ReviewBatch &batch, const QJsonObject &params,
                           QList<ReviewFlag> &flags) const
{
    const qint64 amount = intParam(params, defaults(), "amount_fen");
    const int quantity = intParam(params, defaults(), "quantity");
    for (const ReviewOrder &o : batch.orders) {
        QStringList why;
        if (amount > 0 && o.paidFen > amount)
            why << tr("paid ¥%1 (over ¥%2)").arg(Money::formatYuan(o.paidFen), Money::formatYuan(amount));
        if (quantity > 0 && o.itemCount > quantity)
            why << tr("%1 items (over %2)").arg(o.itemCount).arg(quantity);
        if (!why.isEmpty())
            flags << ReviewFlag{o.id, code(), tr("Large order: %1.").arg(why.join(tr(", ")))};
    }
}
