// packline print: print or export print jobs, make a job from a batch rule, or export orders to PDF.
#include "Command.h"
#include "PrinterSetupOptions.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "printing/BatchRule.h"
#include "printing/CupsSpooler.h"
#include "printing/JobExport.h"
#include "printing/JobPageReader.h"
#include "printing/LabelRenderer.h"
#include "printing/OrderPrintData.h"
#include "printing/PageSink.h"
#include "printing/PrintQueue.h"
#include "printing/PrintRunner.h"
#include "printing/PrinterHealth.h"
#include "printing/TemplateLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace {
class PrintCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)
public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override
    {
        return tr("Print a job (resuming exactly the pages not done), make a job, or export labels to PDF.");
    }
    bool paints() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {QStringLiteral("job"), tr("The print job to print or export."), tr("N")},
            {QStringLiteral("to-pdf"),
             tr("Write the pages to this PDF instead of a printer (no page states change)."), tr("FILE")},
            {QStringLiteral("printer"),
             tr("Printer for this run or the new job (a CUPS name, or dir:FOLDER for the "
                "file-backed test printer)."),
             tr("NAME")},
            {QStringLiteral("backup"), tr("Backup printer of the new job."), tr("NAME")},
            {QStringLiteral("orders"),
             tr("Orders (ids or platform order numbers, comma-separated) to export."), tr("LIST")},
            {QStringLiteral("template"),
             tr("Template id (label-100x150, slip-a5, picklist-a4, …) or a .json file."), tr("ID")},
            {QStringLiteral("new-job"),
             tr("Make a job from Submitted orders chosen by the batch options below.")},
            {QStringLiteral("kind"), tr("Kind of the new job: label, slip or picklist (default label)."),
             tr("KIND"), QStringLiteral("label")},
            {QStringLiteral("courier"), tr("Batch: only this courier (ZTO, SF, …)."), tr("CODE")},
            {QStringLiteral("priority"), tr("Batch: only priority orders, highest first.")},
            {QStringLiteral("single-sku"),
             tr("Batch: single-SKU orders grouped by SKU (hot-item printing).")},
            {QStringLiteral("limit"), tr("Batch: at most N orders."), tr("N")},
            {QStringLiteral("list"), tr("List the print jobs.")},
            {QStringLiteral("reprint"), tr("Print page P again (needs --reason)."), tr("P")},
            {QStringLiteral("mark-done"),
             tr("Page P, left sent or failed, came out whole: mark it done (needs --reason)."), tr("P")},
            {QStringLiteral("reason"), tr("Why the page is printed again, or marked done."), tr("TEXT")},
            {QStringLiteral("move-to"),
             tr("With --job: the pages not done print on this printer from now on (the old one becomes "
                "the backup)."),
             tr("PRINTER")},
            {QStringLiteral("cancel"), tr("With --job: cancel the job (and its batches waiting at CUPS).")},
            {QStringLiteral("pause"), tr("With --job: pause the job (resume it with --job N).")},
            {QStringLiteral("pages"),
             tr("With --job: list its pages (number, state, order, tracking number, printer, error).")},
            {QStringLiteral("printer-status"),
             tr("Show the CUPS printers' state and reasons in words (only --printer NAME when given).")},
            {QStringLiteral("failover-after"),
             tr("With --job: move to the backup printer (or pause) when the printer is in trouble this "
                "long (default: the station's setting, 60)."),
             tr("SECONDS")},
        });
        PrinterSetupOptions::add(parser);
        CliContext::addForceOption(parser);
    }

    int run(CliContext &c) override
    {
        if (const std::optional<int> done = PrinterSetupOptions::run(c)) // no database needed
            return *done;
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        const QSqlDatabase sql = db.connection();
        try {
            if (c.parser.isSet(QStringLiteral("list")))
                return list(c, sql);
            if (c.parser.isSet(QStringLiteral("printer-status")))
                return printerStatus(c);
            if (c.parser.isSet(QStringLiteral("reprint")))
                return reprint(c, sql);
            if (c.parser.isSet(QStringLiteral("mark-done")))
                return markDone(c, sql);
            if (c.parser.isSet(QStringLiteral("new-job")))
                return newJob(c, sql);
            if (c.parser.isSet(QStringLiteral("orders")))
                return exportOrders(c, sql);
            if (c.parser.isSet(QStringLiteral("job")))
                return printJob(c, sql);
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        c.err << tr("Say what to print: --job N, --orders LIST --template ID --to-pdf FILE, --new-job, or "
                    "--list.")
              << Qt::endl;
        return ExitUsage;
    }

private:
    // A queue operation refused: its reason on stderr. True when it was.
    static bool refused(CliContext &c, const Result<> &r)
    {
        if (!r)
            c.err << r.message << Qt::endl;
        return !r;
    }
    // A queue operation's outcome: the refusal (exit 1), or what was done on stdout.
    static int report(CliContext &c, const Result<> &r, const QString &done)
    {
        if (refused(c, r))
            return ExitBadInput;
        c.out << done << Qt::endl;
        return ExitOk;
    }

    int list(CliContext &c, const QSqlDatabase &db)
    {
        for (const PrintQueue::JobRow &j : PrintQueue::jobs(db))
            c.out << QStringLiteral("%1  %2  %3  %4/%5  %6  %7\n")
                         .arg(j.id, 5)
                         .arg(j.kind, -8)
                         .arg(PrintQueue::displayName(j.state), -10)
                         .arg(j.done)
                         .arg(j.total)
                         .arg(j.printer, j.title);
        return ExitOk;
    }

    int printerStatus(CliContext &c)
    {
        CupsSpooler cups;
        const QString only = c.parser.value(QStringLiteral("printer"));
        const QStringList names = only.isEmpty() ? cups.printers() : QStringList{only};
        if (names.isEmpty())
            c.out << tr("No printers at the print server %1.").arg(cups.server()) << Qt::endl;
        bool allFine = true;
        for (const QString &name : names) {
            const CupsSpooler::Printer p = cups.printer(name);
            const QString trouble = PrinterHealth::trouble(name, p);
            allFine = allFine && trouble.isEmpty();
            c.out << QStringLiteral("%1  %2").arg(name, -20).arg(PrinterHealth::describe(p)) << Qt::endl;
        }
        return allFine ? ExitOk : ExitBadInput;
    }

    int markDone(CliContext &c, const QSqlDatabase &db)
    {
        const QString reason = c.parser.value(QStringLiteral("reason")).trimmed();
        if (reason.isEmpty()) {
            c.err << tr("--mark-done needs --reason: say how you know the page came out.") << Qt::endl;
            return ExitUsage;
        }
        return report(c,
                      PrintQueue::markDone(db, c.actor,
                                           c.parser.value(QStringLiteral("mark-done")).toLongLong(), reason),
                      tr("Page marked done."));
    }

    int pages(CliContext &c, const QSqlDatabase &db, qint64 jobId)
    {
        if (!PrintQueue::job(db, jobId)) {
            c.err << tr("Print job %1 does not exist.").arg(jobId) << Qt::endl;
            return ExitBadInput;
        }
        for (const PrintQueue::PageRow &p : PrintQueue::pages(db, jobId))
            c.out << QStringLiteral("%1  #%2  %3  %4  %5  %6  %7\n")
                         .arg(p.id, 7)
                         .arg(p.seq, -5)
                         .arg(PrintQueue::stateCode(p.state), -9)
                         .arg(p.orderNo, -22)
                         .arg(p.trackingNo, -18)
                         .arg(p.printer, p.error);
        return ExitOk;
    }

    int reprint(CliContext &c, const QSqlDatabase &db)
    {
        return report(c,
                      PrintQueue::reprint(db, c.actor, c.parser.value(QStringLiteral("reprint")).toLongLong(),
                                          c.parser.value(QStringLiteral("reason"))),
                      tr("Page queued again; run packline print --job N to print it."));
    }

    int newJob(CliContext &c, const QSqlDatabase &db)
    {
        const std::optional<PrintQueue::Kind> kind =
            PrintQueue::kindFromCode(c.parser.value(QStringLiteral("kind")));
        if (!kind) {
            c.err << tr("--kind is label, slip or picklist.") << Qt::endl;
            return ExitUsage;
        }
        PrintQueue::JobSpec spec;
        spec.kind = *kind;
        BatchRule rule;
        rule.courierCode = c.parser.value(QStringLiteral("courier")).toUpper();
        rule.priorityOnly = c.parser.isSet(QStringLiteral("priority"));
        rule.singleSku = c.parser.isSet(QStringLiteral("single-sku"));
        rule.limit = c.parser.value(QStringLiteral("limit")).toInt();
        spec.templateId = c.parser.value(QStringLiteral("template"));
        if (spec.templateId.isEmpty())
            spec.templateId = PrintQueue::defaultTemplateId(*kind);
        TemplateLibrary::load(spec.templateId); // a wrong id fails before anything is written
        spec.printer = c.parser.value(QStringLiteral("printer"));
        spec.backupPrinter = c.parser.value(QStringLiteral("backup"));
        spec.title = rule.describe();
        if (c.parser.isSet(QStringLiteral("orders"))) { // the operator's own selection, in their order
            bool ok = false;
            spec.orderIds = resolveOrders(c, db, &ok);
            if (!ok)
                return ExitBadInput;
            spec.title = tr("%1 chosen orders").arg(spec.orderIds.size());
        } else {
            spec.orderIds = Batching::select(db, rule);
        }
        const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db, c.actor, spec);
        if (!made) { // the message names each order that could not be printed, and why
            c.err << made.message << Qt::endl;
            return ExitBadInput;
        }
        for (const QString &s : made->skipped)
            c.err << tr("skipped %1").arg(s) << '\n';
        for (const QString &w : made->warnings)
            c.err << tr("warning: %1").arg(w) << '\n';
        c.out << tr("Job %1: %2 pages.").arg(made->jobId).arg(made->pages) << Qt::endl;
        return ExitOk;
    }

    QList<qint64> resolveOrders(CliContext &c, const QSqlDatabase &db, bool *ok)
    {
        QList<qint64> ids;
        *ok = true;
        for (const QString &token :
             c.parser.value(QStringLiteral("orders")).split(u',', Qt::SkipEmptyParts)) {
            const QString t = token.trimmed();
            QVariant id = Sql::scalar(
                db, QStringLiteral("SELECT id FROM orders WHERE platform_order_no = ? ORDER BY id LIMIT 1"),
                {t});
            if (!id.isValid())
                id = Sql::scalar(db, QStringLiteral("SELECT id FROM orders WHERE id = ?"), {t.toLongLong()});
            if (!id.isValid()) {
                c.err << tr("No order '%1' (neither an order number nor an id).").arg(t) << Qt::endl;
                *ok = false;
                continue;
            }
            ids << id.toLongLong();
        }
        return ids;
    }

    int exportOrders(CliContext &c, const QSqlDatabase &db)
    {
        const QString pdf = c.parser.value(QStringLiteral("to-pdf"));
        if (pdf.isEmpty()) {
            c.err << tr("--orders needs --to-pdf FILE (print orders through a job: --new-job).") << Qt::endl;
            return ExitUsage;
        }
        bool ok = false;
        const QList<qint64> ids = resolveOrders(c, db, &ok);
        if (!ok || ids.isEmpty())
            return ExitBadInput;
        const QString templateId = c.parser.value(QStringLiteral("template"));
        LabelRenderer renderer(
            TemplateLibrary::load(templateId.isEmpty() ? QStringLiteral("label-100x150") : templateId));
        PdfSink sink(pdf, PdfSink::Existing::Replace, OutputFile::databaseFile(db), c.overwrite());
        if (renderer.labelTemplate().kind == u"picklist") {
            sink.printPage(0, 1, renderer,
                           OrderPrintData::forPickList(db, ids, tr("%1 orders").arg(ids.size())));
        } else {
            int seq = 0;
            JobPageReader reader(db, 0, renderer.labelTemplate().kind, QString()); // pages of no job
            for (qint64 id : ids)
                sink.printPage(id, 1, renderer, reader.read(++seq, id, QString(), 0, int(ids.size())));
        }
        sink.finish();
        c.out << tr("%1 pages → %2").arg(sink.pages()).arg(pdf) << Qt::endl;
        return ExitOk;
    }

    int printJob(CliContext &c, const QSqlDatabase &db)
    {
        bool ok = false;
        const qint64 jobId = c.parser.value(QStringLiteral("job")).toLongLong(&ok);
        if (!ok) {
            c.err << tr("--job takes a job number.") << Qt::endl;
            return ExitUsage;
        }
        const QString pdf = c.parser.value(QStringLiteral("to-pdf"));
        if (!pdf.isEmpty())
            return exportJob(c, db, jobId, pdf);
        if (c.parser.isSet(QStringLiteral("pages")))
            return pages(c, db, jobId);
        if (c.parser.isSet(QStringLiteral("pause"))) {
            return report(c, PrintQueue::pause(db, c.actor, jobId),
                          tr("Job %1 paused; resume it with packline print --job %1.").arg(jobId));
        }
        if (c.parser.isSet(QStringLiteral("cancel"))) {
            return report(c, PrintQueue::cancel(db, c.actor, jobId), tr("Job %1 cancelled.").arg(jobId));
        }
        if (c.parser.isSet(QStringLiteral("move-to"))) {
            const QString to = c.parser.value(QStringLiteral("move-to"));
            const Result<> r = PrintQueue::moveTo(db, c.actor, jobId, to, tr("moved from the command line"));
            if (refused(c, r))
                return ExitBadInput;
            c.err << tr("Job %1 moves to %2: the pages not done print there.").arg(jobId).arg(to) << Qt::endl;
        }
        // A job that failed or paused (by a person or a printer in trouble) goes on where it stopped.
        if (const auto row = PrintQueue::job(db, jobId); row && PrintQueue::stoppedPart(row->state)) {
            const Result<> r = PrintQueue::resume(db, c.actor, jobId);
            if (refused(c, r))
                return ExitBadInput;
            c.err << tr("Job %1 was %2 (%3): resuming it.")
                         .arg(jobId)
                         .arg(PrintQueue::displayName(row->state), row->lastError)
                  << Qt::endl;
        }
        const QString printer = c.parser.value(QStringLiteral("printer"));
        QElapsedTimer timer;
        timer.start();
        PrintRunner runner(db, c.actor, jobId, printer.isEmpty() ? nullptr : PageSinks::open(printer));
        if (c.parser.isSet(QStringLiteral("failover-after")))
            runner.setFailoverAfter(c.parser.value(QStringLiteral("failover-after")).toInt());
        if (runner.settledDelivered() + runner.settledRequeued() + runner.settledUnknown() > 0)
            c.err << tr("After the interruption: %1 pages had come out, %2 are printed again, %3 need a "
                        "person to "
                        "check the printer.")
                         .arg(runner.settledDelivered())
                         .arg(runner.settledRequeued())
                         .arg(runner.settledUnknown())
                  << Qt::endl;
        PrintRunner::Step end = PrintRunner::Step::Printed;
        while (end == PrintRunner::Step::Printed || end == PrintRunner::Step::Waiting) {
            end = runner.step();
            for (const QString &notice : runner.takeNotices()) // failover: which labels went where
                c.err << notice << Qt::endl;
            if (end == PrintRunner::Step::Waiting)
                QThread::msleep(50);
        }
        const auto job = PrintQueue::job(db, jobId);
        c.out << tr("Job %1: %2 of %3 pages done (%4) in %5 s.")
                     .arg(jobId)
                     .arg(job ? job->done : 0)
                     .arg(job ? job->total : 0)
                     .arg(job ? PrintQueue::displayName(job->state) : QString())
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
              << Qt::endl;
        if (end == PrintRunner::Step::Failed || !runner.error().isEmpty()) { // failed, or paused by trouble
            c.err << runner.error() << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }

    int exportJob(CliContext &c, const QSqlDatabase &db, qint64 jobId, const QString &pdf)
    {
        const int pages = JobExport::toPdf(db, jobId, pdf, c.overwrite());
        c.out << tr("%1 pages → %2").arg(pages).arg(pdf) << Qt::endl;
        return ExitOk;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<PrintCommand>();
}};
} // namespace
