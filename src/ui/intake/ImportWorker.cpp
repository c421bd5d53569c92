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
        ImportReview review(db.connection());
        outcomes << importer.run(units.at(i), shop);
        // The review rules over what the unit created or changed (it has committed), here in the
        // worker thread so the window stays responsive. A failure leaves the import as it is;
        // the reviewer can run the rules again by hand (F5).
        const ImportOutcome &o = outcomes.last();
        if (!o.cancelled && o.ordersNew + o.ordersUpdated > 0) {
            try {
                review.afterImport(m_actor, o.runId);
            } catch (const Error &e) {
                qWarning("review rules after import: %s", qPrintable(e.message()));
            }
        }
    }
    emit finished(outcomes);
}
