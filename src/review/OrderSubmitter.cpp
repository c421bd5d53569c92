#include "OrderSubmitter.h"

#include "base/Error.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/StageMachine.h"
#include "stock/Reservations.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OrderSubmitter", text, disambiguation, n);
}

// Orders per transaction: big enough for throughput, small enough that the other station's
// transaction gets the write lock (SQLite) between chunks.
constexpr int kChunk = 100;

void add(SubmitResult &to, const SubmitResult &chunk)
{
    to.done += chunk.done;
    to.outOfStock += chunk.outOfStock;
    to.refused << chunk.refused;
}
} // namespace

// In the namespace, so that lupdate files its strings under OrderSubmitter.
namespace OrderSubmitter {
namespace {
// One chunk, in the caller's transaction.
SubmitResult submitChunk(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids)
{
    SubmitResult result;
    for (const qint64 id : ids) {
        // Locked until the commit: a second station submitting the same order waits here, then
        // reads Submitted and refuses it, instead of reserving its stock a second time.
        const auto order = Sql::firstRow(
            db,
            Locks::forUpdate(db, QStringLiteral("SELECT stage, platform_order_no FROM orders WHERE id = ?")),
            {id});
        if (!order) {
            result.refused << qMakePair(id, tr("Order %1 does not exist.").arg(id));
            continue;
        }
        const auto stage = Stages::fromCode(order->at(0).toString());
        const QString orderNo = order->at(1).toString();
        const int unknown = Sql::scalar(db,
                                        QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = ? "
                                                       "AND sku_id IS NULL AND refund_status = 'none'"),
                                        {id})
                                .toInt();
        if (!stage || (*stage != Stage::Reviewed && *stage != Stage::OutOfStock)) {
            result.refused << qMakePair(id,
                                        tr("%1: only approved orders are submitted (it is %2).")
                                            .arg(orderNo, stage ? Stages::displayName(*stage) : QString()));
            continue;
        }
        if (unknown > 0) {
            result.refused << qMakePair(
                id, tr("%1: %n line(s) have no SKU; fix them first.", nullptr, unknown).arg(orderNo));
            continue;
        }
        const QList<Shortage> shortages = Reservations::reserveOrder(db, actor, id);
        if (shortages.isEmpty()) {
            const Result<> r = StageMachine::apply(db, actor, {id, *stage, Stage::Submitted, {}, {}});
            if (!r)
                throw Error(r.message); // cannot happen: the order's row is locked
            Sql::run(db,
                     QStringLiteral("DELETE FROM order_flags WHERE order_id = ? AND flag = 'out_of_stock'"),
                     {id});
            ++result.done;
            continue;
        }
        QStringList missing;
        for (const Shortage &s : shortages)
            missing << tr("%1 needs %2, %3 available").arg(s.skuCode).arg(s.needed).arg(s.available);
        const QString reason = tr("Out of stock at submit: %1.").arg(missing.join(tr("; ")));
        if (*stage != Stage::OutOfStock) {
            const Result<> r = StageMachine::apply(db, actor, {id, *stage, Stage::OutOfStock, reason, {}});
            if (!r)
                throw Error(r.message);
        }
        Sql::run(db,
                 QStringLiteral(
                     "INSERT INTO order_flags (order_id, flag, reason, source) VALUES (?, 'out_of_stock', ?, "
                     "'rule') ON CONFLICT (order_id, flag) DO UPDATE SET reason = excluded.reason, "
                     "source = excluded.source"),
                 {id, reason});
        ++result.outOfStock;
        result.refused << qMakePair(id, tr("%1: %2").arg(orderNo, reason));
    }
    return result;
}
} // namespace
} // namespace OrderSubmitter

SubmitResult OrderSubmitter::submit(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids)
{
    SubmitResult result;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        // A chunk a deadlock aborted runs again from the start: its counts are its own.
        add(result, Transaction::run(db, [&](Transaction &tx) {
                SubmitResult chunk = submitChunk(db, actor, ids.mid(start, kChunk));
                tx.commit();
                return chunk;
            }));
    }
    return result;
}
