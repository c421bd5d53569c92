#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// Print jobs and their pages in the database, so a crash, a jam or a dead printer never loses a
// label or prints one twice without anyone knowing. Page: queued → sent → done | failed.
namespace PrintQueue {
enum class Kind { Label, Slip, PickList };
QString kindCode(Kind kind); // label | slip | picklist
std::optional<Kind> kindFromCode(const QString &code);
QString defaultTemplateId(Kind kind);     // label-100x150 | slip-a5 | picklist-a4
QString displayName(const QString &code); // a kind or state code, translated

// A job: queued → printing → done; paused or failed until resumed; cancelled.
enum class JobState { Queued, Printing, Paused, Failed, Done, Cancelled };
// A page: queued → sent → done | failed; cancelled with its job.
enum class PageState { Queued, Sent, Done, Failed, Cancelled };
// The codes in print_jobs.state / print_pages.state, the database's side of the states only.
QString stateCode(JobState state);
QString stateCode(PageState state);
// Throws Error for a code that is not a state (a database written by a newer Packline).
JobState jobState(const QString &code);
PageState pageState(const QString &code);
QString displayName(JobState state);
QString displayName(PageState state);
// Paused or failed: stopped part-way, resume() goes on where it stopped.
inline bool stoppedPart(JobState state)
{
    return state == JobState::Paused || state == JobState::Failed;
}

struct JobSpec {
    Kind kind = Kind::Label;
    QString templateId;
    QString printer;
    QString backupPrinter;
    QString title;
    QList<qint64> orderIds; // in print order
    // The printer must exist before anything is spent (off only for benchmarks' own sinks).
    bool checkPrinter = true;
};

// What a new or grown job took; a refusal (no printer, no order printable) is a Result's message.
struct CreatedJob {
    qint64 jobId = 0;
    int pages = 0;
    QStringList skipped;  // "order 12 (…): no ZTO tracking numbers left"
    QStringList warnings; // low pools
};

// Labels: each Submitted order gets a tracking number from its courier's pool (unless it has one)
// and moves to Printed, in one transaction with the pages. Orders that cannot are skipped, with why.
// Slips: one page per order, no stage change. Pick list: one page for the whole batch.
Result<CreatedJob> create(const QSqlDatabase &db, const Actor &actor, const JobSpec &spec);
// Adds orders to a label or slip job in their own transaction, so a big wave streams: the first
// chunk is printing while the next chunks get their numbers.
Result<CreatedJob> append(const QSqlDatabase &db, const Actor &actor, qint64 jobId,
                          const QList<qint64> &orderIds);

struct JobRow {
    qint64 id = 0;
    QString kind, templateId, printer, backupPrinter;
    JobState state = JobState::Queued;
    QString title, lastError, createdAt;
    int total = 0, done = 0, failed = 0, sent = 0;
    bool operator==(const JobRow &) const = default;
};
struct PageRow {
    qint64 id = 0;
    int seq = 0;
    qint64 orderId = 0;
    QString orderNo, trackingNo;
    PageState state = PageState::Queued;
    QString printer, error, payload;
    int attempts = 0, reprints = 0;
    bool operator==(const PageRow &) const = default;
};
QList<JobRow> jobs(const QSqlDatabase &db, int limit = 200);
std::optional<JobRow> job(const QSqlDatabase &db, qint64 jobId);
QList<PageRow> pages(const QSqlDatabase &db, qint64 jobId);

Result<> pause(const QSqlDatabase &db, const Actor &actor, qint64 jobId);
Result<> resume(const QSqlDatabase &db, const Actor &actor, qint64 jobId);
// Cancels the job, and its batches still waiting at CUPS.
Result<> cancel(const QSqlDatabase &db, const Actor &actor, qint64 jobId);
// The printer failed: the pages not done go to the backup printer (the operator said so).
Result<> moveToBackup(const QSqlDatabase &db, const Actor &actor, qint64 jobId);
// The pages not done print on printer from now on (the old printer becomes the backup); audited
// with the reason. Refused when there is no such printer.
Result<> moveTo(const QSqlDatabase &db, const Actor &actor, qint64 jobId, const QString &printer,
                const QString &reason);
Result<> setPrinters(const QSqlDatabase &db, const Actor &actor, qint64 jobId, const QString &printer,
                     const QString &backup);
// Reprint a page: needs a reason, audited; the page shows 补打 and the count.
Result<> reprint(const QSqlDatabase &db, const Actor &actor, qint64 pageId, const QString &reason);
// A page left 'sent' or 'failed' that the operator saw come out whole.
Result<> markDone(const QSqlDatabase &db, const Actor &actor, qint64 pageId, const QString &reason);
} // namespace PrintQueue
