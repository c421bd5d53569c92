#include "ImportWorker.h"

#include "db/Database.h"

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
    if (!db.open(m_path)) {
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
        outcomes << importer.run(units.at(i), shop);
    }
    emit finished(outcomes);
}
