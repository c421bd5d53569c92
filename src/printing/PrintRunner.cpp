#include "PrintRunner.h"

#include "JobPageReader.h"
#include "JobTemplates.h"
#include "LabelRenderer.h"
#include "PageSink.h"
#include "PrintJobLease.h"
#include "TemplateLibrary.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>

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
const QString JobState = QStringLiteral("SELECT state FROM print_jobs WHERE id = ?");
} // namespace

PrintRunner::PrintRunner(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                         std::unique_ptr<PageSink> sink)
    : m_db(db)
    , m_sql(db)
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
    Transaction tx(m_db); // the lease and what it finds left 'sent' are one commit
    lockJob();
    recover();
    tx.commit();
}

PrintRunner::~PrintRunner()
{
    try {
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

void PrintRunner::recover()
{
    // A page still 'sent' means a crash between hand-over and 'done' (the lease says no other
    // process is printing it). Ask the sink; when it cannot tell (a real spooler), the page waits
    // for a person: reprint it or mark it done.
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT id, attempts, printer FROM print_pages WHERE job_id = ? AND state = 'sent'"),
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
            ++m_recoveredDone;
        } else if (delivered) {
            Sql::run(
                m_db,
                QStringLiteral("UPDATE print_pages SET state = 'queued' WHERE id = ? AND state = 'sent'"),
                {pageId});
            ++m_recoveredQueued;
        } else {
            Sql::run(
                m_db,
                QStringLiteral(
                    "UPDATE print_pages SET state = 'failed', error = ? WHERE id = ? AND state = 'sent'"),
                {tr("Interrupted while printing: check whether it came out, then reprint it or mark it "
                    "done."),
                 pageId});
            ++m_recoveredUnknown;
        }
    }
    if (!sent.isEmpty())
        AuditLog::record(m_db, m_actor, QStringLiteral("print_job"), m_jobId, QStringLiteral("recover"), {},
                         {{QStringLiteral("done"), m_recoveredDone},
                          {QStringLiteral("requeued"), m_recoveredQueued},
                          {QStringLiteral("unknown"), m_recoveredUnknown}});
}

QList<PrintRunner::Page> PrintRunner::claimPages(int count)
{
    QList<Page> queued, claimed;
    QSqlQuery &next = m_sql.run(NextPages, {m_jobId, count});
    while (next.next())
        queued.append({next.value(0).toLongLong(), next.value(1).toInt(), next.value(2).toLongLong(),
                       next.value(3).toString(), next.value(4).toInt(), next.value(5).toInt() + 1});
    next.finish();
    const QString now = Clock::nowText();
    for (const Page &p : std::as_const(queued))
        if (m_sql.run(ClaimPage, {p.attempt, m_sink->name(), now, p.id}).numRowsAffected() == 1)
            claimed.append(p);
    return claimed;
}

