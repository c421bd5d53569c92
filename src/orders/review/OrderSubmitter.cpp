#include "OrderSubmitter.h"

#include "base/Error.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/StageMachine.h"
#include "stock/Reservations.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("OrderSubmitter", text, disambiguation, n);
}

// Orders per transaction: big enough for throughput, small enough that the other station's
// transaction gets the write lock between chunks.
constexpr int kChunk = 100;
} // namespace

SubmitResult OrderSubmitter::submit(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids) {
    SubmitResult result;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        Transaction tx(db);
        for (qsizetype i = start; i < std::min(ids.size(), start + kChunk); ++i) {
            const qint64 id = ids.at(i);
            QSqlQuery q =
                Sql::run(db,
                         QStringLiteral("SELECT stage, platform_order_no, (SELECT COUNT(*) FROM order_lines "
                                        "WHERE order_id = orders.id AND sku_id IS NULL "
                                        "AND refund_status = 'none') FROM orders WHERE id = ?"),
                         {id});
            if (!q.next()) {
                result.refused << qMakePair(id, tr("Order %1 does not exist.").arg(id));
                continue;
            }
            const auto stage = Stages::fromCode(q.value(0).toString());
            const QString orderNo = q.value(1).toString();
            const int unknown = q.value(2).toInt();
            q.finish();
            if (!stage || (*stage != Stage::Reviewed && *stage != Stage::OutOfStock)) {
                result.refused << qMakePair(
                    id, tr("%1: only approved orders are submitted (it is %2).")
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
                const Result r = StageMachine::apply(db, actor, {id, *stage, Stage::Submitted, {}, {}});
                if (!r)
                    throw Error(r.message); // cannot happen: we hold the write lock
                Sql::run(
                    db,
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
                const Result r = StageMachine::apply(db, actor, {id, *stage, Stage::OutOfStock, reason, {}});
                if (!r)
                    throw Error(r.message);
            }
            Sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO order_flags (order_id, flag, reason, source) VALUES (?, 'out_of_stock', ?, "
                    "'rule') ON CONFLICT (order_id, flag) DO UPDATE SET reason = excluded.reason, "
                    "source = excluded.source"),
                {id, reason});
            ++result.outOfStock;
            result.refused << qMakePair(id, tr("%1: %2").arg(orderNo, reason));
        }
        tx.commit();
    }
    return result;
}
