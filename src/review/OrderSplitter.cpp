#include "OrderSplitter.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OrderSplitter", text);
}
} // namespace

Result<> OrderSplitter::split(const QSqlDatabase &db, const Actor &actor, qint64 orderId,
                              const QList<qint64> &lineIds, qint64 *newOrderId)
{
    return Transaction::run(db, [&](Transaction &tx) {
        OrderStore::lock(db, {orderId}); // two stations splitting it at once would both make part -2
        std::optional<Order> order = OrderStore::load(db, orderId);
        if (!order)
            return Result<>::failure(tr("Order %1 does not exist.").arg(orderId));
        if (order->stage != Stage::Imported && order->stage != Stage::Reviewed &&
            order->stage != Stage::OutOfStock)
            return Result<>::failure(tr("%1 is %2: only orders waiting for review or approved are split.")
                                         .arg(order->platformOrderNo, Stages::displayName(order->stage)));
        QList<OrderLine> moving;
        qint64 movingGoods = 0;
        for (const OrderLine &l : std::as_const(order->lines)) {
            if (lineIds.contains(l.id)) {
                moving << l;
                movingGoods += l.priceFen * l.qty;
            }
        }
        if (moving.isEmpty() || moving.size() != lineIds.size())
            return Result<>::failure(tr("Choose lines of this order to split off."));
        if (moving.size() == order->lines.size())
            return Result<>::failure(tr("Leave at least one line on the original order."));

        // What was paid for goods (postage stays) follows the goods in proportion; the rounding
        // remainder stays with the original.
        const qint64 paidForGoods = std::max<qint64>(0, order->paidFen - order->shippingFen);
        const qint64 movingPaid = order->goodsFen > 0 ? paidForGoods * movingGoods / order->goodsFen : 0;
        int movingItems = 0;
        for (const OrderLine &l : std::as_const(moving))
            movingItems += l.qty;

        const int parts =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE split_from = ?"), {orderId})
                .toInt();
        Order part = *order;
        part.id = 0;
        part.lines.clear();
        part.platformOrderNo = order->platformOrderNo + QStringLiteral("-%1").arg(parts + 2);
        part.goodsFen = movingGoods;
        part.shippingFen = 0;
        part.paidFen = movingPaid;
        part.version = 1;
        const qint64 newId = OrderStore::insert(db, part);
        int lineNo = 0;
        for (const OrderLine &l : std::as_const(moving))
            Sql::run(db, QStringLiteral("UPDATE order_lines SET order_id = ?, line_no = ? WHERE id = ?"),
                     {newId, ++lineNo, l.id});
        const QString now = Clock::nowText();
        Sql::run(db,
                 QStringLiteral("UPDATE orders SET split_from = ?, item_count = ?, wave_date = "
                                "(SELECT wave_date FROM orders WHERE id = ?) WHERE id = ?"),
                 {orderId, movingItems, orderId, newId});
        QSqlQuery update =
            Sql::run(db,
                     QStringLiteral("UPDATE orders SET goods_fen = goods_fen - ?, paid_fen = paid_fen - ?, "
                                    "item_count = item_count - ?, version = version + 1, updated_at = ? "
                                    "WHERE id = ? AND version = ?"),
                     {movingGoods, movingPaid, movingItems, now, orderId, order->version});
        if (update.numRowsAffected() != 1)
            return Result<>::failure(tr("The order was changed by someone else; reload and try again."));
        // The parts share the original's flags until the rules look again.
        Sql::run(
            db,
            QStringLiteral(
                "INSERT INTO order_flags (order_id, flag, reason, source) SELECT ?, flag, reason, source "
                "FROM order_flags WHERE order_id = ?"),
            {newId, orderId});

        QJsonArray lines;
        for (const OrderLine &l : std::as_const(moving))
            lines.append(QJsonObject{{QStringLiteral("sku"), l.outerCode}, {QStringLiteral("qty"), l.qty}});
        AuditLog::record(
            db, actor, QStringLiteral("order"), orderId, QStringLiteral("split"),
            {{QStringLiteral("goods_fen"), order->goodsFen}, {QStringLiteral("paid_fen"), order->paidFen}},
            {{QStringLiteral("goods_fen"), order->goodsFen - movingGoods},
             {QStringLiteral("paid_fen"), order->paidFen - movingPaid},
             {QStringLiteral("split_to"), part.platformOrderNo},
             {QStringLiteral("lines"), lines}});
        AuditLog::record(db, actor, QStringLiteral("order"), newId, QStringLiteral("split_from"), {},
                         {{QStringLiteral("split_from"), order->platformOrderNo},
                          {QStringLiteral("goods_fen"), movingGoods},
                          {QStringLiteral("paid_fen"), movingPaid},
                          {QStringLiteral("lines"), lines}});
        tx.commit();
        if (newOrderId)
            *newOrderId = newId;
        return Result<>::success();
    });
}
