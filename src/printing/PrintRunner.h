#pragma once

#include "OrderPrintData.h"
#include "base/Actor.h"
#include "db/PreparedStatements.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class LabelRenderer;
class PageSink;

// Prints one job's queued pages in order, one page per step, recording each state change before
// and after the hand-over. Any process can run it; on start it settles pages a crash left 'sent'.
class PrintRunner {
public:
    enum class Step { Printed, Finished, Stopped, Failed };

    // sink: where pages go; nullptr opens the job's printer. Throws Error (no job, bad template, font).
    PrintRunner(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                std::unique_ptr<PageSink> sink = {});
    ~PrintRunner();

    // Prints the next queued page. Stopped: paused or cancelled by someone; Failed: the printer
    // refused (error() says why; the job is 'failed' until resumed or moved to the backup).
    Step step();
    Step runAll();

    QString error() const { return m_error; }
    int settledDelivered() const { return m_recoveredDone; }
    int settledRequeued() const { return m_recoveredQueued; }
    int settledUnknown() const { return m_recoveredUnknown; }
    void setSender(const SenderInfo &sender) { m_sender = sender; }

private:
    void recover();
    void finishJobIfDone();

    QSqlDatabase m_db;
    PreparedStatements m_sql; // the per-page statements, parsed once per job
    OrderPrintReader m_reader;
    Actor m_actor;
    qint64 m_jobId;
    QString m_kind;
    QString m_printer;
    std::unique_ptr<PageSink> m_sink;
    std::unique_ptr<LabelRenderer> m_renderer;
    SenderInfo m_sender;
    QString m_error;
    int m_total = 0;
    int m_recoveredDone = 0, m_recoveredQueued = 0, m_recoveredUnknown = 0;
};
