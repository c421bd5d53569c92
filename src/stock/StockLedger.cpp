#include "StockLedger.h"

#include "StockLimits.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/Sql.h"

#include <QCoreApplication>

namespace {
// The guard conditions, on the row after the move ("(col + ?)" is the moved column's new value;
// each ? is bound to the delta, counted in *deltas). Constant SQL only: the column name is one of
// three bucket codes, never user text.
QString guardSql(const QString &column, StockGuards guards, int *deltas)
{
    auto after = [&](const QString &c) {
        if (c != column)
            return c;
        ++*deltas;
        return QStringLiteral("(%1 + ?)").arg(c);
    };
    QString sql;
    if (guards.testFlag(StockGuard::KeepFree))
        sql += QStringLiteral(" AND %1 >= %2")
                   .arg(after(QStringLiteral("on_hand")), after(QStringLiteral("reserved")));
    if (guards.testFlag(StockGuard::KeepLoose))
        sql += QStringLiteral(" AND %1 >= %2")
                   .arg(after(QStringLiteral("on_hand")), after(QStringLiteral("prepacked")));
    if (guards.testFlag(StockGuard::KeepAvailable))
        sql += QStringLiteral(
                   " AND %1 - %2 - (SELECT s.safety_stock FROM skus s WHERE s.id = stock_levels.sku_id) >= 0")
                   .arg(after(QStringLiteral("on_hand")), after(QStringLiteral("reserved")));
    return sql;
}

QString refusal(const QSqlDatabase &db, const StockMove &move, const QString &column)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT s.code, l.on_hand, l.reserved, l.prepacked, s.safety_stock "
                                "FROM skus s LEFT JOIN stock_levels l ON l.sku_id = s.id WHERE s.id = ?"),
                 {move.skuId});
    if (!q.next())
        return QCoreApplication::translate("StockLedger", "SKU #%1 does not exist.").arg(move.skuId);
    const QString code = q.value(0).toString();
    if (q.value(1).isNull())
        return QCoreApplication::translate("StockLedger", "SKU %1 has no stock level row.").arg(code);
    const qint64 onHand = q.value(1).toLongLong();
    const qint64 reserved = q.value(2).toLongLong();
    const qint64 prepacked = q.value(3).toLongLong();
    const qint64 safety = q.value(4).toLongLong();
    const auto in = [&](StockBucket bucket) {
        return move.bucket == bucket ? move.delta : 0;
    };
    const qint64 current = move.bucket == StockBucket::OnHand     ? onHand
                           : move.bucket == StockBucket::Reserved ? reserved
                                                                  : prepacked;
    if (current + move.delta > StockLimits::kMaxLevel)
        return QCoreApplication::translate("StockLedger",
                                           "Stock of %1 (%2) cannot go above %3: it is %4, the change is %5.")
            .arg(code, column)
            .arg(StockLimits::kMaxLevel)
            .arg(current)
            .arg(move.delta);
    if (current + move.delta < 0)
        return QCoreApplication::translate(
                   "StockLedger", "Stock of %1 (%2) cannot go below zero: it is %3, the change is %4.")
            .arg(code, column)
            .arg(current)
            .arg(move.delta);
    const int newOnHand = onHand + in(StockBucket::OnHand);
    const int newReserved = reserved + in(StockBucket::Reserved);
    const int newPrepacked = prepacked + in(StockBucket::Prepacked);
    if (move.guards.testFlag(StockGuard::KeepFree) && newOnHand < newReserved)
        return QCoreApplication::translate(
                   "StockLedger", "%1: %2 units are reserved by submitted orders; on hand would drop to %3. "
                                  "Release or re-stock those orders first, or post a stock count.")
            .arg(code)
            .arg(reserved)
            .arg(newOnHand);
    if (move.guards.testFlag(StockGuard::KeepLoose) && newOnHand < newPrepacked)
        return QCoreApplication::translate(
                   "StockLedger", "%1: %2 units are pre-packed; on hand would drop to %3. Unpack them first.")
            .arg(code)
            .arg(newPrepacked)
            .arg(newOnHand);
    if (move.guards.testFlag(StockGuard::KeepAvailable) && newOnHand - newReserved - safety < 0)
        return QCoreApplication::translate(
                   "StockLedger",
                   "%1: only %2 available (on hand %3, reserved %4, safety stock %5), %6 wanted.")
            .arg(code)
            .arg(std::max<qint64>(0, onHand - reserved - safety))
            .arg(onHand)
            .arg(reserved)
            .arg(safety)
            .arg(move.delta);
    return QCoreApplication::translate("StockLedger",
                                       "Stock of %1 changed while this move was being written; try again.")
        .arg(code);
}
} // namespace

QString StockLedger::bucketCode(StockBucket bucket)
{
    switch (bucket) {
    case StockBucket::OnHand:
        return QStringLiteral("on_hand");
    case StockBucket::Reserved:
        return QStringLiteral("reserved");
    case StockBucket::Prepacked:
        return QStringLiteral("prepacked");
    }
    return {};
}

Result<> StockLedger::tryPost(const QSqlDatabase &db, const Actor &actor, const StockMove &move)
{
    if (move.delta == 0)
        return Result<>::success();
    if (move.delta < -StockLimits::kMaxMove || move.delta > StockLimits::kMaxMove)
        return Result<>::failure(
            QCoreApplication::translate("StockLedger",
                                        "A move of %1 units is over the limit of %2 units per move.")
                .arg(move.delta)
                .arg(StockLimits::kMaxMove));
    const QString column = bucketCode(move.bucket);
    const QString now = Clock::nowText();
    int guardDeltas = 0;
    const QString guards = guardSql(column, move.guards, &guardDeltas);
    // The level stays within 0 … kMaxLevel in the same UPDATE, so racing moves cannot pass it either.
    QVariantList values{move.delta, now, move.skuId, move.delta, move.delta, StockLimits::kMaxLevel};
    for (int i = 0; i < guardDeltas; ++i)
        values << move.delta;
    const QSqlQuery level = Sql::run(db,
                                     QStringLiteral("UPDATE stock_levels SET %1 = %1 + ?, updated_at = ? "
                                                    "WHERE sku_id = ? AND %1 + ? >= 0 AND %1 + ? <= ?")
                                             .arg(column) +
                                         guards,
                                     values);
    if (level.numRowsAffected() != 1)
        return Result<>::failure(refusal(db, move, column));
    Sql::run(db,
             QStringLiteral(
                 "INSERT INTO stock_ledger (sku_id, bucket, delta, reason, ref, note, operator, station, "
                 "at, order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {move.skuId, column, move.delta, move.reason, Sql::nullable(move.ref), Sql::nullable(move.note),
              actor.operatorName, actor.station, now,
              move.orderId > 0 ? QVariant(move.orderId) : QVariant()});
    return Result<>::success();
}

void StockLedger::post(const QSqlDatabase &db, const Actor &actor, const StockMove &move)
{
    if (const Result<> posted = tryPost(db, actor, move); !posted)
        throw Error(posted.message);
}

QList<LedgerEntry> StockLedger::latest(const QSqlDatabase &db, qint64 skuId, int limit)
{
    QList<LedgerEntry> rows;
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT at, bucket, delta, reason, COALESCE(ref, ''), COALESCE(note, ''), "
                                "operator, station FROM stock_ledger WHERE sku_id = ? "
                                "ORDER BY id DESC LIMIT ?"),
                 {skuId, limit});
    while (q.next())
        rows << LedgerEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toString(), q.value(7).toString()};
    return rows;
}
