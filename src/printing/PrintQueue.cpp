#include "PrintQueue.h"

#include "CupsSpooler.h"
#include "JobTemplates.h"
#include "PageSink.h"
#include "PickSlots.h"

#include "TrackingPool.h"
#include "base/Clock.h"
#include "base/CodeTable.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/StageMachine.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrintQueue", text);
}

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(u',');
}

void insertPage(const QSqlDatabase &db, qint64 jobId, int seq, const QVariant &orderId,
                const QString &payload)
{
    Sql::run(db,
             QStringLiteral("INSERT INTO print_pages (job_id, seq, order_id, payload) VALUES (?, ?, ?, ?)"),
             {jobId, seq, orderId, Sql::text(payload)});
}

// The job's row, locked until the commit: its state is decided on by one station at a time.
void lockJobRow(const QSqlDatabase &db, qint64 jobId)
{
    Sql::firstRow(db, Locks::forUpdate(db, QStringLiteral("SELECT id FROM print_jobs WHERE id = ?")),
                  {jobId});
}

Result<> setJobState(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                     const QList<PrintQueue::JobState> &from, PrintQueue::JobState to, const QString &action)
{
    return Transaction::run(db, [&](Transaction &tx) {
        lockJobRow(db, jobId);
        const QString code =
            Sql::scalar(db, QStringLiteral("SELECT state FROM print_jobs WHERE id = ?"), {jobId}).toString();
        if (code.isEmpty())
            return Result<>::failure(tr("Print job %1 does not exist.").arg(jobId));
        const PrintQueue::JobState state = PrintQueue::jobState(code);
        if (!from.contains(state))
            return Result<>::failure(tr("Print job %1 is %2: it cannot be %3.")
                                         .arg(jobId)
                                         .arg(PrintQueue::displayName(state), PrintQueue::displayName(to)));
        Sql::run(db, QStringLiteral("UPDATE print_jobs SET state = ?, updated_at = ? WHERE id = ?"),
                 {PrintQueue::stateCode(to), Clock::nowText(), jobId});
        if (to == PrintQueue::JobState::Cancelled)
            Sql::run(db,
                     QStringLiteral(
                         "UPDATE print_pages SET state = 'cancelled' WHERE job_id = ? AND state = 'queued'"),
                     {jobId});
        AuditLog::record(db, actor, QStringLiteral("print_job"), jobId, action,
                         {{QStringLiteral("state"), code}},
                         {{QStringLiteral("state"), PrintQueue::stateCode(to)}});
        tx.commit();
        return Result<>::success();
    });
}

