#include "PrintRunner.h"

#include "CupsSpooler.h"
#include "JobPageReader.h"
#include "JobTemplates.h"
#include "LabelRenderer.h"
#include "PageSink.h"
#include "PrintJobLease.h"
#include "PrintQueue.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QMap>
#include <QSettings>
#include <QThread>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrintRunner", text);
}

// Pages claimed at once for a sink that delivers at finish(): one commit per batch instead of two
// per page, and a pause still takes effect at the next page (the rest go back to the queue).
constexpr int DeferredBatch = 64;

const QString NextPages = QStringLiteral(
    "SELECT id, seq, order_id, payload, reprints, attempts FROM print_pages WHERE job_id = ? AND state = "
    "'queued' ORDER BY seq LIMIT ?");
// 'sent' is written before the printer sees a byte, so a crash leaves a trace.
const QString ClaimPage = QStringLiteral(
    "UPDATE print_pages SET state = 'sent', attempts = ?, printer = ?, sent_at = ? WHERE id = ? AND state = "
    "'queued'");
const QString PageDone = QStringLiteral("UPDATE print_pages SET state = 'done', done_at = ? WHERE id = ?");
const QString JobStateSql = QStringLiteral("SELECT state FROM print_jobs WHERE id = ?");
// A page the print server printed, or gave back (to the queue, or cancelled with its job).
const QString ServerDone = QStringLiteral(
    "UPDATE print_pages SET state = 'done', done_at = ?, error = '' WHERE id = ? AND state = 'sent'");
const QString ServerBack = QStringLiteral(
    "UPDATE print_pages SET state = CASE WHEN (SELECT state FROM print_jobs WHERE id = print_pages.job_id) = "
    "'cancelled' THEN 'cancelled' ELSE 'queued' END, error = ?, cups_job = NULL WHERE id = ? AND state = "
    "'sent'");
const QString SetTrouble =
    QStringLiteral("UPDATE print_jobs SET last_error = ?, updated_at = ? WHERE id = ?");
// How long runAll() rests while the printer has the labels in hand.
constexpr int WaitingRestMs = 50;
} // namespace

template <typename Work> auto PrintRunner::inTransaction(Work &&work)
{
    const bool held = m_lease && m_lease->held();
    bool tried = false;
    return Transaction::run(m_db, [&](Transaction &tx) {
        if (std::exchange(tried, true) && !held && m_lease)
            m_lease->rolledBack(); // acquired in the try that was rolled back
        return work(tx);
    });
}

PrintRunner::PrintRunner(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                         std::unique_ptr<PageSink> sink)
    : m_db(db)
    , m_nextPages(db, NextPages)
    , m_actor(actor)
    , m_jobId(jobId)
    , m_sink(std::move(sink))
{
    const auto job = Sql::firstRow(
        db, QStringLiteral("SELECT kind, template_id, printer, title FROM print_jobs WHERE id = ?"), {jobId});
    if (!job)
        throw Error(tr("Print job %1 does not exist.").arg(jobId));
    m_pages = std::make_unique<JobPageReader>(db, jobId, job->at(0).toString(), job->at(3).toString());
    m_renderer = std::make_unique<LabelRenderer>(JobTemplates::forJob(db, jobId)); // as made
    if (!m_sink)
        m_sink = PageSinks::open(job->at(2).toString());
    m_deferred = m_sink->deliversAtFinish();
    m_failoverAfterMs =
        qint64(QSettings().value(QStringLiteral("printing/failoverAfter"), 60).toInt()) * 1000;
    const Recovered recovered = inTransaction([this](Transaction &tx) {
        lockJob(); // the lease and what it finds left 'sent' are one commit
        const Recovered r = recover();
        tx.commit();
        return r;
    });
    m_recoveredDone += recovered.done;
    m_recoveredQueued += recovered.queued;
    m_recoveredUnknown += recovered.unknown;
    // Held now (the lease is a row, not the transaction): CUPS is asked about pages it numbered
    // with no write transaction open while the server answers.
    recoverServerJobs();
}

