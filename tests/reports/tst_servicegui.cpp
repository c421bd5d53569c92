// The service desk and reports views as a person meets them, offscreen: Ctrl+7 and Ctrl+6 from
// the main window, copy a reminder (recorded once), export an SMS batch, reship from the
// after-sales list, and the reports' figures equal the core's. Saves screenshots (en, zh_CN).
#include "ReportFixture.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Transaction.h"
#include "orders/AfterSales.h"
#include "reports/AfterSalesDesk.h"
#include "reports/BuyerContacts.h"
#include "reports/RefundMetrics.h"
#include "reports/ShippingReport.h"
#include "reports/ShopDay.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/reports/ProductivityTab.h"
#include "ui/reports/RefundsTab.h"
#include "ui/reports/ReportsView.h"
#include "ui/reports/ShippingTab.h"
#include "ui/service/AfterSalesModel.h"
#include "ui/service/AfterSalesTab.h"
#include "ui/service/ContactModel.h"
#include "ui/service/ContactTab.h"
#include "ui/service/ServiceDeskView.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {
const char *kNow = "2026-11-12 06:00:00"; // Beijing 14:00

// A warehouse day with history: demo orders, then some moved along by three people with audit
// rows, refunds with the platform's facts, one reship case and a few reminders already sent.
void seedServiceHistory(TestDatabase &tdb)
{
    Clock::freezeAt(ReportFixture::utc(kNow));
    tdb.seedDemo(400, 5);
    const QSqlDatabase db = tdb.connection();
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id, paid_at FROM orders WHERE stage = 'imported' "
                                              "ORDER BY paid_at DESC LIMIT 60 OFFSET 3"));
    QList<QPair<qint64, QDateTime>> orders;
    while (q.next())
        orders << qMakePair(q.value(0).toLongLong(), Clock::fromText(q.value(1).toString()));
    const QStringList people{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王芳")};
    const QDateTime now = ReportFixture::utc(kNow);
    int n = 0;
    for (const auto &[id, paid] : std::as_const(orders)) {
        QDateTime t = paid.addSecs(1800 + 600 * (n % 7));
        const QList<Stage> path{Stage::Imported, Stage::Reviewed, Stage::Submitted,
                                Stage::Printed,  Stage::Packed,   Stage::Shipped};
        const int last = 1 + n % 5; // some stop early
        for (int s = 0; s < last && t < now; ++s) {
            Clock::freezeAt(t);
            const Actor who{people[(n + s) % 3], QStringLiteral("PACK-0%1").arg(1 + s % 2)};
            const Result<> moved = StageMachine::move(db, who, {id, path[s], path[s + 1], {}, {}});
            QVERIFY2(moved, qPrintable(moved.message));
            t = t.addSecs(900 + 300 * (n % 4));
        }
        ++n;
    }
    Clock::freezeAt(now);
    // Refund cases on the oldest orders, with the platform's facts.
    const char *reasons[] = {"质量问题", "七天无理由退换货", "做工粗糙",
                             "快递破损", "不想要了",         "尺码不合适"};
    for (int i = 0; i < 12; ++i) {
        AfterSalesCase c;
        c.orderId = orders[59 - i].first; // the oldest of them
        c.kind = i % 3 == 0 ? AfterSalesKind::ReturnRefund : AfterSalesKind::RefundOnly;
        c.arrivedStage = i % 2 ? Stage::Shipped : Stage::Reviewed;
        c.refundFen = 5900 + 1000 * i;
        c.requestedAt = Clock::toText(now.addSecs(-3600 * (30 + 5 * i)));
        Transaction tx(db);
        const qint64 caseId = AfterSales::open(db, TestDatabase::actor(), c);
        tx.commit();
        const Result<> refund = AfterSalesDesk::recordRefund(
            db, TestDatabase::actor(), caseId,
            {QString::fromUtf8(reasons[i % 6]),
             i < 9 ? Clock::toText(now.addSecs(-3600 * (20 + 4 * i))) : QString(), i == 4, i == 4});
        QVERIFY2(refund, qPrintable(refund.message));
    }
    AfterSalesCase reship;
    reship.orderId = orders[20].first;
    reship.kind = AfterSalesKind::Reship;
    reship.arrivedStage = Stage::Shipped;
    reship.reason = QStringLiteral("少件");
    Transaction tx(db);
    AfterSales::open(db, TestDatabase::actor(), reship);
    tx.commit();
    // Two reminders already sent this morning.
    QSqlQuery unpaid =
        Sql::run(db, QStringLiteral("SELECT id FROM orders WHERE stage = 'awaiting_payment' LIMIT 2"));
    while (unpaid.next()) {
        const Result<> contact = BuyerContacts::recordNow(
            db, {QStringLiteral("王芳"), QStringLiteral("DESK-01")}, unpaid.value(0).toLongLong(),
            ContactKind::PaymentReminder, Channel::Wangwang, QStringLiteral("亲，还没付款哦"));
        QVERIFY2(contact, qPrintable(contact.message));
    }
}
} // namespace

