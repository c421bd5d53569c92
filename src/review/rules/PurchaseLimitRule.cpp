#include "PurchaseLimitRule.h"

#include "db/Sql.h"

#include <QSet>

namespace {
struct Over {
    int qty = 0;
    int buyers = 0;
};

// Text keys (buyer, phone, address) are numbered once, so the sums key on integers.
quint64 groupKey(qint64 sku, quint32 id)
{
    return (quint64(sku) << 32) | id;
}

struct Totals {
    QHash<QString, quint32> buyerIds, phoneIds, addressIds;
    QHash<quint64, Over> byBuyer, byPhone, byAddress; // (sku, name id) → quantity and buyers

    static quint32 number(QHash<QString, quint32> &ids, const QString &key)
    {
        auto it = ids.find(key);
        if (it == ids.end())
            it = ids.insert(key, quint32(ids.size()));
        return *it;
    }
    static const Over *find(const QHash<QString, quint32> &ids, const QHash<quint64, Over> &groups,
                            qint64 sku, const QString &key)
    {
        const auto id = ids.constFind(key);
        if (id == ids.cend())
            return nullptr;
        const auto it = groups.constFind(groupKey(sku, *id));
        return it == groups.cend() ? nullptr : &*it;
    }
};

// Live orders (paid, not cancelled) count against a limit, whatever stage they are in: a buyer
// who got one shipped yesterday is over the limit with today's order too. One pass over the
// lines of limited SKUs, summed three ways in memory on integer keys (a flash sale's SKUs can
// be a third of all lines).
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
    QSet<QPair<quint64, quint32>> phoneBuyers, addressBuyers; // a group's buyers, each counted once
    while (q.next()) {
        const qint64 sku = q.value(0).toLongLong();
        const int qty = q.value(1).toInt();
        const QString nick = q.value(3).toString();
        const quint32 buyer = Totals::number(t.buyerIds, q.value(2).toString() + u'|' + nick);
        // No buyer ID (拼多多 and 京东 exports have none): the receiver's phone and address decide,
        // never one "empty buyer" summing up every such order of the shop.
        if (!nick.isEmpty())
            t.byBuyer[groupKey(sku, buyer)].qty += qty;
        auto add = [&](QHash<quint64, Over> &groups, QSet<QPair<quint64, quint32>> &buyers, quint64 key) {
            Over &o = groups[key];
            o.qty += qty;
            if (!buyers.contains({key, buyer})) {
                buyers.insert({key, buyer});
                ++o.buyers;
            }
        };
        const QString phone = q.value(4).toString();
        if (q.value(5).toInt() == 0 && !phone.isEmpty())
            add(t.byPhone, phoneBuyers, groupKey(sku, Totals::number(t.phoneIds, phone)));
        const QString address = q.value(6).toString() + u'|' + q.value(7).toString() + u'|' +
                                q.value(8).toString() + u'|' + q.value(9).toString();
        add(t.byAddress, addressBuyers, groupKey(sku, Totals::number(t.addressIds, address)));
    }
    return t;
}
} // namespace

QString PurchaseLimitRule::title() const
{
    return tr("Flash-sale limit per buyer and per receiver");
}

void PurchaseLimitRule::candidates(const ReviewBatch &batch, std::vector<qint64> &ids) const
{
    // Orders of a limited SKU: a later order of the same buyer puts them over too.
    for (const ReviewOrder &o : batch.orders)
        for (const ReviewLine &l : o.lines)
            if (const auto sku = batch.skus.constFind(l.skuId);
                sku != batch.skus.cend() && sku->purchaseLimit > 0) {
                ids.push_back(o.id);
                break;
            }
}

void PurchaseLimitRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    bool anyLimit = false;
    for (const ReviewSku &s : batch.skus)
        anyLimit = anyLimit || s.purchaseLimit > 0;
    if (!anyLimit)
        return;
    // Summed once per run, not per batch (a flash sale's lines over the whole database).
    const Totals &t =
        batch.memo->get<Totals>(QStringLiteral("purchase_limit"), [&] { return totals(batch.db); });
    for (const ReviewOrder &o : batch.orders) {
        QStringList buyer;
        QStringList receiver;
        for (const ReviewLine &l : o.lines) {
            const ReviewSku sku = batch.skus.value(l.skuId);
            if (l.skuId == 0 || sku.purchaseLimit <= 0)
                continue;
            const Over *own =
                Totals::find(t.buyerIds, t.byBuyer, l.skuId, QString::number(o.shopId) + u'|' + o.buyerNick);
            if (own && own->qty > sku.purchaseLimit)
                buyer << tr("%1: buyer %2 has %3 (limit %4)")
                             .arg(sku.code, o.buyerNick)
                             .arg(own->qty)
                             .arg(sku.purchaseLimit);
            const bool phoneKnown = !o.phoneMasked && !o.receiverPhone.isEmpty();
            const Over *phone =
                phoneKnown ? Totals::find(t.phoneIds, t.byPhone, l.skuId, o.receiverPhone) : nullptr;
            const Over *address = Totals::find(t.addressIds, t.byAddress, l.skuId, o.addressKey());
            if (phone && phone->qty > sku.purchaseLimit)
                receiver << tr("%1: %2 to this phone from %3 buyer(s) (limit %4)")
                                .arg(sku.code)
                                .arg(phone->qty)
                                .arg(phone->buyers)
                                .arg(sku.purchaseLimit);
            else if (address && address->qty > sku.purchaseLimit)
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