PrintRunner::~PrintRunner()
{
    try {
        if (SpoolerSink *spooler = m_sink ? m_sink->spooler() : nullptr;
            spooler && (!spooler->batch().isEmpty() || !m_claimed.isEmpty())) {
            inTransaction([&](Transaction &tx) { // drawn but never handed over: back to the queue
                returnUnsent(*spooler, PrintQueue::PageState::Queued);
                tx.commit();
            });
            forgetUnsent(*spooler);
        }
        settle(); // what was drawn is delivered, what was only claimed goes back to the queue
    } catch (const Error &e) {
        qWarning("%s", qPrintable(e.message())); // a destructor cannot report further
    }
}

void PrintRunner::lockJob()
{
    if (!m_lease)
        m_lease = std::make_unique<PrintJobLease>(m_db, m_actor, m_jobId);
    try {
        m_lease->hold();
    } catch (const Error &) {
        if (m_lease->lost()) {
            // Another runner took the job over and settled what this one left 'sent': nothing
            // of this one's is written any more, and a file it was drawing is dropped.
            m_handedOver.reset();
            m_claimed.clear();
            m_drawn.clear();
        }
        throw;
    }
}

PrintRunner::Recovered PrintRunner::recover()
{
    // A page still 'sent' means a crash between hand-over and 'done' (the lease says no other
    // process is printing it). Pages CUPS numbered are CUPS's to settle (recoverServerJobs); for the
    // others ask the sink; when it cannot tell, the page waits for a person: reprint it or mark it done.
    QSqlQuery q =
        Sql::run(m_db,
                 QStringLiteral("SELECT id, attempts, printer FROM print_pages WHERE job_id = ? AND "
                                "state = 'sent' AND cups_job IS NULL"),
                 {m_jobId});
    struct Sent {
        qint64 pageId;
        int attempt;
        QString printer;
    };
    QList<Sent> sent;
    while (q.next())
        sent.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
    q.finish();
    Recovered found;
    for (const auto &[pageId, attempt, printer] : std::as_const(sent)) {
        // Only the printer a page went to can say whether it came out (the job may have moved to
        // its backup since).
        const auto delivered =
            printer == m_sink->name() ? m_sink->delivered(pageId, attempt) : std::optional<bool>();
        if (delivered && *delivered) {
            Sql::run(
                m_db,
                QStringLiteral(
                    "UPDATE print_pages SET state = 'done', done_at = ? WHERE id = ? AND state = 'sent'"),
                {Clock::nowText(), pageId});
            ++found.done;
        } else if (delivered) {
            Sql::run(
                m_db,
                QStringLiteral("UPDATE print_pages SET state = 'queued' WHERE id = ? AND state = 'sent'"),
                {pageId});
            ++found.queued;
        } else {
            Sql::run(
                m_db,
                QStringLiteral(
                    "UPDATE print_pages SET state = 'failed', error = ? WHERE id = ? AND state = 'sent'"),
                {tr("Interrupted while printing: check whether it came out, then reprint it or mark it "
                    "done."),
                 pageId});
            ++found.unknown;
        }
    }
    if (!sent.isEmpty())
        AuditLog::record(m_db, m_actor, QStringLiteral("print_job"), m_jobId, QStringLiteral("recover"), {},
                         {{QStringLiteral("done"), found.done},
                          {QStringLiteral("requeued"), found.queued},
                          {QStringLiteral("unknown"), found.unknown}});
    return found;
}

QList<PrintRunner::Page> PrintRunner::claimPages(int count)
{
    QList<Page> queued, claimed;
    QSqlQuery &next = m_nextPages.run({m_jobId, count});
    while (next.next())
        queued.append({next.value(0).toLongLong(), next.value(1).toInt(), next.value(2).toLongLong(),
                       next.value(3).toString(), next.value(4).toInt(), next.value(5).toInt() + 1});
    next.finish();
    const QString now = Clock::nowText();
    for (const Page &p : std::as_const(queued))
        if (Sql::run(m_db, ClaimPage, {p.attempt, m_sink->name(), now, p.id}).numRowsAffected() == 1)
            claimed.append(p);
    return claimed;
}

