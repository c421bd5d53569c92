#include "ImportReview.h"

#include "base/Error.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QThread>

namespace {
// A busy database (another station's import holding the write lock past busy_timeout) is the
// usual failure: wait and try again, 1 + 2 + 4 s between four attempts. Anything else fails the
// same way each time and stays owed.
constexpr int kAttempts = 4;
} // namespace

ImportReview::ImportReview(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<qint64> ImportReview::pendingRuns(const QSqlDatabase &db)
{
    QList<qint64> ids;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT id FROM import_runs WHERE rules_pending = 1 ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void ImportReview::markDone(const QSqlDatabase &db, const QList<qint64> &runIds)
{
    for (qint64 id : runIds)
        Sql::run(db, QStringLiteral("UPDATE import_runs SET rules_pending = 0 WHERE id = ?"), {id});
}

RuleRunSummary ImportReview::afterImport(const Actor &actor, qint64 runId)
{
    if (runId <= 0)
        return {};
    for (int attempt = 1;; ++attempt) {
        try {
            return runOnce(actor, runId);
        } catch (const Error &) {
            if (attempt == kAttempts)
                throw;
            QThread::sleep(1 << (attempt - 1));
        }
    }
}

RuleRunSummary ImportReview::runPending(const Actor &actor, int *runs)
{
    RuleRunSummary total;
    const QList<qint64> ids = pendingRuns(m_db);
    for (qint64 id : ids) {
        const RuleRunSummary s = afterImport(actor, id);
        total.add(s);
        if (s.stopped)
            break;
    }
    if (runs)
        *runs = int(ids.size());
    return total;
}

RuleRunSummary ImportReview::runOnce(const Actor &actor, qint64 runId)
{
    const auto owed =
        Sql::firstRow(m_db,
                      QStringLiteral("SELECT rules_orders_after, rules_audit_after FROM import_runs "
                                     "WHERE id = ? AND rules_pending = 1"),
                      {runId});
    if (!owed)
        return {}; // ran already (here or at another station)
    const qint64 ordersAfter = owed->at(0).toLongLong();
    const qint64 auditAfter = owed->at(1).toLongLong();
    // The orders the run created are read by id range when the rules run (not listed here: a
    // million of them); the ones it changed are listed. Every change intake makes to an order
    // writes its audit row (import_update, a stage move); rows another station wrote meanwhile
    // come along too, which costs a little and harms nothing.
    RuleScope scope;
    scope.importRunId = runId;
    scope.createdAfter = ordersAfter;
    QSqlQuery changed = Sql::run(m_db,
                                 QStringLiteral("SELECT DISTINCT entity_id FROM audit_log WHERE id > ? AND "
                                                "entity = 'order' AND entity_id <= ?"),
                                 {auditAfter, ordersAfter});
    while (changed.next())
        scope.orderIds << changed.value(0).toLongLong();
    const bool created =
        Sql::firstRow(m_db,
                      QStringLiteral("SELECT id FROM orders WHERE id > ? AND import_run_id = ? "
                                     "ORDER BY id LIMIT 1"),
                      {ordersAfter, runId})
            .has_value();
    const auto done = [&] {
        markDone(m_db, {runId});
    };
    if (!created && scope.orderIds.isEmpty()) {
        Transaction::run(m_db, [&](Transaction &tx) {
            done();
            tx.commit();
        });
        return {};
    }
    return RuleEngine::runOver(m_db, actor, scope, done, m_progress, m_stop);
}
