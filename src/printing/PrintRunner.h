#pragma once

#include "OrderPrintData.h"
#include "PageSink.h"
#include "PrintQueue.h"
#include "base/Actor.h"
#include "db/Sql.h"

#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class JobPageReader;
class LabelRenderer;
class PageSink;
class PrintJobLease;

// Prints one job's queued pages in order, one page per step, one commit per page: a page is 'sent'
// before the printer sees a byte, and 'done' after, in the commit that claims the next page (or
// when the runner stops). Any process can run it, one at a
// time per job (a lease row in the database says who, renewed in the per-page commits); on start
// it settles pages a crash left 'sent'. A runner whose lease was taken over (it stopped answering
// for the stale time) throws from step() and prints nothing further.
//
// A sink that delivers only when it finishes (a PDF file) is fed differently: pages are claimed
// 'sent' a batch at a time and stay 'sent' until the file is complete, then all turn 'done' in one
// transaction. A crash before that leaves them 'sent', and they print again into a new file.
//
// A print server (CUPS, a SpoolerSink) is fed in batches: pages are drawn into the batch in hand,
// the batch goes as one server job (its number written on the pages before the document goes),
// and pages turn 'done' only when the server says their job completed, or go back to the queue
// with the reason when it was refused, cancelled, aborted or vanished. No more batches are handed
// over while the printer is in trouble (stopped, rejecting, gone, out of labels, …); trouble that
// lasts longer than failoverAfter moves the job to its backup printer (once), or pauses it.
class PrintRunner {
public:
    // Waiting: nothing printed this step, the printer or the server has the job's labels in hand.
    enum class Step { Printed, Waiting, Finished, Stopped, Failed };

    // sink: where pages go; nullptr opens the job's printer. Throws Error (no job, bad template,
    // font, another process printing this job).
    PrintRunner(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                std::unique_ptr<PageSink> sink = {});
    ~PrintRunner();

    // Prints the next queued page. Stopped: paused or cancelled by someone; Failed: the printer
    // refused (error() says why; the job is 'failed' until resumed or moved to the backup).
    // Anything but Printed has settled the pages printed so far. Throws Error when another
    // process is printing this job.
    Step step();
    Step runAll(); // steps until the job ends, pausing briefly while Waiting

    // How long printer trouble may last before the job moves to its backup printer, or pauses when
    // it has none. Default: the station's printing/failoverAfter setting, 60 s.
    void setFailoverAfter(int seconds) { m_failoverAfterMs = qint64(seconds) * 1000; }
    // What the operator must be told: which labels went where after a failover, the backup's first
    // label. Taken once.
    QStringList takeNotices() { return std::exchange(m_notices, {}); }

    QString error() const { return m_error; }
    int settledDelivered() const { return m_recoveredDone; }
    int settledRequeued() const { return m_recoveredQueued; }
    int settledUnknown() const { return m_recoveredUnknown; }
    void setSender(const SenderInfo &sender) { m_sender = sender; }

private:
    struct Page {
        qint64 id = 0;
        int seq = 0;
        qint64 orderId = 0;
        QString payload;
        int reprints = 0;
        int attempt = 0;
    };

    // Runs work(tx) in Transaction::run: a write transaction, run again from the start when the
    // engine aborts it for a conflict with another writer. work changes no member a retry would
    // see changed (it returns what it found; the caller keeps it once committed), except the
    // lease, which is put back here as it was before the first try.
    template <typename Work> auto inTransaction(Work &&work);

    void lockJob();
    struct Recovered {
        int done = 0, queued = 0, unknown = 0;
    };
    Recovered recover(); // in the caller's transaction
    // Claims up to count queued pages, in page order, in the caller's transaction.
    QList<Page> claimPages(int count);
    // Marks the pages and the job failed (unless someone paused or cancelled it), with message as
    // the error a person reads.
    void fail(const QList<qint64> &pageIds, const QString &message);

    // Finishes the sink; a deferred sink's drawn pages become done (or go back to the queue when
    // the file could not be made: false, error() says why), claimed ones go back to the queue.
    // Releases the job's lease.
    bool settle();
    // A pipelined sink's pages the printer took (kept until their commit), written in the caller's
    // transaction, and let go once it committed.
    void collectDelivered();
    void writeDelivered(const QString &now);
    void deliveredWritten();
    void finishJobIfDone();

    // The spooler path (see above).
    Step stepSpooled(SpoolerSink &spooler);
    // In the caller's transaction: pages the server printed become done, pages it gave back queued.
    void applyNews(const SpoolerSink::News &news);
    // In the caller's transaction: the pages drawn or claimed but not handed over go back; once it
    // committed, forgetUnsent lets go of them.
    void returnUnsent(SpoolerSink &spooler, PrintQueue::PageState to);
    void forgetUnsent(SpoolerSink &spooler);
    PrintQueue::JobState jobState(); // read in the caller's transaction
    // The printer cannot take labels: the job says why (in the caller's transaction), then, once
    // committed, wait, fail over or pause.
    void writeTrouble(const QString &trouble);
    Step onTrouble(SpoolerSink &spooler, const QString &trouble);
    void troubleCleared();
    Step failOver(SpoolerSink &spooler, const QString &trouble);
    Step pauseFor(SpoolerSink &spooler, const QString &trouble);
    // 'sent' pages with a CUPS job: CUPS says whether they printed (done), did not (queued), or are
    // still at the server (watched by this run's spooler sink, or cancelled when the job moved).
    void recoverServerJobs();

    QSqlDatabase m_db;
    Sql::Statement m_nextPages; // the pages to claim next (the other statements: Sql's own cache)
    std::unique_ptr<JobPageReader> m_pages;
    Actor m_actor;
    qint64 m_jobId;
    std::unique_ptr<LabelRenderer> m_renderer; // declared first: a sink may draw with it until it goes
    std::unique_ptr<PageSink> m_sink;
    std::unique_ptr<PrintJobLease> m_lease;
    SenderInfo m_sender;
    QString m_error;
    bool m_deferred = false;            // the sink delivers at finish()
    QList<Page> m_claimed;              // claimed 'sent', not drawn yet
    std::optional<qint64> m_handedOver; // printed; done in the next step's commit
    QList<qint64> m_delivered;          // pipelined: taken by the printer, done in the next commit
    QList<qint64> m_drawn;              // deferred: drawn, 'sent' until the sink finishes
    int m_recoveredDone = 0, m_recoveredQueued = 0, m_recoveredUnknown = 0;
    // The spooler path.
    std::unique_ptr<PageSink> m_former; // the printer failed over from, while it still has jobs of ours
    qint64 m_failoverAfterMs = 60000;
    QElapsedTimer m_troubleSince; // valid while the printer is in trouble
    QString m_trouble;
    bool m_failedOver = false, m_announceNext = false;
    QStringList m_notices;
};