void PrintRunner::fail(const QList<qint64> &pageIds, const QString &message)
{
    m_error = message;
    for (qint64 id : pageIds)
        Sql::run(m_db, QStringLiteral("UPDATE print_pages SET state = 'failed', error = ? WHERE id = ?"),
                 {m_error, id});
    // A job someone paused or cancelled stays as they left it.
    Sql::run(
        m_db,
        QStringLiteral("UPDATE print_jobs SET state = 'failed', last_error = ?, updated_at = ? WHERE id = "
                       "? AND state IN ('queued', 'printing')"),
        {m_error, Clock::nowText(), m_jobId});
}

bool PrintRunner::settle()
{
    if (m_lease && m_lease->lost())
        return false; // taken over: the new holder owns the pages, and the sink is dropped unfinished
    QString failure;
    std::optional<qint64> failedPage;
    try {
        m_sink->finish();
    } catch (const PageFailure &e) {
        failure = e.message();
        failedPage = e.pageId();
    } catch (const Error &e) {
        failure = e.message();
    }
    collectDelivered();
    if (m_handedOver || !m_drawn.isEmpty() || !m_claimed.isEmpty() || !m_delivered.isEmpty()) {
        inTransaction([&](Transaction &tx) {
            const QString now = Clock::nowText();
            if (m_handedOver)
                Sql::run(m_db, PageDone, {now, *m_handedOver});
            writeDelivered(now); // before a failure puts the rest back
            QList<qint64> drawn = m_drawn;
            for (qint64 id : std::as_const(m_delivered))
                drawn.removeOne(id);
            // Read before anything here changes it: pages of a cancelled job are not put back.
            const PrintQueue::PageState back = jobState() == PrintQueue::JobState::Cancelled
                                                   ? PrintQueue::PageState::Cancelled
                                                   : PrintQueue::PageState::Queued;
            if (failure.isEmpty()) {
                for (qint64 id : std::as_const(drawn))
                    Sql::run(m_db, PageDone, {now, id});
            } else {
                // The file never came to be: its pages print again, and the job says why it
                // stopped; the page that broke the file is for a person to see.
                QList<qint64> broken;
                if (failedPage && back == PrintQueue::PageState::Queued && drawn.removeOne(*failedPage))
                    broken << *failedPage;
                for (qint64 id : std::as_const(drawn))
                    Sql::run(
                        m_db,
                        QStringLiteral("UPDATE print_pages SET state = ? WHERE id = ? AND state = 'sent'"),
                        {PrintQueue::stateCode(back), id});
                fail(broken, failure);
            }
            // Claimed but never drawn: back where they were, as if never claimed.
            for (const Page &p : std::as_const(m_claimed))
                Sql::run(
                    m_db,
                    QStringLiteral(
                        "UPDATE print_pages SET state = ?, attempts = ? WHERE id = ? AND state = 'sent'"),
                    {PrintQueue::stateCode(back), p.attempt - 1, p.id});
            tx.commit();
        });
        m_delivered.clear();
        m_handedOver.reset();
        m_drawn.clear();
        m_claimed.clear();
    } else if (!failure.isEmpty()) {
        m_error = failure;
    }
    if (m_lease)
        m_lease->release();
    return failure.isEmpty();
}

void PrintRunner::collectDelivered()
{
    // A pipelined sink's pages are done one by one as the printer takes them.
    m_delivered += m_sink->takeDelivered();
}

void PrintRunner::writeDelivered(const QString &now)
{
    for (qint64 id : std::as_const(m_delivered))
        Sql::run(m_db, PageDone, {now, id});
}

void PrintRunner::deliveredWritten()
{
    for (qint64 id : std::as_const(m_delivered))
        m_drawn.removeOne(id);
    m_delivered.clear();
}