// One page per order, in order; label pages first take a tracking number and move the order to
// Printed (in the caller's transaction). Returns the last page number.
int addOrderPages(const QSqlDatabase &db, const Actor &actor, qint64 jobId, PrintQueue::Kind kind,
                  const QList<qint64> &orderIds, int seq, PrintQueue::CreatedJob &out)
{
    using PrintQueue::Kind;
    const QString now = Clock::nowText();
    // Locked until the job is committed: a second station making a job of the same order waits,
    // then skips it as Printed, before it takes a tracking number it would have to give back.
    Sql::Statement loadOf(
        db, Locks::forUpdate(db, QStringLiteral("SELECT stage, version, courier_code, tracking_no, "
                                                "platform_order_no FROM orders WHERE id = ?")));
    for (qint64 orderId : orderIds) {
        QSqlQuery &load = loadOf.run({orderId});
        if (!load.next()) {
            out.skipped << tr("order %1: does not exist").arg(orderId);
            continue;
        }
        const QString stage = load.value(0).toString();
        const int version = load.value(1).toInt();
        const QString courier = load.value(2).toString();
        QString tracking = load.value(3).toString();
        const bool hadTracking = !tracking.isEmpty();
        const QString orderNo = load.value(4).toString();
        load.finish();
        if (kind == Kind::Label) {
            if (stage != Stages::code(Stage::Submitted)) {
                const auto s = Stages::fromCode(stage);
                out.skipped << tr("order %1: it is %2, not Submitted")
                                   .arg(orderNo, s ? Stages::displayName(*s) : stage);
                continue;
            }
            if (tracking.isEmpty()) {
                if (courier.isEmpty()) {
                    out.skipped << tr("order %1: no courier chosen").arg(orderNo);
                    continue;
                }
                const auto number = TrackingPool::take(db, courier, orderId);
                if (!number) {
                    out.skipped
                        << tr("order %1: no %2 tracking numbers left in the pool").arg(orderNo, courier);
                    continue;
                }
                tracking = *number;
            }
            const Result<> moved =
                StageMachine::apply(db, actor, {orderId, Stage::Submitted, Stage::Printed, {}, version});
            if (!moved) {
                out.skipped << tr("order %1: %2").arg(orderNo, moved.message);
                // The number stays with nobody: give it back.
                Sql::run(db,
                         QStringLiteral(
                             "UPDATE tracking_numbers SET state = 'free', order_id = NULL, used_at = NULL "
                             "WHERE tracking_no = ? AND order_id = ?"),
                         {tracking, orderId});
                continue;
            }
            if (!hadTracking) {
                Sql::run(db, QStringLiteral("UPDATE orders SET tracking_no = ?, updated_at = ? WHERE id = ?"),
                         {tracking, now, orderId});
                AuditLog::record(db, actor, QStringLiteral("order"), orderId, QStringLiteral("tracking"), {},
                                 {{QStringLiteral("tracking_no"), tracking},
                                  {QStringLiteral("courier"), courier},
                                  {QStringLiteral("print_job"), jobId}});
            }
        }
        insertPage(db, jobId, ++seq, orderId, QString());
    }
    return seq;
}
// The job, its pages and what they take (numbers, stages), in the caller's transaction; refused
// when there is nothing to print (then nothing may be committed).
Result<PrintQueue::CreatedJob> makeJob(const QSqlDatabase &db, const Actor &actor,
                                       const PrintQueue::JobSpec &spec, const JobTemplates::Resolved &layout)
{
    using namespace PrintQueue;
    CreatedJob out;
    const QString now = Clock::nowText();
    const QString kind = kindCode(spec.kind);
    const QString templateHash = JobTemplates::store(db, layout);
    const qint64 jobId = Sql::insert(
        db,
        QStringLiteral(
            "INSERT INTO print_jobs (kind, template_id, template_hash, printer, backup_printer, "
            "title, created_by, station, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {kind, spec.templateId, templateHash, spec.printer, Sql::text(spec.backupPrinter),
         Sql::text(spec.title), actor.operatorName, actor.station, now, now});

    int seq = 0;
    if (spec.kind == Kind::PickList) {
        insertPage(db, jobId, ++seq, QVariant(), idList(spec.orderIds));
        PickSlots::assign(db, jobId, spec.orderIds); // the slot codes the pick list prints
    } else {
        seq = addOrderPages(db, actor, jobId, spec.kind, spec.orderIds, seq, out);
    }
    if (seq == 0) // not committed: no empty job
        return Result<CreatedJob>::failure(
            QCoreApplication::translate("PrintQueue", "None of the orders can be printed: %1")
                .arg(out.skipped.join(QStringLiteral("; "))));
    AuditLog::record(db, actor, QStringLiteral("print_job"), jobId, QStringLiteral("create"), {},
                     {{QStringLiteral("kind"), kind},
                      {QStringLiteral("template"), spec.templateId},
                      {QStringLiteral("template_hash"), templateHash},
                      {QStringLiteral("printer"), spec.printer},
                      {QStringLiteral("pages"), seq},
                      {QStringLiteral("skipped"), int(out.skipped.size())}});
    out.jobId = jobId;
    out.pages = seq;
    return Result<CreatedJob>::success(out);
}
} // namespace

namespace {
// In the enums' order (PrintQueue.h).
constexpr CodeTable<PrintQueue::JobState, 6> kJobStates{
    {"queued", "printing", "paused", "failed", "done", "cancelled"}};
constexpr CodeTable<PrintQueue::PageState, 5> kPageStates{{"queued", "sent", "done", "failed", "cancelled"}};
constexpr CodeTable<PrintQueue::Kind, 3> kKinds{{"label", "slip", "picklist"}};
constexpr CodeTable<PrintQueue::Kind, 3> kDefaultTemplates{{"label-100x150", "slip-a5", "picklist-a4"}};
} // namespace

