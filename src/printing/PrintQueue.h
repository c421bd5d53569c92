#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Print jobs and their pages in the database, so a crash, a jam or a dead printer never loses a
// label or prints one twice without anyone knowing. Page: queued → sent → done | failed.
namespace PrintQueue {
enum class Kind { Label, Slip, PickList };
QString kindCode(Kind kind);              // label | slip | picklist
QString displayName(const QString &code); // a kind or state code, translated

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

struct Created {
    qint64 jobId = 0;
    int pages = 0;
    QStringList skipped;  // "order 12 (…): no ZTO tracking numbers left"
    QStringList warnings; // low pools
    QString error;        // set when no job was made
    explicit operator bool() const { return jobId > 0; }
};

// Labels: each Submitted order gets a tracking number from its courier's pool (unless it has one)
// and moves to Printed, in one transaction with the pages. Orders that cannot are skipped, with why.
// Slips: one page per order, no stage change. Pick list: one page for the whole batch.
Created create(const QSqlDatabase &db, const Actor &actor, const JobSpec &spec);
// Adds orders to a label or slip job in their own transaction, so a big wave streams: the first
// chunk is printing while the next chunks get their numbers.
Created append(const QSqlDatabase &db, const Actor &actor, qint64 jobId, const QList<qint64> &orderIds);

struct JobRow {
    qint64 id = 0;
    QString kind, templateId, printer, backupPrinter, state, title, lastError, createdAt;
    int total = 0, done = 0, failed = 0, sent = 0;
};
struct PageRow {
    qint64 id = 0;
    int seq = 0;
    qint64 orderId = 0;
    QString orderNo, trackingNo, state, printer, error, payload;
    int attempts = 0, reprints = 0;
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