void PrintRunner::finishJobIfDone()
{
    const int open =
        Sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM print_pages WHERE job_id = ? AND state IN "
                                   "('queued', 'sent')"),
                    {m_jobId})
            .toInt();
    if (open > 0)
        return;
    const int failed =
        Sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM print_pages WHERE job_id = ? AND state = 'failed'"),
                    {m_jobId})
            .toInt();
    Sql::run(
        m_db,
        QStringLiteral("UPDATE print_jobs SET state = ?, updated_at = ? WHERE id = ? AND state IN ('queued', "
                       "'printing')"),
        {failed ? QStringLiteral("failed") : QStringLiteral("done"), Clock::nowText(), m_jobId});
}

PrintRunner::Step PrintRunner::step()
{
    if (m_former) { // the printer failed over from still has jobs of ours: what became of them
        const SpoolerSink::News news = m_former->spooler()->news();
        if (!news.done.isEmpty() || !news.back.isEmpty()) {
            inTransaction([&](Transaction &tx) {
                applyNews(news);
                tx.commit();
            });
        }
        if (m_former->spooler()->waiting() == 0)
            m_former.reset();
    }
    if (SpoolerSink *spooler = m_sink->spooler())
        return stepSpooled(*spooler);
    // One commit per page: the page handed over last time becomes done, the job's state is read,
    // the next page is claimed and its data read, all before the printer sees a byte of it.
    collectDelivered();
    struct Claim {
        PrintQueue::JobState state = PrintQueue::JobState::Queued;
        QList<Page> claimed;
        std::optional<PrintData> data;
        QString unreadable;
    };
    const Claim claim = inTransaction([this](Transaction &tx) {
        Claim c;
        if (m_handedOver)
            Sql::run(m_db, PageDone, {Clock::nowText(), *m_handedOver});
        writeDelivered(Clock::nowText());
        c.state = jobState();
        if (c.state == PrintQueue::JobState::Queued || c.state == PrintQueue::JobState::Printing) {
            lockJob();
            if (m_claimed.isEmpty())
                c.claimed = claimPages(m_deferred ? DeferredBatch : 1);
            const Page *next = !m_claimed.isEmpty()  ? &m_claimed.first()
                               : c.claimed.isEmpty() ? nullptr
                                                     : &c.claimed.first();
            if (next) {
                if (c.state == PrintQueue::JobState::Queued)
                    Sql::run(m_db,
                             QStringLiteral(
                                 "UPDATE print_jobs SET state = 'printing', updated_at = ? WHERE id = ? AND "
                                 "state = 'queued'"),
                             {Clock::nowText(), m_jobId});
                // Streamed jobs grow while printing: look again. Pages are numbered 1..n, so the
                // highest number is the count, read from the (job_id, seq) key instead of counting
                // every page for every page (which made a 2,000-label job quadratic).
                const int total =
                    Sql::scalar(m_db, QStringLiteral("SELECT MAX(seq) FROM print_pages WHERE job_id = ?"),
                                {m_jobId})
                        .toInt();
                try {
                    c.data = m_pages->read(next->seq, next->orderId, next->payload, next->reprints, total,
                                           m_sender);
                } catch (const Error &e) {
                    c.unreadable = e.message(); // the page fails below; its claim and the rest still count
                }
            }
        }
        tx.commit();
        return c;
    });
    deliveredWritten();
    m_handedOver.reset();
    m_claimed += claim.claimed; // kept only once they are 'sent' for sure
    const PrintQueue::JobState state = claim.state;
    const bool running = state == PrintQueue::JobState::Queued || state == PrintQueue::JobState::Printing;
    const std::optional<PrintData> &data = claim.data;
    const QString &unreadable = claim.unreadable;

    if (!running) {
        if (!settle())
            return Step::Failed;
        return state == PrintQueue::JobState::Done ? Step::Finished : Step::Stopped;
    }
    if (m_claimed.isEmpty()) {
        if (!settle())
            return Step::Failed;
        finishJobIfDone();
        return Step::Finished;
    }
    const Page page = m_claimed.takeFirst(); // the printer's now: done, failed, or 'sent' after a crash
    try {
        if (!data)
            throw Error(unreadable);
        m_sink->printPage(page.id, page.attempt, *m_renderer, *data);
    } catch (const PageFailure &) {
        // An earlier page failed on the sink's own thread: this one was never drawn. settle()
        // names the failed page and puts the rest back.
        m_claimed.prepend(page);
        settle();
        return Step::Failed;
    } catch (const Error &e) {
        fail({page.id}, e.message());
        settle(); // a file drawn so far is dropped with the page that failed (PdfSink)
        return Step::Failed;
    }
    if (m_deferred || m_sink->pipelined())
        m_drawn << page.id; // done when the file is whole, or when the printer took it
    else
        m_handedOver = page.id; // done in the next step's commit, or when the runner settles
    return Step::Printed;
}

