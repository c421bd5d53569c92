// The Reports view's shipping tabs on a demo warehouse: reached by Ctrl+6, the numbers are the
// core report's, at-risk orders come most urgent first, intercepted orders are listed to pull.
#include "PackFixtures.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "packing/Handover.h"
#include "packing/ParcelStore.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/reports/ReportsView.h"
#include "ui/reports/ShippingExceptionsTab.h"
#include "ui/reports/ShippingProgressTab.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestReportsView : public QObject {
    Q_OBJECT
private slots:
    void shippingTabs()
    {
        Translations::install(QStringLiteral("en"));
        TestDatabase t;
        t.seedDemo(3000);
        // Pack five printed orders and ship them: today's bars and courier counts.
        QSqlQuery printed = Sql::run(
            t.connection(), QStringLiteral("SELECT id, tracking_no, courier_code FROM orders "
                                           "WHERE stage = 'printed' AND courier_code = 'ZTO' LIMIT 5"));
        QList<std::pair<qint64, QString>> toShip;
        while (printed.next())
            toShip.append({printed.value(0).toLongLong(), printed.value(1).toString()});
        QCOMPARE(toShip.size(), 5);
        for (const auto &[id, tracking] : toShip)
            QVERIFY(ParcelStore::pack(t.connection(), TestDatabase::actor(),
                                      {id, 0, tracking, QStringLiteral("ZTO"), 1, {}, 0, false}));
        const qint64 batch = Handover::openFor(t.connection(), TestDatabase::actor(), QStringLiteral("ZTO"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(Handover::add(t.connection(), TestDatabase::actor(), batch, toShip[i].second).ok());
        QVERIFY(Handover::ship(t.connection(), TestDatabase::actor(), batch));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        AppContext context{t.db(), TestDatabase::actor(), settings};
        MainWindow window(context);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        auto *reports = qobject_cast<ReportsView *>(window.view(MainWindow::ReportsViewId));
        QVERIFY(reports);
        QVERIFY(reports->isVisible());
        ShippingProgressTab *progress = reports->progressTab();
        // Every change the report's refreshes make goes through Qt's model checks.
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 progress->atRiskModel(), progress->courierModel(), reports->exceptionsTab()->model()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        progress->refresh();
        const ShippingProgressReport &r = progress->report();
        QVERIFY(r.atRiskTotal > 0); // demo orders are paid up to 3 days ago
        QCOMPARE(r.packedToday, 5);
        QCOMPARE(r.shippedToday, 3);
        QCOMPARE(progress->atRiskTable()->model()->rowCount(), int(std::min<qint64>(r.atRiskTotal, 200)));
        for (int i = 1; i < r.atRisk.size(); ++i)
            QVERIFY(r.atRisk[i - 1].deadline <= r.atRisk[i].deadline);
        QVERIFY(
            progress->summary()->text().contains(QStringLiteral("at risk (< 12 h): %1").arg(r.atRiskTotal)));
        QVERIFY(progress->courierTable()->model()->rowCount() >= 8);
        QDir().mkpath(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts"));
        window.grab().save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/reports_progress.png"));

        reports->tabs()->setCurrentWidget(reports->exceptionsTab());
        const qint64 intercepted = countRows(
            t.connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'intercepted'"));
        QVERIFY(intercepted > 0);
        QAbstractItemModel *table = reports->exceptionsTab()->table()->model();
        QVERIFY(table->rowCount() >= intercepted);
        QVERIFY(table->index(0, ShippingExceptionsTab::KindColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Intercepted")));
        QCOMPARE(table->index(0, ShippingExceptionsTab::KindColumn)
                     .data(ShippingExceptionsTab::Model::RawRole)
                     .toInt(),
                 int(ShippingException::Kind::InterceptedToPull));
        window.grab().save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/reports_exceptions.png"));
        // The same tab in Chinese: the model's headers and words follow the language.
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QCOMPARE(table->headerData(ShippingExceptionsTab::KindColumn, Qt::Horizontal).toString(),
                 QStringLiteral("类型"));
        window.grab().save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/reports_exceptions_zh_CN.png"));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
