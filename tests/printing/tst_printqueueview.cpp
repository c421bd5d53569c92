// The print queue view offscreen: a job from a batch rule, its preview, printing it to the
// file-backed test printer, a reprint with a reason, and "Print to PDF".
#include "GapProbe.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Sql.h"
#include "printing/PrintQueue.h"
#include "printing/TemplateLibrary.h"
#include "printing/TrackingPool.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"
#include "ui/printing/PrintQueueModels.h"
#include "ui/printing/PrintQueueView.h"
#include "ui/printing/TemplateEditorDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <memory>

namespace {
void fillPools(TestDatabase &t)
{
    for (const auto &[courier, first, last] : {std::tuple{"ZTO", "754000000001", "754000000300"},
                                               std::tuple{"YTO", "YT4000000000001", "YT4000000000300"},
                                               std::tuple{"STO", "7740000000001", "7740000000300"},
                                               std::tuple{"YUNDA", "4340000000001", "4340000000300"},
                                               std::tuple{"SF", "SF4000000000001", "SF4000000000300"},
                                               std::tuple{"JT", "JT4000000000001", "JT4000000000300"}})
        QVERIFY(TrackingPool::importRange(t.connection(), TestDatabase::actor(), QLatin1String(courier),
                                          QLatin1String(first), QLatin1String(last))
                    .problems.isEmpty());
}
// A print queue over a demo database of some orders (and the couriers' number pools), shown at a
// desk's size, as the three tests of the queue itself need it.
struct QueueDesk {
    explicit QueueDesk(int orders, bool pools = true)
    {
        t.seedDemo(orders);
        if (pools)
            fillPools(t);
        view = std::make_unique<PrintQueueView>(context);
        view->resize(1280, 800);
        view->show();
    }
    TestDatabase t;
    AppSettings settings{t.dir() + QStringLiteral("/settings.ini")};
    AppContext context{t.db(), TestDatabase::actor(), settings};
    std::unique_ptr<PrintQueueView> view;
};
} // namespace