PrintRunner::Step PrintRunner::runAll()
{
    Step s = Step::Printed;
    while (s == Step::Printed || s == Step::Waiting) {
        s = step();
        if (s == Step::Waiting)
            QThread::msleep(WaitingRestMs);
    }
    return s;
}

void PrintRunner::recoverServerJobs()
{
    QSqlQuery q =
        Sql::run(m_db,
                 QStringLiteral("SELECT cups_job, id, printer FROM print_pages WHERE job_id = ? AND "
                                "state = 'sent' AND cups_job IS NOT NULL ORDER BY cups_job, seq"),
                 {m_jobId});
    QMap<int, QList<qint64>> pagesOf;
    QHash<int, QString> printerOf;
    while (q.next()) {
        pagesOf[q.value(0).toInt()] << q.value(1).toLongLong();
        printerOf[q.value(0).toInt()] = q.value(2).toString();
    }
    q.finish();
    if (pagesOf.isEmpty())
        return;
    // Ask CUPS first, write after: the database is not held while the server answers.
    CupsSpooler cups;
    SpoolerSink *spooler = m_sink->spooler();
    QList<qint64> printed;
    QList<std::pair<qint64, QString>> again;
    int waiting = 0, unknown = 0;
    for (auto it = pagesOf.cbegin(); it != pagesOf.cend(); ++it) {
        const int job = it.key();
        const QList<qint64> &pages = it.value();
        const CupsSpooler::Job state = cups.job(job);
        const bool here = spooler && printerOf.value(job) == m_sink->name();
        QString why;
        switch (state.state) {
        case CupsSpooler::JobState::Completed:
            printed << pages;
            continue;
        case CupsSpooler::JobState::Cancelled:
        case CupsSpooler::JobState::Aborted:
        case CupsSpooler::JobState::Vanished:
            why = tr("CUPS job %1 did not print (cancelled, aborted or gone): printed again.").arg(job);
            break;
        default: // still at the server, or the server does not answer
            if (here) {
                spooler->adopt(job, pages); // watched like the batches this run hands over
                waiting += int(pages.size());
                continue;
            }
            // Moved elsewhere: one not printing yet is cancelled here; one printing is left to finish.
            if ((state.state != CupsSpooler::JobState::Waiting &&
                 state.state != CupsSpooler::JobState::Stopped) ||
                !cups.cancel(job)) {
                unknown += int(pages.size()); // stays 'sent': the next run asks again
                continue;
            }
            why = tr("CUPS job %1 on %2 was cancelled: the job moved to %3.")
                      .arg(job)
                      .arg(printerOf.value(job), m_sink->name());
        }
        for (qint64 id : pages)
            again.append({id, why});
    }
    inTransaction([&](Transaction &tx) {
        applyNews({printed, again});
        AuditLog::record(m_db, m_actor, QStringLiteral("print_job"), m_jobId, QStringLiteral("recover_cups"),
                         {},
                         {{QStringLiteral("done"), int(printed.size())},
                          {QStringLiteral("requeued"), int(again.size())},
                          {QStringLiteral("at_server"), waiting},
                          {QStringLiteral("unknown"), unknown}});
        tx.commit();
    });
    m_recoveredDone += int(printed.size());
    m_recoveredQueued += int(again.size());
}