void PrintRunner::fail(const QList<qint64> &pageIds, const QString &message)
{
    m_error = message;
    for (qint64 id : pageIds)
        m_sql.run(QStringLiteral("UPDATE print_pages SET state = 'failed', error = ? WHERE id = ?"),
                  {m_error, id});
    // A job someone paused or cancelled stays as they left it.
    m_sql.run(
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
    if (m_handedOver || !m_drawn.isEmpty() || !m_claimed.isEmpty()) {
        const QString now = Clock::nowText();
        Transaction tx(m_db);
        if (m_handedOver)
            m_sql.run(PageDone, {now, *m_handedOver});
        // Read before anything here changes it: pages of a cancelled job are not put back.
        const QString back = m_sql.scalar(JobState, {m_jobId}).toString() == u"cancelled"
                                 ? QStringLiteral("cancelled")
                                 : QStringLiteral("queued");
        if (failure.isEmpty()) {
            for (qint64 id : std::as_const(m_drawn))
                m_sql.run(PageDone, {now, id});
        } else {
            // The file never came to be: its pages print again, and the job says why it stopped;
            // the page that broke the file is for a person to see.
            QList<qint64> broken;
            if (failedPage && back == u"queued" && m_drawn.removeOne(*failedPage))
                broken << *failedPage;
            for (qint64 id : std::as_const(m_drawn))
                m_sql.run(QStringLiteral("UPDATE print_pages SET state = ? WHERE id = ? AND state = 'sent'"),
                          {back, id});
            fail(broken, failure);
        }
        // Claimed but never drawn: back where they were, as if never claimed.
        for (const Page &p : std::as_const(m_claimed))
            m_sql.run(QStringLiteral(
                          "UPDATE print_pages SET state = ?, attempts = ? WHERE id = ? AND state = 'sent'"),
                      {back, p.attempt - 1, p.id});
        tx.commit();
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

void PrintRunner::finishJobIfDone()
{
    const int open =
        m_sql
            .scalar(QStringLiteral("SELECT COUNT(*) FROM print_pages WHERE job_id = ? AND state IN "
                                   "('queued', 'sent')"),
                    {m_jobId})
            .toInt();
    if (open > 0)
        return;
    const int failed =
        m_sql
            .scalar(QStringLiteral("SELECT COUNT(*) FROM print_pages WHERE job_id = ? AND state = 'failed'"),
                    {m_jobId})
            .toInt();
    m_sql.run(
        QStringLiteral("UPDATE print_jobs SET state = ?, updated_at = ? WHERE id = ? AND state IN ('queued', "
                       "'printing')"),
        {failed ? QStringLiteral("failed") : QStringLiteral("done"), Clock::nowText(), m_jobId});
}

PrintRunner::Step PrintRunner::step()
{
    // One commit per page: the page handed over last time becomes done, the job's state is read,
    // the next page is claimed and its data read, all before the printer sees a byte of it.
    Transaction tx(m_db);
    if (m_handedOver)
        m_sql.run(PageDone, {Clock::nowText(), *m_handedOver});
    const QString state = m_sql.scalar(JobState, {m_jobId}).toString();
    const bool running = state == u"queued" || state == u"printing";
    QList<Page> claimed;
    std::optional<PrintData> data;
    QString unreadable;
    if (running) {
        lockJob();
        if (m_claimed.isEmpty())
            claimed = claimPages(m_deferred ? DeferredBatch : 1);
        const Page *next = !m_claimed.isEmpty() ? &m_claimed.first()
                           : claimed.isEmpty()  ? nullptr
                                                : &claimed.first();
        if (next) {
            if (state == u"queued")
                m_sql.run(QStringLiteral(
                              "UPDATE print_jobs SET state = 'printing', updated_at = ? WHERE id = ? AND "
                              "state = 'queued'"),
                          {Clock::nowText(), m_jobId});
            // Streamed jobs grow while printing: look again. Pages are numbered 1..n, so the highest
            // number is the count, read from the (job_id, seq) key instead of counting every page
            // for every page (which made a 2,000-label job quadratic).
            const int total =
                m_sql.scalar(QStringLiteral("SELECT MAX(seq) FROM print_pages WHERE job_id = ?"), {m_jobId})
                    .toInt();
            try {
                data =
                    m_pages->read(next->seq, next->orderId, next->payload, next->reprints, total, m_sender);
            } catch (const Error &e) {
                unreadable = e.message(); // the page fails below; its claim and the rest still count
            }
        }
    }
    tx.commit();
    m_handedOver.reset();
    m_claimed += claimed; // kept only once they are 'sent' for sure

    if (!running) {
        if (!settle())
            return Step::Failed;
        return state == u"done" ? Step::Finished : Step::Stopped;
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
    if (m_deferred)
        m_drawn << page.id; // done when the file is whole
    else
        m_handedOver = page.id; // done in the next step's commit, or when the runner settles
    return Step::Printed;
}

PrintRunner::Step PrintRunner::runAll()
{
    Step s = Step::Printed;
    while (s == Step::Printed)
        s = step();
    return s;
}
