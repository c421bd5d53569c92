#include "OrderDetails.h"

#include "db/Sql.h"
#include "orders/OrderStore.h"

std::optional<OrderDetails> OrderDetails::load(const QSqlDatabase &db, qint64 orderId)
{
    std::optional<Order> order = OrderStore::load(db, orderId);
    if (!order)
        return std::nullopt;
    OrderDetails d;
    d.order = *order;
    QSqlQuery head =
        Sql::run(db,
                 QStringLiteral("SELECT s.name, o.wave_date FROM orders o JOIN shops s ON s.id = o.shop_id "
                                "WHERE o.id = ?"),
                 {orderId});
    if (head.next()) {
        d.shopName = head.value(0).toString();
        d.waveDate = head.value(1).toString();
    }
    Sql::Statement stockOf(
        db, QStringLiteral("SELECT s.location, COALESCE(l.on_hand, 0) - COALESCE(l.reserved, 0) "
                           "- s.safety_stock, s.presale_ship_date FROM skus s LEFT JOIN "
                           "stock_levels l ON l.sku_id = s.id WHERE s.id = ?"));
    for (const OrderLine &l : std::as_const(d.order.lines)) {
        Line line{l, {}, 0, {}};
        if (l.skuId > 0) {
            QSqlQuery &stock = stockOf.run({l.skuId});
            if (stock.next()) {
                line.location = stock.value(0).toString();
                line.available = stock.value(1).toInt();
                line.presaleShipDate = stock.value(2).toString();
            }
            stock.finish();
        }
        d.lines << line;
    }
    QSqlQuery flags = Sql::run(
        db, QStringLiteral("SELECT flag, reason, source FROM order_flags WHERE order_id = ? ORDER BY flag"),
        {orderId});
    while (flags.next())
        d.flags << Flag{flags.value(0).toString(), flags.value(1).toString(), flags.value(2).toString()};
    QSqlQuery log = Sql::run(
        db,
        QStringLiteral("SELECT at, operator, station, action, before_json, after_json FROM audit_log "
                       "WHERE entity = 'order' AND entity_id = ? ORDER BY id DESC LIMIT 50"),
        {orderId});
    while (log.next())
        d.history << Event{log.value(0).toString(), log.value(1).toString(), log.value(2).toString(),
                           log.value(3).toString(), log.value(4).toString(), log.value(5).toString()};
    return d;
}
