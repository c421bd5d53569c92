#include "PrintWorker.h"

#include "base/Error.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QThread>

namespace {
constexpr int kProgressEveryMs = 100; // a few repaints a second are enough
constexpr int kWaitingRestMs = 100;   // the printer has the labels in hand: look again soon
} // namespace

PrintWorker::PrintWorker(const QString &databasePath, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_actor(actor)
{
}

PrintWorker::~PrintWorker()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

void PrintWorker::start(qint64 jobId)
{
    if (m_thread)
        return;
    m_stop = false;
    m_job = jobId;
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const qint64 job = std::exchange(m_job, 0);
        emit finished(job); // a new run may start from here
    });
    m_thread->start();
}

// On the worker thread.
void PrintWorker::run()
{
    const qint64 job = m_job;
    m_step = PrintRunner::Step::Failed;
    m_error.clear();
    m_faulted = true;
    Database db;
    if (!db.open(m_path, Database::IfMissing::Refuse)) {
        m_error = db.error();
        return;
    }
    try {
        PrintRunner runner(db.connection(), m_actor, job);
        emit started(job, runner.settledUnknown());
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        PrintRunner::Step step = PrintRunner::Step::Printed;
        while (!m_stop) {
            step = runner.step();
            if (const QStringList lines = runner.takeNotices(); !lines.isEmpty())
                emit notices(lines);
            if (step != PrintRunner::Step::Printed && step != PrintRunner::Step::Waiting)
                break;
            if (sinceProgress.elapsed() >= kProgressEveryMs) {
                sinceProgress.restart();
                emit progressed(job);
            }
            if (step == PrintRunner::Step::Waiting)
                QThread::msleep(kWaitingRestMs);
        }
        m_step = m_stop && (step == PrintRunner::Step::Printed || step == PrintRunner::Step::Waiting)
                     ? PrintRunner::Step::Stopped
                     : step;
        m_error = runner.error();
        m_faulted = false;
    } catch (const Error &e) {
        m_step = PrintRunner::Step::Failed;
        m_error = e.message();
    }
}
