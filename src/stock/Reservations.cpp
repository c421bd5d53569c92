#include "Reservations.h"

#include "StockLedger.h"
#include "db/Sql.h"

#include <QMap>

namespace {
struct Need {
    qint64 skuId;
    int qty;
    QString orderNo;
};

// Quantity per SKU over the order's lines (a SKU can appear on several lines).
QList<Need> needs(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT l.sku_id, SUM(l.qty), o.platform_order_no FROM order_lines l "
                                          "JOIN orders o ON o.id = l.order_id WHERE l.order_id = ? "
                                          "AND l.sku_id IS NOT NULL AND l.refund_status = 'none' "
                                          "GROUP BY l.sku_id, o.platform_order_no ORDER BY l.sku_id"),
                           {orderId});
    QList<Need> result;
    while (q.next())
        result << Need{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()};
    return result;
}
} // namespace

int Reservations::available(const QSqlDatabase &db, qint64 skuId)
{
    return Sql::scalar(db,
                       QStringLiteral("SELECT l.on_hand - l.reserved - s.safety_stock FROM stock_levels l "
                                      "JOIN skus s ON s.id = l.sku_id WHERE l.sku_id = ?"),
                       {skuId})
        .toInt();
}

QList<Shortage> Reservations::reserveOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId)
{
    const QList<Need> wanted = needs(db, orderId);
    QList<Shortage> shortages;
    for (const Need &n : wanted) {
        const int free = available(db, n.skuId);
        if (free < n.qty) {
            const QString code = Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {n.skuId}).toString();
            shortages << Shortage{n.skuId, code, n.qty, std::max(0, free)};
        }
    }
    if (!shortages.isEmpty())
        return shortages;
    for (const Need &n : wanted)
        StockLedger::post(db, actor, {n.skuId, StockBucket::Reserved, n.qty, QStringLiteral("reserve"), n.orderNo, {}});
    return {};
}

void Reservations::releaseOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const QString &reason)
{
    for (const Need &n : needs(db, orderId))
        StockLedger::post(db, actor, {n.skuId, StockBucket::Reserved, -n.qty, QStringLiteral("release"), n.orderNo, reason});
}

void Reservations::consumeOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId)
{
    for (const Need &n : needs(db, orderId)) {
        StockLedger::post(db, actor, {n.skuId, StockBucket::OnHand, -n.qty, QStringLiteral("ship"), n.orderNo, {}});
        StockLedger::post(db, actor, {n.skuId, StockBucket::Reserved, -n.qty, QStringLiteral("ship"), n.orderNo, {}});
    }
}