QString PrintQueue::kindCode(Kind kind)
{
    return kKinds.code(kind);
}

std::optional<PrintQueue::Kind> PrintQueue::kindFromCode(const QString &code)
{
    return kKinds.fromCode(code);
}

QString PrintQueue::defaultTemplateId(Kind kind)
{
    return kDefaultTemplates.code(kind);
}

QString PrintQueue::displayName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("PrintQueue", "shipping labels")},
        {QStringLiteral("slip"), QT_TRANSLATE_NOOP("PrintQueue", "packing slips")},
        {QStringLiteral("picklist"), QT_TRANSLATE_NOOP("PrintQueue", "pick list")},
        {QStringLiteral("queued"), QT_TRANSLATE_NOOP("PrintQueue", "queued")},
        {QStringLiteral("printing"), QT_TRANSLATE_NOOP("PrintQueue", "printing")},
        {QStringLiteral("paused"), QT_TRANSLATE_NOOP("PrintQueue", "paused")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("PrintQueue", "done")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("PrintQueue", "failed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("PrintQueue", "cancelled")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("PrintQueue", "sent")},
    };
    const char *n = names.value(code);
    return n ? QCoreApplication::translate("PrintQueue", n) : code;
}

QString PrintQueue::stateCode(JobState state)
{
    return kJobStates.code(state);
}

QString PrintQueue::stateCode(PageState state)
{
    return kPageStates.code(state);
}

PrintQueue::JobState PrintQueue::jobState(const QString &code)
{
    return kJobStates.read(code);
}

PrintQueue::PageState PrintQueue::pageState(const QString &code)
{
    return kPageStates.read(code);
}

QString PrintQueue::displayName(JobState state)
{
    return displayName(stateCode(state));
}

QString PrintQueue::displayName(PageState state)
{
    return displayName(stateCode(state));
}

Result<PrintQueue::CreatedJob> PrintQueue::create(const QSqlDatabase &db, const Actor &actor,
                                                  const JobSpec &spec)
{
    using Refused = Result<CreatedJob>;
    if (spec.orderIds.isEmpty())
        return Refused::failure(tr("No orders to print."));
    if (spec.printer.isEmpty())
        return Refused::failure(tr("Choose a printer for the job."));
    // Before a tracking number is taken or an order moves: a job for no printer spends nothing.
    if (spec.checkPrinter)
        if (const Result<> available = PageSinks::available(spec.printer); !available)
            return Refused::failure(available.message);
    JobTemplates::Resolved layout; // read and checked before any number is taken
    try {
        layout = JobTemplates::resolve(spec.templateId);
    } catch (const Error &e) {
        return Refused::failure(e.message());
    }
    // Run again from the start when a deadlock with another station's job aborts it.
    Result<CreatedJob> made = Transaction::run(db, [&](Transaction &tx) {
        Result<CreatedJob> attempt = makeJob(db, actor, spec, layout);
        if (attempt)
            tx.commit();
        return attempt;
    });
    if (made && spec.kind == Kind::Label)
        made.value.warnings = TrackingPool::lowWarnings(db);
    return made;
}

namespace {
// One job, or the latest ones (newest first), with their page counts.
QList<PrintQueue::JobRow> readJobs(const QSqlDatabase &db, std::optional<qint64> jobId, int limit)
{
    QList<PrintQueue::JobRow> out;
    const QString sql =
        QStringLiteral("SELECT j.id, j.kind, j.template_id, j.printer, j.backup_printer, j.state, j.title, "
                       "j.last_error, j.created_at, COUNT(p.id), "
                       "SUM(CASE WHEN p.state = 'done' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN p.state = 'failed' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN p.state = 'sent' THEN 1 ELSE 0 END) "
                       "FROM print_jobs j LEFT JOIN print_pages p ON p.job_id = j.id ") +
        (jobId ? QStringLiteral("WHERE j.id = ?") : QString()) +
        QStringLiteral(" GROUP BY j.id, j.kind, j.template_id, j.printer, j.backup_printer, j.state, "
                       "j.title, j.last_error, j.created_at ORDER BY j.id DESC LIMIT ?");
    QSqlQuery q = jobId ? Sql::run(db, sql, {*jobId, limit}) : Sql::run(db, sql, {limit});
    while (q.next()) {
        PrintQueue::JobRow r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.templateId = q.value(2).toString();
        r.printer = q.value(3).toString();
        r.backupPrinter = q.value(4).toString();
        r.state = PrintQueue::jobState(q.value(5).toString());
        r.title = q.value(6).toString();
        r.lastError = q.value(7).toString();
        r.createdAt = q.value(8).toString();
        r.total = q.value(9).toInt();
        r.done = q.value(10).toInt();
        r.failed = q.value(11).toInt();
        r.sent = q.value(12).toInt();
        out << r;
    }
    return out;
}
} // namespace

