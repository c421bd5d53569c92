#pragma once

#include "base/Actor.h"
#include "printing/PrintRunner.h"

#include <QObject>
#include <atomic>

class QThread;

// Prints one job off the UI thread: a PrintRunner on a thread with its own Database connection
// (a QSqlDatabase never crosses threads), stepping until the job ends. It says what happens by
// signals, which arrive queued on the owner's thread: progressed() a few times a second while
// pages print, so the window reads the job again instead of waiting for it.
class PrintWorker : public QObject {
    Q_OBJECT
public:
    PrintWorker(const QString &databasePath, const Actor &actor, QObject *parent = nullptr);
    // Stops a run in progress (after the page in hand; the runner settles it) and waits for it.
    ~PrintWorker() override;

    bool isRunning() const { return m_thread != nullptr; }
    qint64 job() const { return m_job; }
    // Starts printing jobId; nothing when a job is printing.
    void start(qint64 jobId);
    // Stops after the page in hand; finished() follows.
    void stop() { m_stop = true; }

    // Read after finished(): how the run ended, and why when it did not finish (a printer's
    // refusal, a database fault, another station printing the job).
    PrintRunner::Step step() const { return m_step; }
    QString error() const { return m_error; }
    // The run broke off on a fault (Error), not on the printer: error() says which.
    bool faulted() const { return m_faulted; }

signals:
    // The runner is printing; unknown: pages a crash left with the printer that nobody can vouch for.
    void started(qint64 jobId, int unknown);
    // Pages were printed or settled since the last signal.
    void progressed(qint64 jobId);
    // Failover: which labels went where, the backup's first label.
    void notices(const QStringList &lines);
    void finished(qint64 jobId);

private:
    void run();

    QString m_path;
    Actor m_actor;
    QThread *m_thread = nullptr;
    qint64 m_job = 0;
    std::atomic_bool m_stop = false;
    // Written by the thread, read after it finished.
    PrintRunner::Step m_step = PrintRunner::Step::Stopped;
    QString m_error;
    bool m_faulted = false;
};