void PrintRunner::applyNews(const SpoolerSink::News &news)
{
    const QString now = Clock::nowText();
    for (qint64 id : news.done)
        Sql::run(m_db, ServerDone, {now, id});
    for (const auto &[id, why] : news.back)
        Sql::run(m_db, ServerBack, {why, id});
}

PrintQueue::JobState PrintRunner::jobState()
{
    return PrintQueue::jobState(Sql::scalar(m_db, JobStateSql, {m_jobId}).toString());
}

void PrintRunner::returnUnsent(SpoolerSink &spooler, PrintQueue::PageState state)
{
    const QString to = PrintQueue::stateCode(state);
    for (qint64 id : spooler.batch())
        Sql::run(m_db,
                 QStringLiteral("UPDATE print_pages SET state = ?, attempts = attempts - 1, cups_job = NULL "
                                "WHERE id = ? AND state = 'sent'"),
                 {to, id});
    for (const Page &p : std::as_const(m_claimed))
        Sql::run(
            m_db,
            QStringLiteral("UPDATE print_pages SET state = ?, attempts = ? WHERE id = ? AND state = 'sent'"),
            {to, p.attempt - 1, p.id});
}

void PrintRunner::forgetUnsent(SpoolerSink &spooler)
{
    spooler.dropBatch();
    m_claimed.clear();
}

