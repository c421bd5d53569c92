#include "RulesWorker.h"

#include "base/Error.h"
#include "db/Database.h"
#include "review/ImportReview.h"

#include <QElapsedTimer>
#include <QThread>

RulesWorker::RulesWorker(const QString &databasePath, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_actor(actor)
{
    qRegisterMetaType<RuleRunSummary>();
}

RulesWorker::~RulesWorker()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

void RulesWorker::start()
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(m_summary, m_error); // a new run may start from here
    });
    m_thread->start();
}

// On the worker thread: progress is queued to the owner's; the outcome is read there once the
// thread has finished.
void RulesWorker::run()
{
    RuleRunSummary &summary = m_summary;
    QString &error = m_error;
    summary = {};
    error.clear();
    {
        Database db;
        if (!db.open(m_path, Database::IfMissing::Refuse)) {
            error = db.error();
        } else {
            QElapsedTimer throttle; // a few updates a second are enough
            throttle.start();
            const auto progressed = [&](qint64 done, qint64 total) {
                if (throttle.elapsed() >= 100 || done == total) {
                    throttle.restart();
                    emit progress(done, total);
                }
            };
            try {
                const QSqlDatabase c = db.connection();
                const QList<qint64> owed = ImportReview::pendingRuns(c);
                summary = RuleEngine::run(
                    c, m_actor, [&] { ImportReview::markDone(c, owed); }, progressed, &m_stop);
            } catch (const Error &e) {
                error = e.message();
            }
        }
    }
}