QList<PrintQueue::JobRow> PrintQueue::jobs(const QSqlDatabase &db, int limit)
{
    return readJobs(db, std::nullopt, limit);
}

std::optional<PrintQueue::JobRow> PrintQueue::job(const QSqlDatabase &db, qint64 jobId)
{
    const QList<JobRow> rows = readJobs(db, jobId, 1);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<PrintQueue::PageRow> PrintQueue::pages(const QSqlDatabase &db, qint64 jobId)
{
    QList<PageRow> out;
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("SELECT p.id, p.seq, COALESCE(p.order_id, 0), COALESCE(o.platform_order_no, ''), "
                       "COALESCE(o.tracking_no, ''), p.state, p.printer, p.error, p.attempts, "
                       "p.reprints, p.payload FROM print_pages p LEFT JOIN orders o ON o.id = p.order_id "
                       "WHERE p.job_id = ? ORDER BY p.seq"),
        {jobId});
    while (q.next()) {
        PageRow r;
        r.id = q.value(0).toLongLong();
        r.seq = q.value(1).toInt();
        r.orderId = q.value(2).toLongLong();
        r.orderNo = q.value(3).toString();
        r.trackingNo = q.value(4).toString();
        r.state = pageState(q.value(5).toString());
        r.printer = q.value(6).toString();
        r.error = q.value(7).toString();
        r.attempts = q.value(8).toInt();
        r.reprints = q.value(9).toInt();
        r.payload = q.value(10).toString();
        out << r;
    }
    return out;
}

Result<> PrintQueue::pause(const QSqlDatabase &db, const Actor &actor, qint64 jobId)
{
    return setJobState(db, actor, jobId, {JobState::Queued, JobState::Printing}, JobState::Paused,
                       QStringLiteral("pause"));
}

Result<> PrintQueue::resume(const QSqlDatabase &db, const Actor &actor, qint64 jobId)
{
    return setJobState(db, actor, jobId, {JobState::Paused, JobState::Failed}, JobState::Queued,
                       QStringLiteral("resume"));
}

Result<> PrintQueue::cancel(const QSqlDatabase &db, const Actor &actor, qint64 jobId)
{
    const Result<> r = setJobState(db, actor, jobId,
                                   {JobState::Queued, JobState::Printing, JobState::Paused, JobState::Failed},
                                   JobState::Cancelled, QStringLiteral("cancel"));
    if (!r)
        return r;
    // Batches still waiting at CUPS are cancelled there too; what already printed stays 'sent' for
    // the next run to settle as done.
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT DISTINCT cups_job FROM print_pages WHERE job_id = ? AND state = "
                                "'sent' AND cups_job IS NOT NULL"),
                 {jobId});
    QList<int> serverJobs;
    while (q.next())
        serverJobs << q.value(0).toInt();
    q.finish();
    if (serverJobs.isEmpty())
        return r;
    CupsSpooler cups;
    for (int job : std::as_const(serverJobs)) {
        if (cups.job(job).state == CupsSpooler::JobState::Completed || !cups.cancel(job))
            continue;
        Transaction tx(db);
        QSqlQuery gone =
            Sql::run(db,
                     QStringLiteral("UPDATE print_pages SET state = 'cancelled' WHERE job_id = ? AND "
                                    "cups_job = ? AND state = 'sent'"),
                     {jobId, job});
        AuditLog::record(
            db, actor, QStringLiteral("print_job"), jobId, QStringLiteral("cancel_cups"), {},
            {{QStringLiteral("cups_job"), job}, {QStringLiteral("pages"), gone.numRowsAffected()}});
        tx.commit();
    }
    return r;
}

