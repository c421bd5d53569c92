// The print queue view offscreen: a job from a batch rule, its preview, printing it to the
// file-backed test printer, a reprint with a reason, and "Print to PDF".
#include "TestDatabase.h"
#include "base/AppSettings.h"
#include "db/Sql.h"
#include "base/Translations.h"
#include "printing/PrintQueue.h"
#include "printing/TemplateLibrary.h"
#include "printing/TrackingPool.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/printing/PrintQueueView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

class TestPrintQueueView : public QObject {
    Q_OBJECT
private slots:
    void jobPreviewPrintReprintPdf()
    {
        TestDatabase t;
        t.seedDemo(400);
        for (const auto &[courier, first, last] : {std::tuple{"ZTO", "754000000001", "754000000300"},
                                                   std::tuple{"YTO", "YT4000000000001", "YT4000000000300"},
                                                   std::tuple{"STO", "7740000000001", "7740000000300"},
                                                   std::tuple{"YUNDA", "4340000000001", "4340000000300"},
                                                   std::tuple{"SF", "SF4000000000001", "SF4000000000300"},
                                                   std::tuple{"JT", "JT4000000000001", "JT4000000000300"}})
            QVERIFY(TrackingPool::importRange(t.connection(), TestDatabase::actor(), QLatin1String(courier),
                                              QLatin1String(first), QLatin1String(last))
                        .problems.isEmpty());
        AppSettings settings(t.dir() + QStringLiteral("/settings.ini"));
        AppContext context{t.db(), TestDatabase::actor(), settings};
        PrintQueueView view(context);
        view.resize(1280, 800);
        view.show();

        const QString printerDir = t.dir() + QStringLiteral("/printer");
        auto *printer = view.findChild<QComboBox *>(QStringLiteral("jobPrinter"));
        printer->setEditText(QStringLiteral("dir:") + printerDir);
        view.findChild<QSpinBox *>(QStringLiteral("batchLimit"))->setValue(6);
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Print labels for 6 orders?"
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("newJobButton")), Qt::LeftButton);
        auto *jobs = view.findChild<QTableWidget *>(QStringLiteral("jobsTable"));
        QCOMPARE(jobs->rowCount(), 1);
        const qint64 job = view.selectedJob();
        QVERIFY(job > 0);
        QCOMPARE(PrintQueue::pages(t.connection(), job).size(), 6);
        // The printer choice is remembered for the kind.
        QCOMPARE(settings.raw().value(QStringLiteral("printing/label/printer")).toString(),
                 QStringLiteral("dir:") + printerDir);

        // Preview of the first page.
        auto *preview = view.findChild<QLabel *>(QStringLiteral("preview"));
        QVERIFY(!preview->pixmap().isNull());
        QVERIFY(preview->pixmap().height() > preview->pixmap().width()); // a 100×150 label, upright

        // Print it.
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(PrintQueue::job(t.connection(), job)->state, QStringLiteral("done"), 30000);
        QTRY_VERIFY(!view.isPrinting());
        QCOMPARE(QDir(printerDir).entryList({QStringLiteral("*.png")}).size(), 6);

        // Reprint page 2: refused without a reason, accepted with one.
        auto *pages = view.findChild<QTableWidget *>(QStringLiteral("pagesTable"));
        QCOMPARE(pages->rowCount(), 6);
        pages->selectRow(1);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reprintButton")), Qt::LeftButton);
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).reprints, 0);
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("reprintReason")),
                         QStringLiteral("paper jam"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reprintButton")), Qt::LeftButton);
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).reprints, 1);
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).state, QStringLiteral("queued"));

        // Print to PDF: every page, page states untouched.
        const QString pdf = t.dir() + QStringLiteral("/job.pdf");
        PrintQueueView::setNextSaveFileName(pdf);
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
        QCOMPARE(PrintQueue::pages(t.connection(), job).at(1).state, QStringLiteral("queued"));
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
