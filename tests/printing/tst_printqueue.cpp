// The print queue: label jobs assign numbers and move orders to Printed in one go; batches;
// pause/resume/cancel; a dead printer hands over to the backup; reprints are audited; and
// kill -9 in the middle of a job, then resume, prints every page exactly once.
#include "TestDatabase.h"
#include "ZbarDecode.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"
#include "printing/BatchRule.h"
#include "printing/PageSink.h"
#include "printing/PrintQueue.h"
#include "printing/PrintRunner.h"
#include "printing/TrackingPool.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <array>
#include <unistd.h>

namespace {
// A real spooler cannot say whether a page came out: delivered() stays unknown.
class SpoolerLikeSink : public PageSink {
public:
    QString name() const override { return QStringLiteral("spooler"); }
    void printPage(qint64, int, const LabelRenderer &, const PrintData &) override { ++printed; }
    int printed = 0;
};
} // namespace

class TestPrintQueue : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_t;
    QSqlDatabase db() const { return m_t->connection(); }
    QString printer(const QString &name) const { return QStringLiteral("dir:") + m_t->dir() + u'/' + name; }

    QList<qint64> submitted(int limit = 1000)
    {
        return Batching::select(db(), BatchRule{QString(), false, false, 0, limit});
    }
    // Pages in a PDF, from poppler's pdfinfo (not our writer's own count); -1 when unreadable.
    static int pdfPages(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return -1;
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    QMap<QString, int> pageStates(qint64 job) const
    {
        QMap<QString, int> out;
        for (const auto &page : PrintQueue::pages(db(), job))
            ++out[PrintQueue::stateCode(page.state)];
        return out;
    }
    // A slip job of n pages to printer, cycling over a few Printed orders (slips move no stage).
    qint64 slipJob(int n, const QString &printer)
    {
        const QList<qint64> orders = Batching::select(db(), BatchRule{QString(), false, false, 0, 5});
        PrintQueue::JobSpec spec;
        spec.kind = PrintQueue::Kind::Slip;
        spec.templateId = QStringLiteral("slip-a5");
        spec.printer = printer;
        spec.orderIds = orders;
        const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db(), TestDatabase::actor(), spec);
        if (!made)
            qWarning() << made.message;
        for (int seq = int(orders.size()) + 1; seq <= n; ++seq)
            Sql::run(db(),
                     QStringLiteral(
                         "INSERT INTO print_pages (job_id, seq, order_id, payload) VALUES (?, ?, ?, '')"),
                     {made->jobId, seq, orders.at(seq % orders.size())});
        return made->jobId;
    }
    QStringList files(const QString &name) const
    {
        return QDir(m_t->dir() + u'/' + name).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    }
    // Every page of the job done, and exactly one file for each in the test printer's folder.
    bool eachPageDoneOnce(const QString &folder, qint64 job) const
    {
        QMap<qint64, int> printed;
        for (const QString &f : files(folder))
            ++printed[f.section(u'-', 1, 1).toLongLong()];
        const auto pages = PrintQueue::pages(db(), job);
        for (const auto &page : pages)
            if (page.state != PrintQueue::PageState::Done || printed.value(page.id) != 1) {
                qWarning() << "page" << page.id << PrintQueue::stateCode(page.state) << "printed"
                           << printed.value(page.id) << "times";
                return false;
            }
        return printed.size() == pages.size();
    }
    qint64 labelJob(const QList<qint64> &orders, const QString &printerName, const QString &backup = {})
    {
        PrintQueue::JobSpec spec;
        spec.templateId = QStringLiteral("label-100x150");
        spec.printer = printer(printerName);
        spec.backupPrinter = backup.isEmpty() ? QString() : printer(backup);
        spec.orderIds = orders;
        const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db(), TestDatabase::actor(), spec);
        if (!made)
            qWarning() << made.message;
        return made->jobId;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        m_t->seedDemo(600);
        for (const auto &[courier, first, last] : {std::tuple{"ZTO", "753000000001", "753000000500"},
                                                   std::tuple{"YTO", "YT3000000000001", "YT3000000000500"},
                                                   std::tuple{"STO", "7730000000001", "7730000000500"},
                                                   std::tuple{"YUNDA", "4330000000001", "4330000000500"},
                                                   std::tuple{"SF", "SF3000000000001", "SF3000000000500"},
                                                   std::tuple{"JT", "JT3000000000001", "JT3000000000500"}}) {
            const PoolImport r =
                TrackingPool::importRange(db(), TestDatabase::actor(), QLatin1String(courier),
                                          QLatin1String(first), QLatin1String(last));
            QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        }
    }

    void labelJobAssignsNumbersAndMovesOrders()
    {
        const QList<qint64> orders = submitted();
        QVERIFY(orders.size() >= 20);
        const qint64 auditBefore = countRows(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        PrintQueue::JobSpec spec;
        spec.templateId = QStringLiteral("label-100x150");
        spec.printer = printer(QStringLiteral("p"));
        spec.orderIds = orders;
        const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db(), TestDatabase::actor(), spec);
        QVERIFY2(made, qPrintable(made.message));
        const qint64 noCourier = countRows(db(),
                                           QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = ? AND "
                                                          "(courier_code IS NULL OR courier_code = '')"),
                                           {Stages::code(Stage::Submitted)});
        QCOMPARE(made->skipped.size(), noCourier); // only those without a courier stay behind, with why
        QCOMPARE(made->pages + made->skipped.size(), orders.size());
        // Every printed order: Printed, a valid number from its own courier's pool, in print order.
        const auto pages = PrintQueue::pages(db(), made->jobId);
        QCOMPARE(pages.size(), made->pages);
        for (const auto &p : pages) {
            QVERIFY(!p.trackingNo.isEmpty());
            QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {p.orderId})
                         .toString(),
                     Stages::code(Stage::Printed));
            QCOMPARE(
                Sql::scalar(db(),
                            QStringLiteral("SELECT t.courier_code = o.courier_code FROM tracking_numbers t "
                                           "JOIN orders o ON o.id = t.order_id WHERE t.tracking_no = ?"),
                            {p.trackingNo})
                    .toInt(),
                1);
        }
        // stage + tracking audit per order, one for the job.
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")) - auditBefore,
                 2 * made->pages + 1);
        // The same orders again: nothing left to print, no empty job.
        const Result<PrintQueue::CreatedJob> again = PrintQueue::create(db(), TestDatabase::actor(), spec);
        QVERIFY(!again);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM print_jobs")), 1);
    }

    void emptyPoolSkipsWithReason()
    {
        Sql::run(db(), QStringLiteral("DELETE FROM tracking_numbers WHERE courier_code = 'ZTO'"));
        const QList<qint64> zto =
            Batching::select(db(), BatchRule{QStringLiteral("ZTO"), false, false, 0, 0});
        QVERIFY(!zto.isEmpty());
        PrintQueue::JobSpec spec;
        spec.templateId = QStringLiteral("label-100x150");
        spec.printer = printer(QStringLiteral("p"));
        spec.orderIds = zto;
        const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db(), TestDatabase::actor(), spec);
        QVERIFY(!made);
        QVERIFY(made.message.contains(QStringLiteral("ZTO")));
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = ?"),
                           {Stages::code(Stage::Printed)}),
                 countRows(db(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM orders WHERE stage = ? AND id NOT IN (SELECT order_id "
                               "FROM tracking_numbers WHERE order_id IS NOT NULL)"),
                           {Stages::code(Stage::Printed)})); // no order moved
    }

    void batchRules()
    {
        const auto location = [this](qint64 id) {
            return Sql::scalar(db(),
                               QStringLiteral(
                                   "SELECT MIN(COALESCE(k.location, '')) FROM order_lines l LEFT JOIN skus k "
                                   "ON k.id = l.sku_id WHERE l.order_id = ?"),
                               {id})
                .toString();
        };
        const QList<qint64> zto =
            Batching::select(db(), BatchRule{QStringLiteral("ZTO"), false, false, 0, 0});
        QVERIFY(zto.size() > 2);
        for (qsizetype i = 0; i < zto.size(); ++i) {
            QCOMPARE(
                Sql::scalar(db(), QStringLiteral("SELECT courier_code FROM orders WHERE id = ?"), {zto[i]})
                    .toString(),
                QStringLiteral("ZTO"));
            if (i > 0)
                QVERIFY(location(zto[i - 1]) <= location(zto[i])); // the picker's walk
        }
        const QList<qint64> hot = Batching::select(db(), BatchRule{QString(), false, true, 0, 0});
        QVERIFY(hot.size() > 2);
        QList<qint64> skus;
        for (qint64 id : hot) {
            QCOMPARE(
                countRows(db(), QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = ?"), {id}),
                1);
            skus << Sql::scalar(db(), QStringLiteral("SELECT sku_id FROM order_lines WHERE order_id = ?"),
                                {id})
                        .toLongLong();
        }
        // Grouped: once a SKU's run ends it never comes back; biggest group first.
        QList<qint64> seen;
        QList<int> sizes;
        for (qsizetype i = 0; i < skus.size(); ++i) {
            if (i == 0 || skus[i] != skus[i - 1]) {
                QVERIFY(!seen.contains(skus[i]));
                seen << skus[i];
                sizes << 0;
            }
            ++sizes.last();
        }
        for (qsizetype i = 1; i < sizes.size(); ++i)
            QVERIFY(sizes[i - 1] >= sizes[i]);
        QCOMPARE(Batching::select(db(), BatchRule{QString(), false, false, 0, 5}).size(), 5);
    }

    void printPauseResumeCancel()
    {
        const qint64 job = labelJob(submitted().mid(0, 12), QStringLiteral("p"));
        QVERIFY(job);
        PrintRunner runner(db(), TestDatabase::actor(), job);
        QCOMPARE(runner.step(), PrintRunner::Step::Printed);
        QCOMPARE(runner.step(), PrintRunner::Step::Printed);
        QVERIFY(PrintQueue::pause(db(), TestDatabase::actor(), job));
        QCOMPARE(runner.step(), PrintRunner::Step::Stopped);
        QCOMPARE(files(QStringLiteral("p")).size(), 2);
        // Both printed pages are done (the second in the stopping step), none is left 'sent'.
        QCOMPARE(pageStates(job),
                 (QMap<QString, int>{{QStringLiteral("done"), 2}, {QStringLiteral("queued"), 10}}));
        QVERIFY(PrintQueue::resume(db(), TestDatabase::actor(), job));
        QCOMPARE(runner.step(), PrintRunner::Step::Printed);
        QVERIFY(PrintQueue::cancel(db(), TestDatabase::actor(), job));
        QCOMPARE(runner.step(), PrintRunner::Step::Stopped);
        QCOMPARE(files(QStringLiteral("p")).size(), 3);
        QCOMPARE(countRows(db(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM print_pages WHERE job_id = ? AND state = 'cancelled'"),
                           {job}),
                 9);
        QVERIFY(!PrintQueue::resume(db(), TestDatabase::actor(), job)); // cancelled is final
    }

    // The server aborts two of the runner's transactions to settle conflicts with other writers
    // (deadlocks, forced by a trigger on the 3rd and the 8th update of a page row): each runs again,
    // every page comes out once and the job ends done.
    void abortedTransactionsRunAgainAndPrintEachPageOnce()
    {
        if (!TestDatabase::onServer())
            QSKIP("a deadlock forced by a PL/pgSQL trigger: PostgreSQL only");
        const qint64 job = labelJob(submitted().mid(0, 6), QStringLiteral("p"));
        QVERIFY(job);
        const QString aborts =
            m_t->failUpdatesAsDeadlocks(QStringLiteral("print_pages"), QStringLiteral("3, 8"));
        const int retries = Transaction::retries();
        {
            PrintRunner runner(db(), TestDatabase::actor(), job);
            QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        }
        QVERIFY(Sql::scalar(db(), QStringLiteral("SELECT last_value FROM %1").arg(aborts)).toInt() >= 8);
        QCOMPARE(Transaction::retries(), retries + 2);
        QVERIFY(eachPageDoneOnce(QStringLiteral("p"), job));
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Done);
    }

    void failingPrinterHandsOverToBackup()
    {
        const qint64 job = labelJob(submitted().mid(0, 8), QStringLiteral("main"), QStringLiteral("backup"));
        QVERIFY(job);
        QDir().mkpath(m_t->dir() + QStringLiteral("/main"));
        PrintRunner first(db(), TestDatabase::actor(), job);
        QCOMPARE(first.step(), PrintRunner::Step::Printed);
        QFile offline(m_t->dir() + QStringLiteral("/main/OFFLINE"));
        QVERIFY(offline.open(QIODevice::WriteOnly)); // out of paper
        offline.close();
        QCOMPARE(first.runAll(), PrintRunner::Step::Failed);
        QVERIFY(first.error().contains(QStringLiteral("offline")));
        auto j = PrintQueue::job(db(), job);
        QCOMPARE(j->state, PrintQueue::JobState::Failed);
        QCOMPARE(j->done, 1);
        QCOMPARE(j->failed, 1);
        // The operator's word: move the rest to the backup.
        QVERIFY(PrintQueue::moveToBackup(db(), TestDatabase::actor(), job));
        PrintRunner second(db(), TestDatabase::actor(), job);
        QCOMPARE(second.runAll(), PrintRunner::Step::Finished);
        QCOMPARE(files(QStringLiteral("main")).size(), 1);
        QCOMPARE(files(QStringLiteral("backup")).size(), 7);
        j = PrintQueue::job(db(), job);
        QCOMPARE(j->state, PrintQueue::JobState::Done);
        QCOMPARE(j->done, 8);
        QCOMPARE(
            countRows(db(),
                      QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'print_job' AND action = "
                                     "'backup_printer' AND entity_id = ?"),
                      {job}),
            1);
    }

    void reprintNeedsReasonAndShowsTheMark()
    {
        const qint64 job = labelJob(submitted().mid(0, 3), QStringLiteral("p"));
        PrintRunner runner(db(), TestDatabase::actor(), job);
        QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        const auto page = PrintQueue::pages(db(), job).at(1);
        QVERIFY(!PrintQueue::reprint(db(), TestDatabase::actor(), page.id, QStringLiteral("  ")));
        QVERIFY(PrintQueue::reprint(db(), TestDatabase::actor(), page.id, QStringLiteral("卡纸")));
        QCOMPARE(countRows(db(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM audit_log WHERE entity = 'print_page' AND entity_id = ? "
                               "AND action = 'reprint' AND after_json LIKE ?"),
                           {page.id, QStringLiteral("%卡纸%")}),
                 1);
        PrintRunner again(db(), TestDatabase::actor(), job);
        QCOMPARE(again.runAll(), PrintRunner::Step::Finished);
        const QStringList out = files(QStringLiteral("p"));
        QCOMPARE(out.size(), 4);
        const QString second = QStringLiteral("page-%1-2.png").arg(page.id);
        QVERIFY(out.contains(second));
        const QImage first(m_t->dir() + QStringLiteral("/p/page-%1-1.png").arg(page.id));
        const QImage reprinted(m_t->dir() + QStringLiteral("/p/") + second);
        // 补打 ×1 in white on black in the top right corner (58..97 mm × 1..11 mm at 203 dpi).
        const QRect mark(QRectF(58 * 8, 1 * 8, 39 * 8, 10 * 8).toRect());
        const auto dark = [](const QImage &img, const QRect &r) {
            int n = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    n += qGray(img.pixel(x, y)) < 128;
            return n;
        };
        QCOMPARE(dark(first, mark), 0);
        QVERIFY(dark(reprinted, mark) > mark.width() * mark.height() / 3);
        QVERIFY(zbarDecode(reprinted).contains(page.trackingNo)); // the same number, not a new one
    }

    // A big wave streams: the first chunk prints while later chunks get their numbers.
    void appendStreamsAJob()
    {
        const QList<qint64> orders = submitted();
        const qint64 job = labelJob(orders.mid(0, 3), QStringLiteral("stream"));
        QVERIFY(job);
        PrintRunner runner(db(), TestDatabase::actor(), job);
        QCOMPARE(runner.step(), PrintRunner::Step::Printed);
        const Result<PrintQueue::CreatedJob> more =
            PrintQueue::append(db(), TestDatabase::actor(), job, orders.mid(3, 5));
        QVERIFY2(more, qPrintable(more.message));
        QCOMPARE(more->pages, 5);
        QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        const auto pages = PrintQueue::pages(db(), job);
        QCOMPARE(pages.size(), 8);
        for (int i = 0; i < pages.size(); ++i) {
            QCOMPARE(pages.at(i).seq, i + 1);
            QCOMPARE(pages.at(i).orderId, orders.at(i));
            QCOMPARE(pages.at(i).state, PrintQueue::PageState::Done);
        }
        // Orders already in the job are Printed now: appending them again adds nothing.
        QCOMPARE(PrintQueue::append(db(), TestDatabase::actor(), job, orders.mid(0, 2))->pages, 0);
        QCOMPARE(files(QStringLiteral("stream")).size(), 8);
    }

    void unknownAfterCrashWaitsForAPerson()
    {
        const qint64 job = labelJob(submitted().mid(0, 3), QStringLiteral("p"));
        const auto page = PrintQueue::pages(db(), job).at(0);
        Sql::run(db(), QStringLiteral("UPDATE print_pages SET state = 'sent', attempts = 1 WHERE id = ?"),
                 {page.id});
        auto sink = std::make_unique<SpoolerLikeSink>();
        SpoolerLikeSink *spy = sink.get();
        PrintRunner runner(db(), TestDatabase::actor(), job, std::move(sink));
        QCOMPARE(runner.settledUnknown(), 1);
        QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        QCOMPARE(spy->printed, 2); // not the uncertain one
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Failed);
        QVERIFY(PrintQueue::markDone(db(), TestDatabase::actor(), page.id, QStringLiteral("came out fine")));
        QCOMPARE(PrintQueue::pages(db(), job).at(0).state, PrintQueue::PageState::Done);
    }

    // What the print queue view does to a page left for a person, from the command line: list the
    // job's pages, mark the one that came out done (only with a reason), pause the job.
    void commandLineMarksDoneAndPauses()
    {
        const qint64 job = labelJob(submitted().mid(0, 3), QStringLiteral("p"));
        const auto page = PrintQueue::pages(db(), job).at(0);
        Sql::run(db(),
                 QStringLiteral("UPDATE print_pages SET state = 'failed', error = 'jammed' WHERE id = ?"),
                 {page.id});
        const auto cli = [&](const QStringList &arguments, QString *out) {
            QProcess p;
            p.start(QStringLiteral(PACKLINE_BINARY),
                    QStringList{QStringLiteral("print"), QStringLiteral("--db"), m_t->path()} + arguments);
            if (!p.waitForFinished(60000))
                return -1;
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(cli({QStringLiteral("--job"), QString::number(job), QStringLiteral("--pages")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("failed")) && out.contains(QStringLiteral("jammed")) &&
                     out.contains(page.trackingNo),
                 qPrintable(out));
        QVERIFY(cli({QStringLiteral("--mark-done"), QString::number(page.id)}, &out) != 0); // no reason
        QCOMPARE(PrintQueue::pages(db(), job).at(0).state, PrintQueue::PageState::Failed);
        QCOMPARE(cli({QStringLiteral("--mark-done"), QString::number(page.id), QStringLiteral("--reason"),
                      QStringLiteral("came out whole")},
                     &out),
                 0);
        QCOMPARE(PrintQueue::pages(db(), job).at(0).state, PrintQueue::PageState::Done);
        QVERIFY(cli({QStringLiteral("--mark-done"), QString::number(page.id), QStringLiteral("--reason"),
                     QStringLiteral("again")},
                    &out) != 0); // nothing waits for a decision any more
        QCOMPARE(cli({QStringLiteral("--job"), QString::number(job), QStringLiteral("--pause")}, &out), 0);
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Paused);
    }

    // A PDF is only a document once its end is written: pages stay 'sent' until then, a pause
    // completes the file with what was drawn, and the rest go to a new file, never over the first.
    void pdfPrinterDeliversPagesWhenTheFileIsWhole()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString pdf = m_t->dir() + QStringLiteral("/labels.pdf");
        const qint64 job = labelJob(submitted().mid(0, 10), QString());
        Sql::run(db(), QStringLiteral("UPDATE print_jobs SET printer = ? WHERE id = ?"),
                 {QString(QStringLiteral("pdf:") + pdf), job});
        {
            PrintRunner runner(db(), TestDatabase::actor(), job);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(runner.step(), PrintRunner::Step::Printed);
            QVERIFY(!QFile::exists(pdf)); // nothing half-written where the file will be
            QCOMPARE(pageStates(job).value(QStringLiteral("done")), 0);
            QCOMPARE(pageStates(job).value(QStringLiteral("sent")), 10); // claimed as one batch
            QVERIFY(PrintQueue::pause(db(), TestDatabase::actor(), job));
            QCOMPARE(runner.step(), PrintRunner::Step::Stopped);
            QCOMPARE(pdfPages(pdf), 3);
            QCOMPARE(pageStates(job),
                     (QMap<QString, int>{{QStringLiteral("done"), 3}, {QStringLiteral("queued"), 7}}));
            // The pages that were claimed but never drawn are as they were: not attempted.
            QCOMPARE(countRows(db(),
                               QStringLiteral("SELECT COUNT(*) FROM print_pages WHERE job_id = ? AND "
                                              "state = 'queued' AND attempts = 0"),
                               {job}),
                     7);
            QVERIFY(PrintQueue::resume(db(), TestDatabase::actor(), job));
            QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        }
        QCOMPARE(pdfPages(pdf), 3);
        QCOMPARE(pdfPages(m_t->dir() + QStringLiteral("/labels-2.pdf")), 7);
        QCOMPARE(pageStates(job), (QMap<QString, int>{{QStringLiteral("done"), 10}}));
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Done);
    }

    // A page that cannot be drawn takes its PDF with it (half a page cannot be taken out): the
    // pages drawn before it print again, it is failed with the reason, and no file appears.
    void pdfWithAFailingPageIsDroppedWhole()
    {
        const QString pdf = m_t->dir() + QStringLiteral("/labels.pdf");
        const qint64 job = labelJob(submitted().mid(0, 6), QString());
        Sql::run(db(), QStringLiteral("UPDATE print_jobs SET printer = ? WHERE id = ?"),
                 {QString(QStringLiteral("pdf:") + pdf), job});
        const auto pages = PrintQueue::pages(db(), job);
        // Page 4's order has a tracking number Code 128 cannot carry.
        Sql::run(db(), QStringLiteral("UPDATE orders SET tracking_no = '运单' WHERE id = ?"),
                 {pages.at(3).orderId});
        PrintRunner runner(db(), TestDatabase::actor(), job);
        QCOMPARE(runner.runAll(), PrintRunner::Step::Failed);
        QVERIFY2(runner.error().contains(QStringLiteral("barcode")), qPrintable(runner.error()));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(QDir(m_t->dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
        QCOMPARE(pageStates(job),
                 (QMap<QString, int>{{QStringLiteral("failed"), 1}, {QStringLiteral("queued"), 5}}));
        QCOMPARE(PrintQueue::pages(db(), job).at(3).state, PrintQueue::PageState::Failed);
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Failed);
    }

    // Cancelled while the file could not be made: the job stays cancelled, none of its pages
    // goes back to the queue (a backup printer would print what the person cancelled).
    void cancelledPdfJobStaysCancelledWhenTheFileFails()
    {
        const QString folder = m_t->dir() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(folder));
        const qint64 job = labelJob(submitted().mid(0, 10), QString());
        Sql::run(db(), QStringLiteral("UPDATE print_jobs SET printer = ? WHERE id = ?"),
                 {QString(QStringLiteral("pdf:") + folder + QStringLiteral("/labels.pdf")), job});
        PrintRunner runner(db(), TestDatabase::actor(), job);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(runner.step(), PrintRunner::Step::Printed);
        QVERIFY(PrintQueue::cancel(db(), TestDatabase::actor(), job));
        QVERIFY(QDir(folder).removeRecursively()); // the folder goes: the file cannot be made
        QCOMPARE(runner.step(), PrintRunner::Step::Failed);
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Cancelled);
        QCOMPARE(pageStates(job), (QMap<QString, int>{{QStringLiteral("cancelled"), 10}}));
    }

    // Pages left 'sent' by the printer a job was moved away from are for a person to check: the
    // backup cannot say whether they came out of the first printer.
    void recoveryAsksOnlyThePrinterThePageWentTo()
    {
        const qint64 job = labelJob(submitted().mid(0, 3), QStringLiteral("main"));
        const auto page = PrintQueue::pages(db(), job).at(0);
        Sql::run(
            db(),
            QStringLiteral("UPDATE print_pages SET state = 'sent', attempts = 1, printer = ? WHERE id = ?"),
            {printer(QStringLiteral("main")), page.id});
        Sql::run(db(), QStringLiteral("UPDATE print_jobs SET printer = ? WHERE id = ?"),
                 {printer(QStringLiteral("backup")), job});
        PrintRunner runner(db(), TestDatabase::actor(), job);
        QCOMPARE(runner.settledUnknown(), 1);
        QCOMPARE(runner.settledRequeued(), 0);
        QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        QCOMPARE(files(QStringLiteral("backup")).size(), 2);
    }

    // Two stations printing to one PDF folder at once each get a file of their own.
    void twoPdfRunsToOneNameKeepBothFiles()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString pdf = m_t->dir() + QStringLiteral("/wave.pdf");
        const QList<qint64> orders = submitted();
        const qint64 a = labelJob(orders.mid(0, 2), QString());
        const qint64 b = labelJob(orders.mid(2, 3), QString());
        for (qint64 job : {a, b})
            Sql::run(db(), QStringLiteral("UPDATE print_jobs SET printer = ? WHERE id = ?"),
                     {QString(QStringLiteral("pdf:") + pdf), job});
        PrintRunner first(db(), TestDatabase::actor(), a);
        PrintRunner second(db(), TestDatabase::actor(), b);
        QCOMPARE(first.step(), PrintRunner::Step::Printed); // both files open, neither exists yet
        QCOMPARE(second.step(), PrintRunner::Step::Printed);
        QCOMPARE(second.runAll(), PrintRunner::Step::Finished);
        QCOMPARE(first.runAll(), PrintRunner::Step::Finished);
        QCOMPARE(pdfPages(pdf), 3);
        QCOMPARE(pdfPages(m_t->dir() + QStringLiteral("/wave-2.pdf")), 2);
    }

    // One process prints a job at a time: a second one is refused (it would have taken the first
    // one's pages in flight for a crash's leftovers), and is let in once the first has stopped.
    void secondProcessCannotPrintAJobInFlight()
    {
        const qint64 job = labelJob(submitted().mid(0, 4), QStringLiteral("busy"));
        auto first = std::make_unique<PrintRunner>(db(), TestDatabase::actor(), job);
        QCOMPARE(first->step(), PrintRunner::Step::Printed);
        QProcess other;
        other.start(QStringLiteral(PACKLINE_BINARY),
                    {QStringLiteral("print"), QStringLiteral("--db"), m_t->path(), QStringLiteral("--job"),
                     QString::number(job)});
        QVERIFY(other.waitForFinished(30000));
        QVERIFY(other.exitCode() != 0);
        const QString why = QString::fromUtf8(other.readAllStandardError());
        QVERIFY2(why.contains(
                     QStringLiteral("another Packline (process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(why));
        QCOMPARE(files(QStringLiteral("busy")).size(), 1);
        QCOMPARE(pageStates(job).value(QStringLiteral("failed")), 0); // its page in flight was left alone
        first.reset();
        other.start(QStringLiteral(PACKLINE_BINARY),
                    {QStringLiteral("print"), QStringLiteral("--db"), m_t->path(), QStringLiteral("--job"),
                     QString::number(job)});
        QVERIFY(other.waitForFinished(30000));
        QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
        QCOMPARE(files(QStringLiteral("busy")).size(), 4);
    }

    // The lease is in the database, not a file beside the path as typed: a second process that
    // opens the database through a symlink is refused and names the holder; a hard link (a second
    // name, whose journal SQLite would keep apart) is refused at open. No page comes out twice.
    void secondProcessThroughALinkIsRefused()
    {
        if (TestDatabase::onServer())
            QSKIP("a database file's other names: SQLite only (a server database has one URI)");
        const qint64 job = labelJob(submitted().mid(0, 4), QStringLiteral("linked"));
        PrintRunner first(db(), TestDatabase::actor(), job);
        QCOMPARE(first.step(), PrintRunner::Step::Printed);
        const QString symlink = m_t->dir() + QStringLiteral("/by-symlink.db");
        const QString hardLink = m_t->dir() + QStringLiteral("/by-hard-link.db");
        QVERIFY(QFile::link(m_t->path(), symlink));
        for (const QString &via : {symlink, hardLink}) {
            if (via == hardLink)
                QCOMPARE(::link(QFile::encodeName(m_t->path()).constData(),
                                QFile::encodeName(hardLink).constData()),
                         0);
            QProcess other;
            other.start(QStringLiteral(PACKLINE_BINARY),
                        {QStringLiteral("print"), QStringLiteral("--db"), via, QStringLiteral("--job"),
                         QString::number(job)});
            QVERIFY(other.waitForFinished(30000));
            const QString why = QString::fromUtf8(other.readAllStandardError());
            QVERIFY2(other.exitCode() != 0, qPrintable(via + u' ' + why));
            if (via == symlink)
                QVERIFY2(why.contains(QStringLiteral("another Packline (process %1 on")
                                          .arg(QCoreApplication::applicationPid())) &&
                             why.contains(TestDatabase::actor().station),
                         qPrintable(why));
            else
                QVERIFY2(why.contains(QStringLiteral("hard links")), qPrintable(why));
            QCOMPARE(files(QStringLiteral("linked")).size(), 1);
        }
        QVERIFY(QFile::remove(hardLink));
        QCOMPARE(first.runAll(), PrintRunner::Step::Finished);
        QCOMPARE(files(QStringLiteral("linked")).size(), 4);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM print_job_leases")), 0); // released
        // No lock file beside the database any more.
        QCOMPARE(QDir(m_t->dir()).entryList({QStringLiteral("*.lock")}, QDir::Files).size(), 0);
    }

    // A holder on another computer killed with SIGKILL (its process cannot be looked up from
    // here) is taken over once its heartbeat is older than the stale time, not before; on a
    // server at once (its connection is gone). The job then prints every page exactly once.
    void killedHolderIsTakenOverAfterTheStaleTime()
    {
        const qint64 job = labelJob(submitted().mid(0, 12), QStringLiteral("stale"));
        const int total = int(PrintQueue::pages(db(), job).size());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PACKLINE_PRINT_LEASE_STALE_SECONDS"), QStringLiteral("5"));
        env.insert(QStringLiteral("PACKLINE_TEST_PRINTER_MS"), QStringLiteral("150"));
        const QStringList args{QStringLiteral("print"), QStringLiteral("--db"), m_t->path(),
                               QStringLiteral("--job"), QString::number(job)};
        QProcess holder;
        holder.setProcessEnvironment(env);
        holder.start(QStringLiteral(PACKLINE_BINARY), args);
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(files(QStringLiteral("stale")).size() >= 3, 30000);
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
        Sql::run(db(), QStringLiteral("UPDATE print_job_leases SET host = 'pack-pc-2' WHERE job_id = ?"),
                 {job});

        env.remove(QStringLiteral("PACKLINE_TEST_PRINTER_MS"));
        QProcess early;
        early.setProcessEnvironment(env);
        early.start(QStringLiteral(PACKLINE_BINARY), args);
        QVERIFY(early.waitForFinished(30000));
        const QString why = QString::fromUtf8(early.readAllStandardError());
        if (TestDatabase::onServer()) {
            // On a server the holder's connection ended with its process, whichever computer it was
            // on: the server dropped its owner lock, and the job is taken over at once.
            QVERIFY2(early.exitCode() == 0, qPrintable(why));
        } else {
            QVERIFY2(early.exitCode() != 0 && why.contains(QStringLiteral("on pack-pc-2")), qPrintable(why));
            QTest::qWait(6500);
            QProcess late;
            late.setProcessEnvironment(env);
            late.start(QStringLiteral(PACKLINE_BINARY), args);
            QVERIFY(late.waitForFinished(60000));
            QVERIFY2(late.exitCode() == 0, late.readAllStandardError().constData());
        }
        QCOMPARE(files(QStringLiteral("stale")).size(), total);
        QVERIFY(eachPageDoneOnce(QStringLiteral("stale"), job));
        QCOMPARE(countRows(db(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'print_job' AND "
                                          "entity_id = ? AND action = 'lease_takeover'"),
                           {job}),
                 1);
    }

    // A runner that stopped answering (its heartbeat older than the stale time) and was taken
    // over stops at its next step: it prints nothing further and writes nothing of its own over
    // the new holder's pages.
    void runnerWhoseLeaseWasTakenOverStops()
    {
        const qint64 job = labelJob(submitted().mid(0, 6), QStringLiteral("taken"));
        auto first = std::make_unique<PrintRunner>(db(), TestDatabase::actor(), job);
        QCOMPARE(first->step(), PrintRunner::Step::Printed);
        QCOMPARE(first->step(), PrintRunner::Step::Printed);
        Sql::run(db(),
                 QStringLiteral("UPDATE print_job_leases SET heartbeat_at = '2020-01-01 00:00:00' WHERE "
                                "job_id = ?"),
                 {job});
        PrintRunner second(db(), {QStringLiteral("other"), QStringLiteral("PACK-02")}, job);
        QCOMPARE(second.settledDelivered(), 1); // the first one's page in flight had come out
        try {
            first->step();
            QFAIL("the runner printed on after its lease was taken over");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("taken over")) &&
                         e.message().contains(QStringLiteral("PACK-02")),
                     qPrintable(e.message()));
        }
        QCOMPARE(files(QStringLiteral("taken")).size(), 2);
        QVERIFY_THROWS_EXCEPTION(Error, first->step()); // stays stopped
        first.reset();
        QCOMPARE(second.runAll(), PrintRunner::Step::Finished);
        QVERIFY(eachPageDoneOnce(QStringLiteral("taken"), job));
    }

    // kill -9 while a job prints into a PDF: no file appears, nothing counts as done, and the
    // next run prints every page exactly once into a whole file.
    void killMidPdfJobThenResumeWritesEachPageOnce()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString pdf = m_t->dir() + QStringLiteral("/slips.pdf");
        const int total = 3000;
        const qint64 job = slipJob(total, QStringLiteral("pdf:") + pdf);
        QVERIFY(job);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QStringList args{QStringLiteral("print"), QStringLiteral("--db"), m_t->path(),
                               QStringLiteral("--job"), QString::number(job)};
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PACKLINE_BINARY), args);
        QVERIFY(p.waitForStarted());
        // Once a second batch is claimed, the first one is drawn into the file being written.
        QTRY_VERIFY_WITH_TIMEOUT(pageStates(job).value(QStringLiteral("sent")) > 64, 30000);
        p.kill();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(pageStates(job).value(QStringLiteral("done")), 0);

        QProcess resume;
        resume.setProcessEnvironment(env);
        resume.start(QStringLiteral(PACKLINE_BINARY), args);
        QVERIFY(resume.waitForFinished(120000));
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());
        QCOMPARE(pageStates(job), (QMap<QString, int>{{QStringLiteral("done"), total}}));
        QCOMPARE(pdfPages(pdf), total);
        QVERIFY(!QFile::exists(m_t->dir() + QStringLiteral("/slips-2.pdf")));
    }

    void killMidJobThenResumePrintsEachPageOnce()
    {
        const QList<qint64> orders = submitted();
        const qint64 job = labelJob(orders, QStringLiteral("crash"));
        QVERIFY(job);
        const int total = int(PrintQueue::pages(db(), job).size());
        QVERIFY(total >= 20);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PACKLINE_TEST_PRINTER_MS"),
                   QStringLiteral("120")); // a slow thermal printer
        const QStringList args{QStringLiteral("print"), QStringLiteral("--db"), m_t->path(),
                               QStringLiteral("--job"), QString::number(job)};
        for (int crash = 0; crash < 2; ++crash) { // two crashes at different points
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PACKLINE_BINARY), args);
            QVERIFY(p.waitForStarted());
            const int target = 4 + crash * 6;
            QTRY_VERIFY_WITH_TIMEOUT(files(QStringLiteral("crash")).size() >= target, 30000);
            QTest::qWait(50 + crash * 40); // land somewhere inside a page
            p.kill();                      // SIGKILL: no cleanup, no last commit
            QVERIFY(p.waitForFinished());
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        }
        const auto mid = PrintQueue::job(db(), job);
        QVERIFY(mid->done < total);
        QProcess resume;
        env.remove(QStringLiteral("PACKLINE_TEST_PRINTER_MS"));
        resume.setProcessEnvironment(env);
        resume.start(QStringLiteral(PACKLINE_BINARY), args);
        QVERIFY(resume.waitForFinished(120000));
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());

        // Exactly one file per page, and every page done.
        QVERIFY(eachPageDoneOnce(QStringLiteral("crash"), job));
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Done);
    }

    // The station printing a job is killed; three stations resume it at the same moment. One
    // takes it over at once (its holder is known to be gone: the server dropped its connection's
    // lock, or its process is gone on this host), the others are refused while it prints or find
    // nothing left; every page comes out exactly once.
    void threeStationsResumeOneJobAtOnce()
    {
        const qint64 job = labelJob(submitted().mid(0, 16), QStringLiteral("three"));
        QVERIFY(job);
        const int total = int(PrintQueue::pages(db(), job).size());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PACKLINE_TEST_PRINTER_MS"), QStringLiteral("100"));
        const QStringList args{QStringLiteral("print"), QStringLiteral("--db"), m_t->path(),
                               QStringLiteral("--job"), QString::number(job)};
        QProcess holder;
        holder.setProcessEnvironment(env);
        holder.start(QStringLiteral(PACKLINE_BINARY), args);
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(files(QStringLiteral("three")).size() >= 3, 30000);
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(files(QStringLiteral("three")).size() < total);

        std::array<QProcess, 3> stations;
        for (int i = 0; i < 3; ++i) {
            stations[i].setProcessEnvironment(env);
            stations[i].start(QStringLiteral(PACKLINE_BINARY), args);
        }
        int printedAll = 0;
        for (QProcess &p : stations) {
            QVERIFY(p.waitForFinished(60000));
            const QString why = QString::fromUtf8(p.readAllStandardError());
            if (p.exitCode() == 0)
                ++printedAll;
            else
                QVERIFY2(why.contains(QStringLiteral("is being printed by another Packline")),
                         qPrintable(why));
        }
        QVERIFY(printedAll >= 1);
        QCOMPARE(files(QStringLiteral("three")).size(), total);
        QVERIFY(eachPageDoneOnce(QStringLiteral("three"), job));
        QCOMPARE(PrintQueue::job(db(), job)->state, PrintQueue::JobState::Done);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM print_job_leases")), 0);
    }
};

QTEST_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
