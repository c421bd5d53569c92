#pragma once

#include "base/Actor.h"
#include "review/RuleEngine.h"

#include <QObject>
#include <atomic>

class QThread;

// Run rules (F5) off the UI thread: the review rules over every order under review, on a thread
// with its own Database connection (a QSqlDatabase never crosses threads), clearing the "rules
// pending" marks of the import runs it covers in its last transaction (as `packline review`).
// The signals arrive queued on the owner's thread.
class RulesWorker : public QObject {
    Q_OBJECT
public:
    RulesWorker(const QString &databasePath, const Actor &actor, QObject *parent = nullptr);
    // Stops a run in progress (after the batch it is writing) and waits for it.
    ~RulesWorker() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Starts a run; nothing when one is running.
    void start();

signals:
    void progress(qint64 done, qint64 total);
    // error: empty when the run finished (summary says what it did).
    void finished(const RuleRunSummary &summary, const QString &error);

private:
    void run();

    QString m_path;
    Actor m_actor;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop = false;
    RuleRunSummary m_summary; // written by the thread, read after it finished
    QString m_error;
};

Q_DECLARE_METATYPE(RuleRunSummary)
