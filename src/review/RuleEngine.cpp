#include "RuleEngine.h"

#include "OrderReader.h"
#include "ReviewActions.h"
#include "RuleRun.h"
#include "RuleWrites.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"
#include "prepack/CampaignLimits.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>

namespace {
RuleRunSummary runRules(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope,
                        const std::function<void()> &inTransaction, const RuleEngine::Progress &progress,
                        const std::atomic_bool *stop)
{
    const auto stopped = [stop] {
        return stop && stop->load();
    };
    QElapsedTimer timer;
    timer.start();
    // Campaigns own the flash-sale limits: bring skus.purchase_limit up to now (a sale may have
    // started or ended since the last run) before the batch reads it.
    CampaignLimits::sync(db, actor);
    RuleRun run(db);
    RuleRunSummary &summary = run.summary();
    qint64 loadMs = 0;
    qint64 writeMs = 0;
    OrderReader reader(db, scope);
    const qint64 total = progress ? reader.total() : 0;
    QList<ReviewOrder> orders;
    bool ranged = false;
    QElapsedTimer step;
    step.start();
    while (reader.next(orders, &ranged)) {
        if (stopped()) {
            summary.stopped = true;
            break;
        }
        loadMs += step.restart();
        RuleRun::Checked checked = run.check(orders);
        Transaction::run(db, [&](Transaction &tx) {
            RuleWrites writes(db);
            run.write(checked, orders, ranged, writes);
            writes.finish();
            tx.commit();
        });
        run.keep(checked, orders);
        writeMs += step.restart();
        if (progress)
            progress(summary.orders, total);
    }

    // The stock rule, in queue order over the whole run, written a batch at a time.
    if (!summary.stopped)
        run.handOutStock(
            [&](const std::function<void(RuleWrites &)> &chunk) {
                Transaction::run(db, [&](Transaction &tx) {
                    RuleWrites writes(db);
                    chunk(writes);
                    writes.finish();
                    tx.commit();
                });
            },
            stopped);
    if (summary.stopped) {
        summary.elapsedMs = timer.elapsed();
        return summary;
    }

    Transaction::run(db, [&](Transaction &tx) {
        RuleEngine::recordRun(db, actor, summary);
        if (inTransaction)
            inTransaction();
        tx.commit();
    });
    if (qEnvironmentVariableIsSet("PACKLINE_RULE_TIMES"))
        run.printTimes(loadMs, writeMs);

    if (run.settings().autoApprove)
        summary.autoApproved = RuleEngine::autoApprove(db, actor, scope);
    summary.elapsedMs = timer.elapsed();
    return summary;
}
} // namespace

void RuleEngine::recordRun(const QSqlDatabase &db, const Actor &actor, const RuleRunSummary &summary)
{
    QJsonObject after{{QStringLiteral("orders"), summary.orders},
                      {QStringLiteral("flagged"), summary.flaggedOrders},
                      {QStringLiteral("flags"), summary.flags}};
    AuditLog::record(db, actor, QStringLiteral("review"), 0, QStringLiteral("rules_run"), {}, after);
}

int RuleEngine::autoApprove(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope)
{
    int done = 0;
    auto approve = [&](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            done += ReviewActions::approve(db, actor, ids).done;
    };
    const QString clean =
        QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM order_flags f WHERE f.order_id = o.id)");
    if (scope.everyOrder || scope.importRunId > 0) {
        qint64 last = scope.everyOrder ? 0 : scope.createdAfter;
        for (;;) {
            QSqlQuery q = Sql::run(
                db,
                QStringLiteral("SELECT o.id FROM orders o WHERE o.id > ? AND (o.stage || '') = 'imported'") +
                    (scope.everyOrder ? QString() : QStringLiteral(" AND o.import_run_id = ?")) + clean +
                    QStringLiteral(" ORDER BY o.id LIMIT %1").arg(OrderReader::kBatch),
                scope.everyOrder ? QVariantList{last} : QVariantList{last, scope.importRunId});
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            q.finish();
            if (ids.isEmpty())
                break;
            last = ids.last();
            approve(ids);
        }
    }
    if (scope.everyOrder)
        return done;
    QList<qint64> ids = scope.orderIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Sql::Statement imported(
        db, QStringLiteral("SELECT 1 FROM orders o WHERE o.id = ? AND o.stage = 'imported'") + clean);
    QList<qint64> chunk;
    for (qint64 id : std::as_const(ids)) {
        if (imported.firstRow({id}))
            chunk << id;
        if (chunk.size() == OrderReader::kBatch) {
            approve(chunk);
            chunk.clear();
        }
    }
    approve(chunk);
    return done;
}

QStringList RuleEngine::reviewStageCodes()
{
    return {Stages::code(Stage::Imported), Stages::code(Stage::Reviewed), Stages::code(Stage::OutOfStock)};
}

RuleRunSummary RuleEngine::runOver(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope,
                                   const std::function<void()> &inTransaction, const Progress &progress,
                                   const std::atomic_bool *stop)
{
    return runRules(db, actor, scope, inTransaction, progress, stop);
}

RuleRunSummary RuleEngine::run(const QSqlDatabase &db, const Actor &actor,
                               const std::function<void()> &inTransaction, const Progress &progress,
                               const std::atomic_bool *stop)
{
    RuleScope scope;
    scope.everyOrder = true;
    return runRules(db, actor, scope, inTransaction, progress, stop);
}

RuleRunSummary RuleEngine::runOn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &orderIds,
                                 const std::function<void()> &inTransaction)
{
    RuleScope scope;
    scope.orderIds = orderIds;
    return runRules(db, actor, scope, inTransaction, {}, nullptr);
}