PrintRunner::Step PrintRunner::stepSpooled(SpoolerSink &spooler)
{
    // What the step's transaction found; acted on once it committed.
    enum class Then { Stop, Trouble, HandOver, Wait, Finish, Draw };
    struct Found {
        Then then = Then::Wait;
        PrintQueue::JobState state = PrintQueue::JobState::Queued;
        QString trouble;
        QList<Page> claimed;
        std::optional<PrintData> data;
        QString unreadable, announce;
    };
    const SpoolerSink::News news = spooler.news();
    const Found found = inTransaction([&](Transaction &tx) {
        Found f;
        const auto done = [&](Then then) {
            tx.commit();
            f.then = then;
            return f;
        };
        // The printer cannot take labels, or can again: the job says so.
        const auto troubled = [&](const QString &trouble) {
            f.trouble = trouble;
            if (!trouble.isEmpty())
                writeTrouble(trouble);
            else if (m_troubleSince.isValid())
                Sql::run(m_db, SetTrouble,
                         {QStringLiteral(""), Clock::nowText(), m_jobId}); // NOT NULL: empty, not null
            return !trouble.isEmpty();
        };
        applyNews(news);
        f.state = jobState();
        if (f.state != PrintQueue::JobState::Queued &&
            f.state != PrintQueue::JobState::Printing) { // paused or cancelled by someone
            returnUnsent(spooler, f.state == PrintQueue::JobState::Cancelled
                                      ? PrintQueue::PageState::Cancelled
                                      : PrintQueue::PageState::Queued);
            return done(Then::Stop);
        }
        lockJob();
        if (m_claimed.isEmpty() && spooler.batch().size() < spooler.batchSize())
            f.claimed = claimPages(spooler.batchSize() - int(spooler.batch().size()));
        const bool more = !m_claimed.isEmpty() || !f.claimed.isEmpty();
        if (spooler.batch().size() >= spooler.batchSize() || (!more && !spooler.batch().isEmpty())) {
            // A batch to hand over: only to a healthy printer with room in its queue.
            return done(troubled(spooler.trouble()) ? Then::Trouble : Then::HandOver);
        }
        if (!more) {
            // The last batches are at the printer (or at the one failed over from): watch them print.
            if (spooler.waiting() > 0 || (m_former && m_former->spooler()->waiting() > 0))
                return done(troubled(spooler.trouble()) ? Then::Trouble : Then::Wait);
            troubled({});
            finishJobIfDone();
            return done(Then::Finish);
        }
        // Draw the next page into the batch in hand.
        const Page &next = !m_claimed.isEmpty() ? m_claimed.first() : f.claimed.first();
        if (f.state == PrintQueue::JobState::Queued)
            Sql::run(
                m_db,
                QStringLiteral("UPDATE print_jobs SET state = 'printing', updated_at = ? WHERE id = ? AND "
                               "state = 'queued'"),
                {Clock::nowText(), m_jobId});
        const int total =
            Sql::scalar(m_db, QStringLiteral("SELECT MAX(seq) FROM print_pages WHERE job_id = ?"), {m_jobId})
                .toInt();
        try {
            f.data = m_pages->read(next.seq, next.orderId, next.payload, next.reprints, total, m_sender);
        } catch (const Error &e) {
            f.unreadable = e.message();
        }
        if (m_announceNext) {
            const QString tracking =
                Sql::scalar(m_db, QStringLiteral("SELECT tracking_no FROM orders WHERE id = ?"),
                            {next.orderId})
                    .toString();
            f.announce = tr("First label on the backup printer %1: label %2%3.")
                             .arg(m_sink->name())
                             .arg(next.seq)
                             .arg(tracking.isEmpty() ? QString() : tr(", tracking number %1").arg(tracking));
        }
        return done(Then::Draw);
    });

    switch (found.then) {
    case Then::Stop:
        forgetUnsent(spooler);
        settle();
        return found.state == PrintQueue::JobState::Done ? Step::Finished : Step::Stopped;
    case Then::Trouble:
        return onTrouble(spooler, found.trouble);
    case Then::Wait:
        troubleCleared();
        return Step::Waiting;
    case Then::Finish:
        troubleCleared();
        settle();
        return Step::Finished;
    case Then::HandOver: {
        troubleCleared();
        if (!spooler.hasRoom())
            return Step::Waiting;
        const int labels = int(spooler.batch().size());
        const Result<> taken = spooler.handOver(
            tr("Packline job %1: %2 labels").arg(m_jobId).arg(labels),
            [this](int cupsJob, const QList<qint64> &pages) {
                inTransaction([&](Transaction &numbered) { // on record before the document goes
                    for (qint64 id : pages)
                        Sql::run(m_db,
                                 QStringLiteral(
                                     "UPDATE print_pages SET cups_job = ? WHERE id = ? AND state = 'sent'"),
                                 {cupsJob, id});
                    numbered.commit();
                });
            });
        if (taken) {
            const SpoolerSink::News settled = spooler.news(); // jobs that completed while it took it
            inTransaction([&](Transaction &tx) {
                applyNews(settled);
                tx.commit();
            });
            return Step::Printed;
        }
        inTransaction([&](Transaction &tx) {
            writeTrouble(taken.message);
            tx.commit();
        });
        return onTrouble(spooler, taken.message);
    }
    case Then::Draw:
        break;
    }
    if (m_announceNext)
        m_announceNext = false;
    m_claimed += found.claimed;
    const Page page = m_claimed.takeFirst();
    try {
        if (!found.data)
            throw Error(found.unreadable);
        m_sink->printPage(page.id, page.attempt, *m_renderer, *found.data);
    } catch (const Error &e) {
        inTransaction([&](Transaction &tx) {
            fail({page.id}, e.message());
            returnUnsent(spooler, PrintQueue::PageState::Queued);
            tx.commit();
        });
        forgetUnsent(spooler);
        settle();
        return Step::Failed;
    }
    if (!found.announce.isEmpty())
        m_notices << found.announce;
    return Step::Printed;
}

void PrintRunner::writeTrouble(const QString &trouble)
{
    if (trouble != m_trouble) // the job shows why it waits
        Sql::run(m_db, SetTrouble, {trouble, Clock::nowText(), m_jobId});
}