class TestPrintQueueView : public QObject {
    Q_OBJECT
private slots:
    void jobPreviewPrintReprintPdf()
    {
        QueueDesk desk(400);
        TestDatabase &t = desk.t;
        PrintQueueView &view = *desk.view;

        const QString printerDir = t.dir() + QStringLiteral("/printer");
        auto *printer = view.findChild<QComboBox *>(QStringLiteral("jobPrinter"));
        printer->setEditText(QStringLiteral("dir:") + printerDir);
        view.findChild<QSpinBox *>(QStringLiteral("batchLimit"))->setValue(6);
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Print labels for 6 orders?"
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("newJobButton")), Qt::LeftButton);
        QCOMPARE(view.findChild<QTableView *>(QStringLiteral("jobsTable"))->model()->rowCount(), 1);
        const qint64 job = view.selectedJob();
        QVERIFY(job > 0);
        QCOMPARE(PrintQueue::pages(t.connection(), job).size(), 6);
        // The printer choice is remembered for the kind.
        QCOMPARE(desk.settings.raw().value(QStringLiteral("printing/label/printer")).toString(),
                 QStringLiteral("dir:") + printerDir);

        // Preview of the first page.
        auto *preview = view.findChild<QLabel *>(QStringLiteral("preview"));
        QVERIFY(!preview->pixmap().isNull());
        QVERIFY(preview->pixmap().height() > preview->pixmap().width()); // a 100×150 label, upright

        // Print it.
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(PrintQueue::job(t.connection(), job)->state, PrintQueue::JobState::Done,
                                  30000);
        QTRY_VERIFY(!view.isPrinting());
        QCOMPARE(QDir(printerDir).entryList({QStringLiteral("*.png")}).size(), 6);

        // Reprint page 2: refused without a reason, accepted with one.
        auto *pages = view.findChild<QTableView *>(QStringLiteral("pagesTable"));
        QCOMPARE(pages->model()->rowCount(), 6);
        pages->selectRow(1);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reprintButton")), Qt::LeftButton);
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).reprints, 0);
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("reprintReason")),
                         QStringLiteral("paper jam"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reprintButton")), Qt::LeftButton);
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).reprints, 1);
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).state, PrintQueue::PageState::Queued);

        // Print to PDF: every page, page states untouched.
        const QString pdf = t.dir() + QStringLiteral("/job.pdf");
        FileChooser::setNextAnswer(pdf);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("pdfButton")), Qt::LeftButton);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (!pdfinfo.isEmpty()) {
            QProcess p;
            p.start(pdfinfo, {pdf});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY(p.readAllStandardOutput().contains("Pages:           6\n"));
        }
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).state, PrintQueue::PageState::Queued);
    }

    // A worker prints on its own thread: the window keeps answering, and the tables repaint the
    // rows that changed, one row per change, never a reset (the view used to print on the UI
    // thread in 40 ms slices and rebuild both tables after each).
    void printingOnAWorkerRepaintsOnlyTheChangedRows()
    {
        QueueDesk desk(1500);
        TestDatabase &t = desk.t;
        PrintQueueView &view = *desk.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester jobsTester(view.jobsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pagesTester(view.pagesModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString printerDir = t.dir() + QStringLiteral("/printer");
        view.findChild<QComboBox *>(QStringLiteral("jobPrinter"))
            ->setEditText(QStringLiteral("dir:") + printerDir);
        view.findChild<QSpinBox *>(QStringLiteral("batchLimit"))->setValue(80);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("newJobButton")), Qt::LeftButton);
        const qint64 job = view.selectedJob();
        QVERIFY(job > 0);
        const int pages = view.pagesModel()->rowCount();
        QVERIFY2(pages >= 40, qPrintable(QString::number(pages)));

        QSignalSpy jobResets(view.jobsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy pageResets(view.pagesModel(), &QAbstractItemModel::modelReset);
        QSignalSpy jobChanges(view.jobsModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy pageChanges(view.pagesModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy pageInserts(view.pagesModel(), &QAbstractItemModel::rowsInserted);
        GapProbe probe;
        probe.start();
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
        QVERIFY(view.isPrinting());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("printButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isPrinting(), 120000);
        const qint64 held = probe.held();
        qInfo("%d labels printed by the worker in %lld ms; longest UI-thread gap %lld ms, %lld ms less its "
              "wait for a CPU; %lld page-row and %lld job-row changes (gaps over 20 ms: %s)",
              pages, probe.elapsed(), probe.worst(), held, qint64(pageChanges.count()),
              qint64(jobChanges.count()), qPrintable(probe.longGaps()));
        QCOMPARE(PrintQueue::job(t.connection(), job)->state, PrintQueue::JobState::Done);
        QCOMPARE(QDir(printerDir).entryList({QStringLiteral("*.png")}).size(), pages);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("printButton"))->isEnabled());

        QCOMPARE(jobResets.count(), 0);
        QCOMPARE(pageResets.count(), 0);
        QCOMPARE(pageInserts.count(), 0);
        QSet<int> changed;
        for (const QList<QVariant> &args : std::as_const(pageChanges)) {
            const QModelIndex from = args.at(0).toModelIndex(), to = args.at(1).toModelIndex();
            QCOMPARE(from.row(), to.row()); // one row each
            changed << from.row();
        }
        QCOMPARE(changed.size(), pages); // every page turned done, each repainted on its own
        QVERIFY(!jobChanges.isEmpty());
        for (const QList<QVariant> &args : std::as_const(jobChanges))
            QCOMPARE(args.at(0).toModelIndex().row(), view.jobsModel()->rowOf(job));
        for (int r = 0; r < pages; ++r)
            QCOMPARE(view.pagesModel()
                         ->index(r, PrintPagesModel::StateColumn)
                         .data(PrintPagesModel::RawRole)
                         .value<PrintQueue::PageState>(),
                     PrintQueue::PageState::Done);
        QVERIFY2(held <= 40, qPrintable(probe.longGaps()));

        // How it looks, in both languages (build/artifacts).
        QDir().mkpath(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts"));
        view.findChild<QTableView *>(QStringLiteral("pagesTable"))->selectRow(2);
        QVERIFY(view.grab().save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/print-queue_en.png")));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QCOMPARE(view.jobsModel()->headerData(PrintJobsModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("状态"));
        QVERIFY(view.jobsModel()->index(0, PrintJobsModel::StateColumn).data().toString().contains(u"✓"));
        QVERIFY(view.grab().save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/print-queue_zh_CN.png")));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    // 模板: a shipped template is previewed read only; "Edit a copy" makes the user's copy, typing
    // redraws the preview, a broken edit says where and is not saved, a good one is, and is what
    // printing loads; "Back to the shipped one" removes the copy.
    // Check before asking: with no printer the job is refused first, with the fix offered, and
    // no "Print labels for N orders?" comes before it.
    void noPrinterIsSaidFirstWithTheFix()
    {
        QueueDesk desk(60, false);
        TestDatabase &t = desk.t;
        PrintQueueView &view = *desk.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // An empty pane says why.
        QVERIFY2(view.findChild<QLabel *>(QStringLiteral("preview"))
                     ->text()
                     .contains(QStringLiteral("No print jobs")),
                 qPrintable(view.findChild<QLabel *>(QStringLiteral("preview"))->text()));
        auto *printer = view.findChild<QComboBox *>(QStringLiteral("jobPrinter"));
        printer->setEditText(QString());
        const qint64 printedBefore =
            countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'printed'"));
        MessageBox::setNextAnswer(QMessageBox::Yes); // take the offer: "Choose a printer…"
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("newJobButton")), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("No printer is chosen")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(!MessageBox::lastText().contains(QStringLiteral("Print labels for")));
        QTRY_VERIFY(printer->hasFocus() || printer->view()->isVisible());
        printer->hidePopup();
        QCOMPARE(view.findChild<QTableView *>(QStringLiteral("jobsTable"))->model()->rowCount(), 0);
        QCOMPARE(
            countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'printed'")),
            printedBefore);
    }

    void templateEditorPreviewsEditsAndSavesACopy()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", home.path().toUtf8()); // the user's templates go here, not in ~
        const auto restore = qScopeGuard([&oldHome] { qputenv("XDG_DATA_HOME", oldHome); });
        TestDatabase t;
        t.seedDemo(50);
        AppSettings settings(t.dir() + QStringLiteral("/settings.ini"));
        AppContext context{t.db(), TestDatabase::actor(), settings};
        PrintQueueView view(context);
        view.show();
        TemplateEditorDialog dialog(context, QStringLiteral("label-100x150"), &view);
        dialog.resize(1100, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.refreshPreview(); // at its final size: the images below are compared pixel for pixel
        auto *json = dialog.findChild<QPlainTextEdit *>(QStringLiteral("json"));
        auto *save =
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save);
        QVERIFY(json->isReadOnly());
        QVERIFY(!save->isEnabled());
        const QImage shipped = dialog.previewImage();
        QVERIFY(!shipped.isNull());
        QVERIFY(shipped.height() > shipped.width());
        auto *sample = dialog.findChild<QComboBox *>(QStringLiteral("sample"));
        sample->setCurrentIndex(sample->findData(QStringLiteral("order")));
        QVERIFY(dialog.previewImage() != shipped); // a real order's data instead of the field names
        sample->setCurrentIndex(sample->findData(QStringLiteral("fields")));

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("editCopy")), Qt::LeftButton);
        const QString copy = TemplateLibrary::userCopyPath(QStringLiteral("label-100x150"));
        QVERIFY(QFile::exists(copy));
        QVERIFY(!json->isReadOnly());
        QVERIFY(save->isEnabled());

        // A slip of the finger: the preview says where, and Save refuses.
        json->moveCursor(QTextCursor::End);
        QTest::keyClicks(json, QStringLiteral(","));
        dialog.refreshPreview();
        QVERIFY2(dialog.problemText().contains(QStringLiteral("line")), qPrintable(dialog.problemText()));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.problemText().startsWith(QStringLiteral("Not saved")));
        QCOMPARE(TemplateLibrary::load(QStringLiteral("label-100x150")).elements.at(0).size, 15.0);
        QTest::keyClick(json, Qt::Key_Backspace);

        // The courier name from 15 pt to 30 pt, typed where it stands.
        QTextCursor at = json->document()->find(QStringLiteral("\"size\": 15"));
        QVERIFY(!at.isNull());
        at.setPosition(at.position() - 2);
        at.setPosition(at.position() + 2, QTextCursor::KeepAnchor);
        json->setTextCursor(at);
        QTest::keyClicks(json, QStringLiteral("30"));
        QTRY_VERIFY(dialog.problemText().isEmpty() && dialog.previewImage() != shipped); // after the pause
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(TemplateLibrary::load(QStringLiteral("label-100x150")).elements.at(0).size, 30.0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("revert")), Qt::LeftButton);
        QVERIFY(!QFile::exists(copy));
        QCOMPARE(TemplateLibrary::load(QStringLiteral("label-100x150")).elements.at(0).size, 15.0);
        QVERIFY(json->isReadOnly());
        dialog.refreshPreview();
        QCOMPARE(dialog.previewImage(), shipped);
        dialog.close();

        // From the print queue (Templates…): the dialog opens on the job's template, and a copy made
        // there is what the queue offers next.
        auto *jobTemplate = view.findChild<QComboBox *>(QStringLiteral("jobTemplate"));
        QVERIFY(!jobTemplate->currentText().contains(QStringLiteral("(edited copy)")));
        QString opened;
        QTimer::singleShot(0, &view, [&opened] {
            auto *modal = qobject_cast<TemplateEditorDialog *>(QApplication::activeModalWidget());
            if (!modal)
                return;
            opened = modal->templateId();
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("editCopy")), Qt::LeftButton);
            modal->reject();
        });
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("editTemplatesButton")),
                          Qt::LeftButton);
        QCOMPARE(opened, jobTemplate->currentData().toString());
        QVERIFY(jobTemplate->currentText().contains(QStringLiteral("(edited copy)")));
    }

    // The editor refuses what loading refuses, at the same line and column: an unknown field typed
    // into a copy is shown where it stands, and the copy is not saved with it.
    void templateEditorShowsWhereATemplateIsWrong()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        const auto restore = qScopeGuard([&oldHome] { qputenv("XDG_DATA_HOME", oldHome); });
        TestDatabase t;
        t.seedDemo(20);
        AppSettings settings(t.dir() + QStringLiteral("/settings.ini"));
        AppContext context{t.db(), TestDatabase::actor(), settings};
        TemplateEditorDialog dialog(context, QStringLiteral("label-100x150"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("editCopy")), Qt::LeftButton);
        auto *json = dialog.findChild<QPlainTextEdit *>(QStringLiteral("json"));
        QVERIFY(!json->isReadOnly());
        const QByteArray saved = [] {
            QFile f(TemplateLibrary::userCopyPath(QStringLiteral("label-100x150")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!saved.isEmpty());

        QTextCursor at = json->document()->find(QStringLiteral("{courier.name}"));
        QVERIFY(!at.isNull());
        const int line = at.blockNumber() + 1;
        const int column = at.selectionStart() - at.block().position() + 1;
        json->setTextCursor(at);
        QTest::keyClicks(json, QStringLiteral("{courier.nmae}"));
        dialog.refreshPreview();
        const QString where = QStringLiteral("line %1, column %2").arg(line).arg(column);
        QVERIFY2(dialog.problemText().contains(where) &&
                     dialog.problemText().contains(QStringLiteral("courier.nmae")),
                 qPrintable(dialog.problemText() + QStringLiteral(" / expected ") + where));
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QVERIFY(dialog.problemText().startsWith(QStringLiteral("Not saved")));
        QFile f(TemplateLibrary::userCopyPath(QStringLiteral("label-100x150")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), saved);

        // A barcode module of 0 mm: refused on its own line.
        json->setPlainText(QString::fromUtf8(saved).replace(QStringLiteral("\"module\": 0.33"),
                                                            QStringLiteral("\"module\": 0")));
        dialog.refreshPreview();
        QVERIFY2(dialog.problemText().contains(QStringLiteral("module")), qPrintable(dialog.problemText()));
        MessageBox::setNextAnswer(QMessageBox::Discard); // "Save your changes to this template?"
        dialog.close();
    }

    // The shipped templates' names are shown in the interface language.
    void templateNamesFollowTheLanguage()
    {
        auto nameOf = [](const QString &id) {
            for (const TemplateLibrary::Entry &e : TemplateLibrary::list())
                if (e.id == id)
                    return e.name;
            return QString();
        };
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        const QString zh = nameOf(QStringLiteral("label-100x150"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(nameOf(QStringLiteral("label-100x150")), QStringLiteral("Shipping label 100×150 mm"));
        QVERIFY2(zh.contains(QStringLiteral("面单")), qPrintable(zh));
        QVERIFY(nameOf(QStringLiteral("picklist-a4")) != nameOf(QStringLiteral("slip-a5")));
    }
};

QTEST_MAIN(TestPrintQueueView)
#include "tst_printqueueview.moc"