Result<> PrintQueue::moveToBackup(const QSqlDatabase &db, const Actor &actor, qint64 jobId)
{
    const QString backup =
        Sql::scalar(db, QStringLiteral("SELECT backup_printer FROM print_jobs WHERE id = ?"), {jobId})
            .toString();
    if (backup.isEmpty())
        return Result<>::failure(tr("Job %1 has no backup printer: choose one first.").arg(jobId));
    return moveTo(db, actor, jobId, backup, QString());
}

Result<> PrintQueue::moveTo(const QSqlDatabase &db, const Actor &actor, qint64 jobId, const QString &printer,
                            const QString &reason)
{
    if (Result<> available = PageSinks::available(printer); !available)
        return available;
    return Transaction::run(db, [&](Transaction &tx) {
        lockJobRow(db, jobId);
        QSqlQuery q =
            Sql::run(db, QStringLiteral("SELECT printer, backup_printer, state FROM print_jobs WHERE id = ?"),
                     {jobId});
        if (!q.next())
            return Result<>::failure(tr("Print job %1 does not exist.").arg(jobId));
        const QString from = q.value(0).toString(), backup = q.value(1).toString();
        const JobState state = jobState(q.value(2).toString());
        q.finish();
        if (printer == from)
            return Result<>::failure(tr("Job %1 already prints on %2.").arg(jobId).arg(printer));
        if (state == JobState::Done || state == JobState::Cancelled)
            return Result<>::failure(
                tr("Job %1 is %2: nothing is left to move.").arg(jobId).arg(displayName(state)));
        // The failed printer becomes the backup, so the operator can move back once it is fixed.
        Sql::run(
            db,
            QStringLiteral(
                "UPDATE print_jobs SET printer = ?, backup_printer = ?, state = 'queued', last_error = '', "
                "updated_at = ? WHERE id = ?"),
            {printer, from, Clock::nowText(), jobId});
        QSqlQuery moved = Sql::run(
            db,
            QStringLiteral("UPDATE print_pages SET state = 'queued', error = '' WHERE job_id = ? AND "
                           "state = 'failed'"),
            {jobId});
        AuditLog::record(db, actor, QStringLiteral("print_job"), jobId,
                         printer == backup ? QStringLiteral("backup_printer")
                                           : QStringLiteral("move_printer"),
                         {{QStringLiteral("printer"), from}},
                         {{QStringLiteral("printer"), printer},
                          {QStringLiteral("requeued"), moved.numRowsAffected()},
                          {QStringLiteral("reason"), reason}});
        tx.commit();
        return Result<>::success();
    });
}

Result<> PrintQueue::setPrinters(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                                 const QString &printer, const QString &backup)
{
    if (printer.isEmpty())
        return Result<>::failure(tr("Choose a printer."));
    return Transaction::run(db, [&](Transaction &tx) {
        QSqlQuery q =
            Sql::run(db,
                     QStringLiteral("UPDATE print_jobs SET printer = ?, backup_printer = ?, updated_at = ? "
                                    "WHERE id = ? AND state <> 'printing'"),
                     {printer, Sql::text(backup), Clock::nowText(), jobId});
        if (q.numRowsAffected() != 1)
            return Result<>::failure(tr("Job %1 is printing or gone: pause it first.").arg(jobId));
        AuditLog::record(db, actor, QStringLiteral("print_job"), jobId, QStringLiteral("printers"), {},
                         {{QStringLiteral("printer"), printer}, {QStringLiteral("backup"), backup}});
        tx.commit();
        return Result<>::success();
    });
}

