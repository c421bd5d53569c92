#include "PrintRunner.h"

#include "LabelRenderer.h"
#include "PageSink.h"
#include "TemplateLibrary.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrintRunner", text);
}
} // namespace

PrintRunner::PrintRunner(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                         std::unique_ptr<PageSink> sink)
    : m_db(db)
    , m_sql(db)
    , m_reader(db)
    , m_actor(actor)
    , m_jobId(jobId)
    , m_sink(std::move(sink))
{
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT kind, template_id, printer FROM print_jobs WHERE id = ?"), {jobId});
    if (!q.next())
        throw Error(tr("Print job %1 does not exist.").arg(jobId));
    m_kind = q.value(0).toString();
    const QString templateId = q.value(1).toString();
    m_printer = q.value(2).toString();
    q.finish();
    m_renderer = std::make_unique<LabelRenderer>(TemplateLibrary::load(templateId));
    if (!m_sink)
        m_sink = PageSinks::open(m_printer);
    m_total =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM print_pages WHERE job_id = ?"), {jobId}).toInt();
    recover();
}

PrintRunner::~PrintRunner()
{
    if (m_sink)
        m_sink->finish();
}

void PrintRunner::recover()
{
    // A page still 'sent' means a crash between hand-over and 'done'. Ask the sink; when it cannot
    // tell (a real spooler), the page waits for a person: reprint it or mark it done.
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT id, attempts FROM print_pages WHERE job_id = ? AND state = 'sent'"),
        {m_jobId});
    QList<QPair<qint64, int>> sent;
    while (q.next())
        sent << qMakePair(q.value(0).toLongLong(), q.value(1).toInt());
    q.finish();
    for (const auto &[pageId, attempt] : sent) {
        const auto delivered = m_sink->delivered(pageId, attempt);
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
    const QString state =
        m_sql.scalar(QStringLiteral("SELECT state FROM print_jobs WHERE id = ?"), {m_jobId}).toString();
    if (state != u"queued" && state != u"printing")
        return state == u"done" ? Step::Finished : Step::Stopped;

    QSqlQuery &next =
        m_sql.run(QStringLiteral("SELECT id, seq, order_id, payload, reprints, attempts FROM print_pages "
                                 "WHERE job_id = ? AND state = 'queued' ORDER BY seq LIMIT 1"),
                  {m_jobId});
    if (!next.next()) {
        next.finish();
        finishJobIfDone();
        return Step::Finished;
    }
    const qint64 pageId = next.value(0).toLongLong();
    const int seq = next.value(1).toInt();
    const qint64 orderId = next.value(2).toLongLong();
    const QString payload = next.value(3).toString();
    const int reprints = next.value(4).toInt();
    const int attempt = next.value(5).toInt() + 1;
    next.finish();

    // Claim it: 'sent' is written before the printer sees a byte, so a crash leaves a trace.
    QSqlQuery &claim = m_sql.run(
        QStringLiteral("UPDATE print_pages SET state = 'sent', attempts = ?, printer = ?, sent_at = ? "
                       "WHERE id = ? AND state = 'queued'"),
        {attempt, m_sink->name(), Clock::nowText(), pageId});
    if (claim.numRowsAffected() != 1)
        return Step::Printed; // another runner took it; go on with the next
    if (state == u"queued")
        m_sql.run(
            QStringLiteral(
                "UPDATE print_jobs SET state = 'printing', updated_at = ? WHERE id = ? AND state = 'queued'"),
            {Clock::nowText(), m_jobId});

    try {
        PrintData data;
        if (m_kind == u"picklist") {
            QList<qint64> ids;
            for (const QString &s : payload.split(u',', Qt::SkipEmptyParts))
                ids << s.toLongLong();
            const QString title =
                m_sql.scalar(QStringLiteral("SELECT title FROM print_jobs WHERE id = ?"), {m_jobId})
                    .toString();
            data = OrderPrintData::forPickList(m_db, ids, title, m_jobId);
        } else {
            data = m_reader.forOrder(orderId, m_sender);
        }
        data.fields.insert(QStringLiteral("page.seq"), QString::number(seq));
        // Streamed jobs grow while printing: look again. Pages are numbered 1..n, so the highest
        // number is the count, read from the (job_id, seq) key instead of counting every page
        // for every page (which made a 2,000-label job quadratic).
        m_total = m_sql.scalar(QStringLiteral("SELECT MAX(seq) FROM print_pages WHERE job_id = ?"), {m_jobId})
                      .toInt();
        data.fields.insert(QStringLiteral("page.total"), QString::number(m_total));
        data.fields.insert(QStringLiteral("reprint.count"),
                           reprints > 0 ? QString::number(reprints) : QString());
        m_sink->printPage(pageId, attempt, *m_renderer, data);
    } catch (const Error &e) {
        m_error = e.message();
        m_sql.run(QStringLiteral("UPDATE print_pages SET state = 'failed', error = ? WHERE id = ?"),
                  {m_error, pageId});
        m_sql.run(QStringLiteral(
                      "UPDATE print_jobs SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?"),
                  {m_error, Clock::nowText(), m_jobId});
        return Step::Failed;
    }
    m_sql.run(QStringLiteral("UPDATE print_pages SET state = 'done', done_at = ? WHERE id = ?"),
              {Clock::nowText(), pageId});
    return Step::Printed;
}

PrintRunner::Step PrintRunner::runAll()
{
    for (;;) {
        const Step s = step();
        if (s != Step::Printed) {
            m_sink->finish();
            return s;
        }
    }
}
