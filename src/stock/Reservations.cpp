#include "Reservations.h"

#include "StockLedger.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>

#include <QSet>

namespace {
struct Need {
    qint64 skuId;
    int qty;
};

// Quantity per SKU over the order's unrefunded lines (a SKU can appear on several lines).
QMap<qint64, int> lineNeeds(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT sku_id, SUM(qty) FROM order_lines WHERE order_id = ? "
                                "AND sku_id IS NOT NULL AND refund_status = 'none' GROUP BY sku_id"),
                 {orderId});
    QMap<qint64, int> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

QString orderNo(const QSqlDatabase &db, qint64 orderId)
{
    return Sql::scalar(db, QStringLiteral("SELECT platform_order_no FROM orders WHERE id = ?"), {orderId})
        .toString();
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

QMap<qint64, int> Reservations::heldBy(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT sku_id, SUM(delta) FROM stock_ledger WHERE order_id = ? "
                                          "AND bucket = 'reserved' GROUP BY sku_id"),
                           {orderId});
    QMap<qint64, int> held;
    bool linked = false;
    while (q.next()) {
        linked = true;
        if (q.value(1).toInt() > 0)
            held.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return linked ? held : lineNeeds(db, orderId);
}

QList<Shortage> Reservations::reserveOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId)
{
    const QMap<qint64, int> wanted = lineNeeds(db, orderId);
    const QString ref = orderNo(db, orderId);
    auto shortage = [&](qint64 skuId, int qty) {
        const QString code =
            Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {skuId}).toString();
        return Shortage{skuId, code, qty, std::max(0, available(db, skuId))};
    };
    QList<Shortage> shortages;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (available(db, it.key()) < it.value())
            shortages << shortage(it.key(), it.value());
    if (!shortages.isEmpty())
        return shortages;
    Savepoint savepoint(db, QStringLiteral("reserve_order"));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const StockMove move{
            it.key(), StockBucket::Reserved,    it.value(), QStringLiteral("reserve"), ref, {},
            orderId,  StockGuard::KeepAvailable};
        if (!StockLedger::tryPost(db, actor, move))
            return {shortage(it.key(), it.value())}; // the savepoint undoes the rows already posted
    }
    savepoint.release();
    return {};
}

void Reservations::releaseOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId,
                                const QString &reason)
{
    const QMap<qint64, int> held = heldBy(db, orderId);
    const QString ref = orderNo(db, orderId);
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        StockLedger::post(
            db, actor,
            {it.key(), StockBucket::Reserved, -it.value(), QStringLiteral("release"), ref, reason, orderId});
}

void Reservations::consumeOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId, ConsumeFrom from)
{
    const QMap<qint64, int> held = heldBy(db, orderId);
    const QMap<qint64, int> shipped = lineNeeds(db, orderId);
    const QString ref = orderNo(db, orderId);
    QSet<qint64> skus;
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        skus.insert(it.key());
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it)
        skus.insert(it.key());
    for (qint64 sku : std::as_const(skus)) {
        const int h = held.value(sku);
        const int s = shipped.value(sku);
        const QString ship = QStringLiteral("ship");
        StockLedger::post(db, actor, {sku, StockBucket::Reserved, -std::min(h, s), ship, ref, {}, orderId});
        if (h > s) // refunded lines: their reservation goes back to available
            StockLedger::post(
                db, actor, {sku, StockBucket::Reserved, s - h, QStringLiteral("release"), ref, {}, orderId});
        if (s == 0)
            continue;
        QSqlQuery level = Sql::run(
            db, QStringLiteral("SELECT on_hand, prepacked FROM stock_levels WHERE sku_id = ?"), {sku});
        level.next();
        const int onHand = level.value(0).toInt();
        if (onHand < s) // a count found fewer units than orders hold: nothing to ship them from
            throw Error(QCoreApplication::translate(
                            "Reservations", "%1: only %2 on hand, order %3 ships %4. Count the bin or "
                                            "take the order off the shelf list.")
                            .arg(Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {sku})
                                     .toString())
                            .arg(onHand)
                            .arg(ref)
                            .arg(s));
        const int loose = onHand - level.value(1).toInt();
        const int boxed = from == ConsumeFrom::Prepacked ? s : std::max(0, s - std::max(0, loose));
        StockLedger::post(db, actor, {sku, StockBucket::Prepacked, -boxed, ship, ref, {}, orderId});
        StockLedger::post(db, actor,
                          {sku, StockBucket::OnHand, -s, ship, ref, {}, orderId, StockGuard::KeepLoose});
    }
}
