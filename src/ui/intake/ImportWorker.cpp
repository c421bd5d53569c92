#include "ImportWorker.h"

#include "base/Error.h"
#include "db/Database.h"
#include "review/ImportReview.h"

#include <QElapsedTimer>

ImportWorker::ImportWorker(const QString &databasePath, const Actor &actor)
    : m_path(databasePath)
    , m_actor(actor)
{
}

void ImportWorker::start(const QList<ImportUnit> &units, const QString &shop)
{
    QList<ImportOutcome> outcomes;
    ImportRulesOutcome rules;
    Database db;
    if (!db.open(m_path, Database::IfMissing::Refuse)) { // the window has it open: never a new one
        for (const ImportUnit &u : units) {
            ImportOutcome o;
            o.file = u.path;
            o.error = db.error();
            outcomes << o;
        }
        emit finished(outcomes, rules);
        return;
    }
    OrderImport importer(db.connection(), m_actor);
    importer.setCancelFlag(&m_cancel);
    importer.setNewShopAllowed(m_newShopAllowed);
    ImportReview review(db.connection());
    review.setStopFlag(&m_cancel);
    // A few updates a second are enough for a progress bar.
    QElapsedTimer throttle;
    throttle.start();
    importer.onProgress([&](qint64 done, qint64 total, qint64 rows) {
        if (throttle.elapsed() >= 100 || done == total) {
            throttle.restart();
            emit progress(done, total, rows);
        }
    });
    review.onProgress([&](qint64 done, qint64 total) {
        if (throttle.elapsed() >= 100 || done == total) {
            throttle.restart();
            emit rulesProgress(done, total);
        }
    });
    // The review rules owed to the orders an import changed (its new ones had theirs inside it),
    // here in the worker thread so the window stays responsive. A failure or a Cancel leaves them
    // owed: the next import, the next start or F5 runs them.
    auto runRules = [&](const std::function<RuleRunSummary()> &run) {
        try {
            const RuleRunSummary s = run();
            rules.checked += s.orders;
            rules.flagged += s.flaggedOrders;
            rules.stopped = rules.stopped || s.stopped;
        } catch (const Error &e) {
            rules.error = e.message();
            qWarning("review rules after import: %s", qPrintable(e.message()));
        }
    };
    for (int i = 0; i < units.size(); ++i) {
        if (m_cancel)
            break;
        emit unitStarted(i);
        outcomes << importer.run(units.at(i), shop);
        const ImportOutcome &o = outcomes.last();
        if (o.cancelled || o.runId <= 0 || m_cancel)
            continue;
        runRules([&] { return o.rules; }); // the import's own, over its new orders
        if (!ImportReview::pendingRuns(db.connection()).contains(o.runId))
            continue; // nothing changed: no rules owed
        emit rulesStarted(i);
        runRules([&] { return review.afterImport(m_actor, o.runId); });
    }
    if (!m_cancel)
        runRules([&] { return review.runPending(m_actor); }); // what earlier imports still owe
    emit finished(outcomes, rules);
}