class TestServiceGui : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    // Every change a test drives goes through Qt's model checks.
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void saveArtefact(const QString &name)
    {
        QDir().mkpath(QStringLiteral(PACKLINE_ARTIFACT_DIR));
        // Lay out what the data changed (posted layout requests) before the picture, without a wait.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(m_window->grab().save(QStringLiteral(PACKLINE_ARTIFACT_DIR "/") + name));
    }
    ServiceDeskView *desk() const
    {
        return qobject_cast<ServiceDeskView *>(m_window->view(MainWindow::ServiceDeskViewId));
    }
    ReportsView *reports() const
    {
        return qobject_cast<ReportsView *>(m_window->view(MainWindow::ReportsViewId));
    }

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        m_db = std::make_unique<TestDatabase>();
        seedServiceHistory(*m_db);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<AppContext>(AppContext{m_db->db(), TestDatabase::actor(), *m_settings});
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(desk()->reminders()->model()),
              static_cast<QAbstractItemModel *>(desk()->notices()->model()),
              static_cast<QAbstractItemModel *>(desk()->afterSales()->model()),
              static_cast<QAbstractItemModel *>(reports()->shipping()->courierModel()),
              static_cast<QAbstractItemModel *>(reports()->shipping()->lateModel()),
              static_cast<QAbstractItemModel *>(reports()->productivity()->model())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
        m_context.reset();
        m_db.reset();
        Clock::freezeAt({});
        Translations::install(QStringLiteral("en"));
    }

    void ctrl7OpensTheServiceDesk()
    {
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), int(MainWindow::ServiceDeskViewId));
        QVERIFY(desk());
        const qint64 open = countRows(
            m_db->connection(),
            QStringLiteral("SELECT COUNT(*) FROM orders o WHERE stage = 'awaiting_payment' "
                           "AND NOT EXISTS (SELECT 1 FROM buyer_contacts b WHERE b.order_id = o.id)"));
        QVERIFY(open > 0);
        QCOMPARE(desk()->reminders()->model()->rowCount(), int(open));
        saveArtefact(QStringLiteral("service-desk_en.png"));
    }

    // Opening the desk reads the tab on screen only (it took a second with all three); the others
    // are read when shown, and again after the database changed.
    void openingTheDeskReadsOnlyTheTabOnScreen()
    {
        QElapsedTimer opening;
        opening.start();
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        qInfo("service desk, first open: %lld ms", qint64(opening.elapsed()));
        QVERIFY(desk()->reminders()->model()->rowCount() > 0);
        QCOMPARE(desk()->notices()->model()->rowCount(), 0); // not read yet
        QCOMPARE(desk()->afterSales()->model()->rowCount(), 0);
        desk()->tabs()->setCurrentWidget(desk()->notices());
        const qint64 shipped = countRows(
            m_db->connection(),
            QStringLiteral("SELECT COUNT(*) FROM orders o WHERE stage IN ('shipped', 'synced_back') "
                           "AND NOT EXISTS (SELECT 1 FROM buyer_contacts b WHERE b.order_id = o.id)"));
        QVERIFY(desk()->notices()->model()->rowCount() > 0 || shipped == 0);
        desk()->tabs()->setCurrentWidget(desk()->afterSales());
        QVERIFY(desk()->afterSales()->model()->rowCount() > 0);
    }

    void copyRecordsTheReminderOnce()
    {
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        ContactTab *tab = desk()->reminders();
        // Find a row whose phone can take an SMS and whose window is open.
        int row = -1;
        for (int i = 0; i < tab->table()->model()->rowCount(); ++i) {
            tab->table()->selectRow(i);
            if (tab->preview()->toPlainText().contains(QStringLiteral("【缺")))
                continue;
            row = i;
            break;
        }
        QVERIFY(row >= 0);
        const QString message = tab->preview()->toPlainText();
        const qint64 before =
            countRows(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM buyer_contacts"));
        QVERIFY(tab->copySelected());
        QCOMPARE(QGuiApplication::clipboard()->text(), message);
        QCOMPARE(countRows(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM buyer_contacts")),
                 before + 1);
        // The reminded order left the list (only those not yet reminded are shown).
        const qint64 open = countRows(
            m_db->connection(),
            QStringLiteral("SELECT COUNT(*) FROM orders o WHERE stage = 'awaiting_payment' "
                           "AND NOT EXISTS (SELECT 1 FROM buyer_contacts b WHERE b.order_id = o.id)"));
        QCOMPARE(tab->model()->rowCount(), int(open));
    }

    void exportsAnSmsBatch()
    {
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        const QString path = m_dir->filePath(QStringLiteral("batch.csv"));
        FileChooser::setNextAnswer(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        desk()->reminders()->exportBatch();
        QVERIFY(QFile::exists(path));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("messages for")),
                 qPrintable(MessageBox::lastText()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF手机号码,短信内容\r\n"));
        // Everyone with a usable phone is recorded: the list keeps only those needing a person.
        QVERIFY(countRows(m_db->connection(),
                          QStringLiteral(
                              "SELECT COUNT(*) FROM buyer_contacts WHERE batch_file = 'batch.csv'")) > 0);
    }

    void reshipFromTheAfterSalesList()
    {
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        desk()->tabs()->setCurrentWidget(desk()->afterSales());
        AfterSalesTab *tab = desk()->afterSales();
        int row = -1;
        for (int i = 0; i < tab->model()->rowCount(); ++i) {
            if (tab->model()->rowAt(i)->kind == AfterSalesKind::Reship)
                row = i;
        }
        QVERIFY(row >= 0);
        tab->table()->selectRow(row);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(tab->createLinkedOrder());
        QCOMPARE(countRows(m_db->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM orders WHERE platform_order_no LIKE '%-B1' "
                                          "AND stage = 'imported'")),
                 1);
        saveArtefact(QStringLiteral("after-sales_en.png"));
    }

    void reportsShowTheCoreFigures()
    {
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), int(MainWindow::ReportsViewId));
        ReportsView *view = reports();
        QVERIFY(view);
        // Shipping for yesterday (Beijing): the summary says what the core computes.
        const QDate day = ShopDay::today().addDays(-1);
        view->shipping()->dayEdit()->setDate(day);
        const ShippingReportData expected = ShippingReport::compute(m_db->connection(), day, 48);
        QVERIFY(expected.paid > 0);
        QVERIFY2(
            view->shipping()->summary()->text().contains(QStringLiteral("Paid %1</b>").arg(expected.paid)),
            qPrintable(view->shipping()->summary()->text()));
        QCOMPARE(view->shipping()->late()->model()->rowCount(), int(expected.late.size()));
        saveArtefact(QStringLiteral("reports-shipping_en.png"));

        view->tabs()->setCurrentWidget(view->refunds());
        const RefundMetricsReport metrics = RefundMetrics::compute(m_db->connection(), ShopDay::today());
        for (const MetricFigure &f : metrics.figures) {
            QLabel *value = view->refunds()->valueLabel(f.key);
            QVERIFY2(value, qPrintable(f.key));
            QCOMPARE(value->text(), f.valueText());
        }
        QVERIFY(metrics.figures[1].defined()); // refund-only durations exist in the fixture
        saveArtefact(QStringLiteral("reports-refunds_en.png"));

        view->tabs()->setCurrentWidget(view->productivity());
        QVERIFY(view->productivity()->table()->model()->rowCount() >= 3);
        const QString path = m_dir->filePath(QStringLiteral("productivity.csv"));
        FileChooser::setNextAnswer(path);
        view->productivity()->exportCsv();
        QVERIFY(QFile::exists(path));
        saveArtefact(QStringLiteral("reports-productivity_en.png"));
    }

    void simplifiedChinese()
    {
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents(); // LanguageChange is posted to every widget
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(desk()->tabs()->tabText(0), QStringLiteral("催付"));
        saveArtefact(QStringLiteral("service-desk_zh_CN.png"));
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        reports()->tabs()->setCurrentWidget(reports()->refunds());
        QCOMPARE(reports()->tabs()->tabText(reports()->tabs()->indexOf(reports()->refunds())),
                 QStringLiteral("退款指标"));
        saveArtefact(QStringLiteral("reports-refunds_zh_CN.png"));
        reports()->tabs()->setCurrentWidget(reports()->shipping());
        reports()->shipping()->dayEdit()->setDate(ShopDay::today().addDays(-1));
        saveArtefact(QStringLiteral("reports-shipping_zh_CN.png"));
    }
};

QTEST_MAIN(TestServiceGui)
#include "tst_servicegui.moc"
