#include "PurchaseLimitRule.h"

#include "db/Sql.h"

namespace {
struct Over {
    int qty = 0;
    int buyers = 0;
};

// Live orders (paid, not cancelled) count against a limit, whatever stage they are in: a buyer
// who got one shipped yesterday is over the limit with today's order too.
const QString kLive =
    QStringLiteral(" o.stage NOT IN ('cancelled', 'awaiting_payment') AND l.refund_status = 'none' "
                   "AND s.purchase_limit > 0 ");

QHash<QString, Over> overLimit(const QSqlDatabase &db, const QString &keyColumns) {
    // keyColumns is one of the fixed lists below, never user text.
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT l.sku_id, ") + keyColumns +
                         QStringLiteral(", SUM(l.qty), COUNT(DISTINCT o.buyer_nick) FROM order_lines l "
                                        "JOIN orders o ON o.id = l.order_id JOIN skus s ON s.id = l.sku_id "
                                        "WHERE") +
                         kLive + QStringLiteral("GROUP BY l.sku_id, ") + keyColumns +
                         QStringLiteral(", s.purchase_limit HAVING SUM(l.qty) > s.purchase_limit"));
    const int keys = int(keyColumns.count(u',')) + 1;
    QHash<QString, Over> result;
    while (q.next()) {
        QString key = q.value(0).toString();
        for (int i = 1; i <= keys; ++i)
            key += u'|' + q.value(i).toString();
        result.insert(key, Over{q.value(keys + 1).toInt(), q.value(keys + 2).toInt()});
    }
    return result;
}
} // namespace

QString PurchaseLimitRule::title() const {
    return tr("Flash-sale limit per buyer and per receiver");
}

void PurchaseLimitRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const {
    bool anyLimit = false;
    for (const ReviewSku &s : batch.skus)
        anyLimit = anyLimit || s.purchaseLimit > 0;
    if (!anyLimit)
        return;
    const auto byBuyer = overLimit(batch.db, QStringLiteral("o.shop_id, o.buyer_nick"));
    const auto byPhone = overLimit(batch.db, QStringLiteral("o.receiver_phone"));
    const auto byAddress = overLimit(
        batch.db,
        QStringLiteral("o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address"));

    for (const ReviewOrder &o : batch.orders) {
        QStringList buyer;
        QStringList receiver;
        for (const ReviewLine &l : o.lines) {
            const ReviewSku sku = batch.skus.value(l.skuId);
            if (l.skuId == 0 || sku.purchaseLimit <= 0)
                continue;
            const QString id = QString::number(l.skuId);
            if (const auto it = byBuyer.constFind(id + u'|' + QString::number(o.shopId) + u'|' + o.buyerNick);
                it != byBuyer.cend())
                buyer << tr("%1: buyer %2 has %3 (limit %4)")
                             .arg(sku.code, o.buyerNick)
                             .arg(it->qty)
                             .arg(sku.purchaseLimit);
            const bool phoneKnown = !o.phoneMasked && !o.receiverPhone.isEmpty();
            const auto phone = phoneKnown ? byPhone.constFind(id + u'|' + o.receiverPhone) : byPhone.cend();
            const auto address = byAddress.constFind(id + u'|' + o.addressKey());
            if (phone != byPhone.cend())
                receiver << tr("%1: %2 to this phone from %3 buyer(s) (limit %4)")
                                .arg(sku.code)
                                .arg(phone->qty)
                                .arg(phone->buyers)
                                .arg(sku.purchaseLimit);
            else if (address != byAddress.cend())
                receiver << tr("%1: %2 to this address from %3 buyer(s) (limit %4)")
                                .arg(sku.code)
                                .arg(address->qty)
                                .arg(address->buyers)
                                .arg(sku.purchaseLimit);
        }
        if (!buyer.isEmpty())
            flags << ReviewFlag{o.id, QStringLiteral("limit_buyer"),
                                tr("Over the flash-sale limit: %1.").arg(buyer.join(tr("; ")))};
        if (!receiver.isEmpty())
            flags << ReviewFlag{o.id, QStringLiteral("limit_receiver"),
                                tr("Over the flash-sale limit per receiver (do not merge): %1.")
                                    .arg(receiver.join(tr("; ")))};
    }
}
