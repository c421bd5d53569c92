#include "OrderStore.h"

#include "base/Clock.h"
#include "db/Locks.h"
#include "db/Sql.h"

#include <QSqlRecord>
#include <algorithm>

namespace {
void insertLines(const QSqlDatabase &db, Order &order)
{
    Sql::Statement q(db, QStringLiteral("INSERT INTO order_lines (order_id, line_no, sku_id, outer_code, "
                                        "title, spec, qty, price_fen, platform_line_id, refund_status) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    int lineNo = 0;
    for (OrderLine &line : order.lines) {
        line.lineNo = line.lineNo > 0 ? line.lineNo : ++lineNo;
        lineNo = std::max(lineNo, line.lineNo);
        line.id = Sql::returnedId(
            q.run({order.id, line.lineNo, line.skuId > 0 ? QVariant(line.skuId) : QVariant(),
                   Sql::text(line.outerCode), Sql::text(line.title), Sql::text(line.spec), line.qty,
                   line.priceFen, Sql::nullable(line.platformLineId), Sql::text(line.refundStatus)}));
    }
}
} // namespace

qint64 OrderStore::insert(const QSqlDatabase &db, Order &order)
{
    const QString now = Clock::nowText();
    const Receiver &r = order.receiver;
    order.id = Sql::insert(
        db,
        QStringLiteral(
            "INSERT INTO orders (shop_id, platform_order_no, buyer_nick, receiver_name, receiver_phone, "
            "phone_masked, receiver_province, receiver_city, receiver_district, receiver_address, "
            "receiver_postcode, address_raw, buyer_message, seller_memo, platform_status, created_at, "
            "paid_at, goods_fen, shipping_fen, paid_fen, item_count, stage, held_from_stage, hold_reason, "
            "courier_code, tracking_no, priority, raw_json, version, stage_changed_at, imported_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)"),
        {QVariant(order.shopId),
         Sql::text(order.platformOrderNo),
         Sql::text(order.buyerNick),
         Sql::text(r.name),
         Sql::text(r.phone),
         QVariant(r.phoneMasked ? 1 : 0),
         Sql::text(r.province),
         Sql::text(r.city),
         Sql::text(r.district),
         Sql::text(r.address),
         Sql::text(r.postcode),
         Sql::text(r.raw),
         Sql::text(order.buyerMessage),
         Sql::text(order.sellerMemo),
         Sql::text(order.platformStatus),
         Sql::nullable(order.createdAt),
         Sql::nullable(order.paidAt),
         QVariant(order.goodsFen),
         QVariant(order.shippingFen),
         QVariant(order.paidFen),
         QVariant(order.itemCount()),
         QVariant(Stages::code(order.stage)),
         order.heldFrom ? QVariant(Stages::code(*order.heldFrom)) : QVariant(),
         Sql::nullable(order.holdReason),
         Sql::nullable(order.courierCode),
         Sql::nullable(order.trackingNo),
         QVariant(order.priority),
         Sql::nullable(order.rawJson),
         QVariant(order.version),
         QVariant(now),
         QVariant(now),
         QVariant(now)});
    insertLines(db, order);
    return order.id;
}

void OrderStore::lock(const QSqlDatabase &db, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    Sql::Statement q(db, Locks::forUpdate(db, QStringLiteral("SELECT id FROM orders WHERE id = ?")));
    for (const qint64 id : std::as_const(ids))
        q.run({id}).finish();
}

std::optional<Order> OrderStore::load(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT * FROM orders WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    const QSqlRecord rec = q.record();
    auto text = [&](const char *field) {
        return q.value(rec.indexOf(QLatin1String(field))).toString();
    };
    auto integer = [&](const char *field) {
        return q.value(rec.indexOf(QLatin1String(field))).toLongLong();
    };

    Order o;
    o.id = id;
    o.shopId = integer("shop_id");
    o.platformOrderNo = text("platform_order_no");
    o.buyerNick = text("buyer_nick");
    o.receiver = {text("receiver_name"),     text("receiver_phone"),    integer("phone_masked") != 0,
                  text("receiver_province"), text("receiver_city"),     text("receiver_district"),
                  text("receiver_address"),  text("receiver_postcode"), text("address_raw")};
    o.buyerMessage = text("buyer_message");
    o.sellerMemo = text("seller_memo");
    o.platformStatus = text("platform_status");
    o.createdAt = text("created_at");
    o.paidAt = text("paid_at");
    o.goodsFen = integer("goods_fen");
    o.shippingFen = integer("shipping_fen");
    o.paidFen = integer("paid_fen");
    o.stage = Stages::fromCode(text("stage")).value_or(Stage::Imported);
    o.heldFrom = Stages::fromCode(text("held_from_stage"));
    o.holdReason = text("hold_reason");
    o.courierCode = text("courier_code");
    o.trackingNo = text("tracking_no");
    o.priority = int(integer("priority"));
    o.rawJson = text("raw_json");
    o.version = int(integer("version"));

    QSqlQuery lines =
        Sql::run(db,
                 QStringLiteral("SELECT id, line_no, sku_id, outer_code, title, spec, qty, price_fen, "
                                "platform_line_id, refund_status FROM order_lines "
                                "WHERE order_id = ? ORDER BY line_no"),
                 {id});
    while (lines.next()) {
        o.lines << OrderLine{lines.value(0).toLongLong(), lines.value(1).toInt(),
                             lines.value(2).toLongLong(), lines.value(3).toString(),
                             lines.value(4).toString(),   lines.value(5).toString(),
                             lines.value(6).toInt(),      lines.value(7).toLongLong(),
                             lines.value(8).toString(),   lines.value(9).toString()};
    }
    return o;
}

std::optional<qint64> OrderStore::findId(const QSqlDatabase &db, qint64 shopId,
                                         const QString &platformOrderNo)
{
    const QVariant id =
        Sql::scalar(db, QStringLiteral("SELECT id FROM orders WHERE shop_id = ? AND platform_order_no = ?"),
                    {shopId, platformOrderNo});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}