Result<> PrintQueue::reprint(const QSqlDatabase &db, const Actor &actor, qint64 pageId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Result<>::failure(tr("Say why the page is printed again (jammed, smudged, lost, …)."));
    return Transaction::run(db, [&](Transaction &tx) {
        QSqlQuery q =
            Sql::run(db,
                     Locks::forUpdate(
                         db, QStringLiteral("SELECT job_id, state, reprints FROM print_pages WHERE id = ?")),
                     {pageId});
        if (!q.next())
            return Result<>::failure(tr("Page %1 does not exist.").arg(pageId));
        const qint64 jobId = q.value(0).toLongLong();
        const PageState state = pageState(q.value(1).toString());
        const int reprints = q.value(2).toInt();
        q.finish();
        if (state == PageState::Queued || state == PageState::Sent)
            return Result<>::failure(tr("Page %1 is still %2: wait for it before printing it again.")
                                         .arg(pageId)
                                         .arg(displayName(state)));
        Sql::run(
            db,
            QStringLiteral(
                "UPDATE print_pages SET state = 'queued', reprints = reprints + 1, error = '' WHERE id = ?"),
            {pageId});
        Sql::run(
            db,
            QStringLiteral("UPDATE print_jobs SET state = 'queued', updated_at = ? WHERE id = ? AND state IN "
                           "('done', 'failed', 'cancelled')"),
            {Clock::nowText(), jobId});
        AuditLog::record(
            db, actor, QStringLiteral("print_page"), pageId, QStringLiteral("reprint"),
            {{QStringLiteral("state"), stateCode(state)}, {QStringLiteral("reprints"), reprints}},
            {{QStringLiteral("reprints"), reprints + 1},
             {QStringLiteral("reason"), reason},
             {QStringLiteral("job"), jobId}});
        tx.commit();
        return Result<>::success();
    });
}

Result<> PrintQueue::markDone(const QSqlDatabase &db, const Actor &actor, qint64 pageId,
                              const QString &reason)
{
    return Transaction::run(db, [&](Transaction &tx) {
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral("UPDATE print_pages SET state = 'done', done_at = ?, error = '' WHERE id = ? "
                           "AND state IN ('sent', 'failed')"),
            {Clock::nowText(), pageId});
        if (q.numRowsAffected() != 1)
            return Result<>::failure(tr("Page %1 is not waiting for a decision.").arg(pageId));
        AuditLog::record(db, actor, QStringLiteral("print_page"), pageId, QStringLiteral("mark_done"), {},
                         {{QStringLiteral("reason"), reason}});
        tx.commit();
        return Result<>::success();
    });
}

Result<PrintQueue::CreatedJob> PrintQueue::append(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                                                  const QList<qint64> &orderIds)
{
    return Transaction::run(db, [&](Transaction &tx) {
        using Refused = Result<CreatedJob>;
        lockJobRow(db, jobId); // its pages are numbered on from the last one
        QSqlQuery q =
            Sql::run(db,
                     QStringLiteral("SELECT kind, state, (SELECT COALESCE(MAX(seq), 0) FROM print_pages "
                                    "WHERE job_id = print_jobs.id) FROM print_jobs WHERE id = ?"),
                     {jobId});
        if (!q.next())
            return Refused::failure(tr("Print job %1 does not exist.").arg(jobId));
        const std::optional<Kind> kind = kindFromCode(q.value(0).toString());
        const JobState state = jobState(q.value(1).toString());
        const int last = q.value(2).toInt();
        q.finish();
        if (!kind || *kind == Kind::PickList || state == JobState::Cancelled)
            return Refused::failure(
                tr("Job %1 is %2: no pages can be added.").arg(jobId).arg(displayName(state)));
        CreatedJob out;
        const int seq = addOrderPages(db, actor, jobId, *kind, orderIds, last, out);
        if (seq > last && state == JobState::Done) // the printer caught up with the wave: open the job again
            Sql::run(db,
                     QStringLiteral("UPDATE print_jobs SET state = 'queued', updated_at = ? WHERE id = ?"),
                     {Clock::nowText(), jobId});
        AuditLog::record(
            db, actor, QStringLiteral("print_job"), jobId, QStringLiteral("append"), {},
            {{QStringLiteral("pages"), seq - last}, {QStringLiteral("skipped"), int(out.skipped.size())}});
        tx.commit();
        out.jobId = jobId;
        out.pages = seq - last;
        return Refused::success(out);
    });
}
