#include "ImportWorker.h"

#include "base/Error.h"
#include "db/Database.h"
#include "orders/review/ImportReview.h"

#include <QElapsedTimer>

ImportWorker::ImportWorker(const QString &databasePath, const Actor &actor)
    : m_path(databasePath)
    , m_actor(actor)
{
}

void ImportWorker::start(const QList<ImportUnit> &units, const QString &shop)
{
    QList<ImportOutcome> outcomes;
    Database db;
    if (!db.open(m_path, Database::IfMissing::Refuse)) { // the window has it open: never a new one
        for (const ImportUnit &u : units) {
            ImportOutcome o;
            o.file = u.path;
            o.error = db.error();
            outcomes << o;
        }
        emit finished(outcomes);
        return;
    }
    OrderImport importer(db.connection(), m_actor);
    importer.setCancelFlag(&m_cancel);
    importer.setNewShopAllowed(m_newShopAllowed);
    ImportReview review(db.connection());
    QElapsedTimer throttle;
    throttle.start();
    importer.onProgress([&](qint64 done, qint64 total, qint64 rows) {
        // A few updates a second are enough for a progress bar.
        if (throttle.elapsed() >= 100) {
            throttle.restart();
            emit progress(done, total, rows);
        }
    });
    for (int i = 0; i < units.size(); ++i) {
        if (m_cancel)
            break;
        emit unitStarted(i);
        outcomes << importer.run(units.at(i), shop);
        // The review rules the unit is owed (it has committed), here in the worker thread so the
        // window stays responsive. A failure leaves them owed: the next import, the next start
        // or F5 runs them.
        const ImportOutcome &o = outcomes.last();
        try {
            review.afterImport(m_actor, o.cancelled ? 0 : o.runId);
        } catch (const Error &e) {
            qWarning("review rules after import: %s", qPrintable(e.message()));
        }
    }
    try {
        review.runPending(m_actor); // what earlier imports still owe
    } catch (const Error &e) {
        qWarning("review rules owed to earlier imports: %s", qPrintable(e.message()));
    }
    emit finished(outcomes);
}