PrintRunner::Step PrintRunner::onTrouble(SpoolerSink &spooler, const QString &trouble)
{
    m_trouble = trouble;
    if (!m_troubleSince.isValid())
        m_troubleSince.start();
    if (m_troubleSince.elapsed() < m_failoverAfterMs)
        return Step::Waiting;
    return failOver(spooler, trouble);
}

void PrintRunner::troubleCleared()
{
    m_troubleSince.invalidate();
    m_trouble.clear();
}

PrintRunner::Step PrintRunner::failOver(SpoolerSink &spooler, const QString &trouble)
{
    const auto job = Sql::firstRow(
        m_db, QStringLiteral("SELECT printer, backup_printer FROM print_jobs WHERE id = ?"), {m_jobId});
    const QString printer = job ? job->at(0).toString() : QString();
    const QString backup = job ? job->at(1).toString() : QString();
    if (m_failedOver || backup.isEmpty() || backup == printer || printer != m_sink->name())
        return pauseFor(spooler, trouble);
    std::unique_ptr<PageSink> next;
    try {
        next = PageSinks::open(backup);
        if (SpoolerSink *s = next->spooler(); s && !s->trouble().isEmpty())
            throw Error(s->trouble());
    } catch (const Error &e) {
        return pauseFor(
            spooler, tr("%1 The backup printer %2 cannot take over: %3").arg(trouble, backup, e.message()));
    }
    // Batches not printed yet come back from the failed printer; those that printed are done.
    spooler.withdraw();
    const SpoolerSink::News news = spooler.news();
    inTransaction([&](Transaction &tx) {
        applyNews(news);
        returnUnsent(spooler, PrintQueue::PageState::Queued);
        tx.commit();
    });
    forgetUnsent(spooler);
    const Result<> moved = PrintQueue::moveTo(m_db, m_actor, m_jobId, backup, trouble);
    if (!moved)
        return pauseFor(spooler, moved.message);
    const auto went = Sql::firstRow(
        m_db,
        QStringLiteral("SELECT COUNT(*), MIN(seq), MAX(seq) FROM print_pages WHERE job_id = ? AND "
                       "printer = ? AND state IN ('done', 'sent')"),
        {m_jobId, printer});
    const int count = went ? went->at(0).toInt() : 0;
    m_notices
        << (count ? tr("The printer %1 failed (%2). %3 labels (%4–%5) went to %1; the rest go to the backup "
                       "printer %6.")
                        .arg(printer, trouble)
                        .arg(count)
                        .arg(went->at(1).toInt())
                        .arg(went->at(2).toInt())
                        .arg(backup)
                  : tr("The printer %1 failed (%2) before any label came out; all labels go to the "
                       "backup printer %3.")
                        .arg(printer, trouble, backup));
    if (spooler.waiting() > 0)
        m_former = std::move(m_sink); // still printing some of ours: watched until they settle
    m_sink = std::move(next);
    m_failedOver = m_announceNext = true;
    m_troubleSince.invalidate();
    m_trouble.clear();
    return Step::Waiting;
}

PrintRunner::Step PrintRunner::pauseFor(SpoolerSink &spooler, const QString &trouble)
{
    inTransaction([&](Transaction &tx) {
        returnUnsent(spooler, PrintQueue::PageState::Queued);
        const int paused =
            Sql::run(m_db,
                     QStringLiteral("UPDATE print_jobs SET state = 'paused', last_error = ?, updated_at = "
                                    "? WHERE id = ? AND state IN ('queued', 'printing')"),
                     {trouble, Clock::nowText(), m_jobId})
                .numRowsAffected();
        if (paused == 1)
            AuditLog::record(
                m_db, m_actor, QStringLiteral("print_job"), m_jobId, QStringLiteral("pause"),
                {{QStringLiteral("state"), QStringLiteral("printing")}},
                {{QStringLiteral("state"), QStringLiteral("paused")}, {QStringLiteral("reason"), trouble}});
        tx.commit();
    });
    forgetUnsent(spooler);
    m_error = trouble;
    m_troubleSince.invalidate();
    m_trouble.clear();
    settle();
    return Step::Stopped;
}
