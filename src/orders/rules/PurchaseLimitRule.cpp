#include "PurchaseLimitRule.h"

#include "db/Sql.h"

#include <QSet>

namespace {
struct Over {
    int qty = 0;
    QSet<QString> buyers;
};

struct Totals {
    QHash<QString, Over> byBuyer, byPhone, byAddress; // key: sku|…
};

// Live orders (paid, not cancelled) count against a limit, whatever stage they are in: a buyer
// who got one shipped yesterday is over the limit with today's order too. One pass over the
// lines of limited SKUs, summed three ways in memory.
Totals totals(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("SELECT l.sku_id, l.qty, o.shop_id, o.buyer_nick, o.receiver_phone, o.phone_masked, "
                       "o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address "
                       "FROM skus s JOIN order_lines l ON l.sku_id = s.id JOIN orders o ON o.id = l.order_id "
                       "WHERE s.purchase_limit > 0 AND l.refund_status = 'none' "
                       "AND o.stage NOT IN ('cancelled', 'awaiting_payment')"));
    Totals t;
    while (q.next()) {
        const QString sku = q.value(0).toString() + u'|';
        const int qty = q.value(1).toInt();
        const QString buyer = q.value(2).toString() + u'|' + q.value(3).toString();
        auto add = [&](QHash<QString, Over> &map, const QString &key) {
            Over &o = map[sku + key];
            o.qty += qty;
            o.buyers.insert(buyer);
        };
        add(t.byBuyer, buyer);
        if (q.value(5).toInt() == 0 && !q.value(4).toString().isEmpty())
            add(t.byPhone, q.value(4).toString());
        add(t.byAddress, q.value(6).toString() + u'|' + q.value(7).toString() + u'|' + q.value(8).toString() +
                             u'|' + q.value(9).toString());
    }
    return t;
}
} // namespace

QString PurchaseLimitRule::title() const
{
    return tr("Flash-sale limit per buyer and per receiver");
}

void PurchaseLimitRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    bool anyLimit = false;
    for (const ReviewSku &s : batch.skus)
        anyLimit = anyLimit || s.purchaseLimit > 0;
    if (!anyLimit)
        return;
    const Totals t = totals(batch.db);
    const QHash<QString, Over> &byBuyer = t.byBuyer, &byPhone = t.byPhone, &byAddress = t.byAddress;

    for (const ReviewOrder &o : batch.orders) {
        QStringList buyer;
        QStringList receiver;
        for (const ReviewLine &l : o.lines) {
            const ReviewSku sku = batch.skus.value(l.skuId);
            if (l.skuId == 0 || sku.purchaseLimit <= 0)
                continue;
            const QString id = QString::number(l.skuId);
            if (const auto it = byBuyer.constFind(id + u'|' + QString::number(o.shopId) + u'|' + o.buyerNick);
                it != byBuyer.cend() && it->qty > sku.purchaseLimit)
                buyer << tr("%1: buyer %2 has %3 (limit %4)")
                             .arg(sku.code, o.buyerNick)
                             .arg(it->qty)
                             .arg(sku.purchaseLimit);
            const bool phoneKnown = !o.phoneMasked && !o.receiverPhone.isEmpty();
            auto phone = phoneKnown ? byPhone.constFind(id + u'|' + o.receiverPhone) : byPhone.cend();
            if (phone != byPhone.cend() && phone->qty <= sku.purchaseLimit)
                phone = byPhone.cend();
            auto address = byAddress.constFind(id + u'|' + o.addressKey());
            if (address != byAddress.cend() && address->qty <= sku.purchaseLimit)
                address = byAddress.cend();
            if (phone != byPhone.cend())
                receiver << tr("%1: %2 to this phone from %3 buyer(s) (limit %4)")
                                .arg(sku.code)
                                .arg(phone->qty)
                                .arg(phone->buyers.size())
                                .arg(sku.purchaseLimit);
            else if (address != byAddress.cend())
                receiver << tr("%1: %2 to this address from %3 buyer(s) (limit %4)")
                                .arg(sku.code)
                                .arg(address->qty)
                                .arg(address->buyers.size())
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
