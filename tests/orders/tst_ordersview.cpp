// The review desk as a reviewer uses it, offscreen: filter by chip, flag and search, select with
// the keyboard, approve (A) and submit (Ctrl+Enter) after the count question, hold with a reason,
// see the detail pane, and keep the column layout in the settings.
#include "GapProbe.h"
#include "ReviewFixture.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "review/RuleEngine.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/orders/OrderDetailPane.h"
#include "ui/orders/OrdersFilterBar.h"
#include "ui/orders/OrdersModel.h"
#include "ui/orders/OrdersView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelection>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace ReviewFixture;

namespace {
// Calls back when a widget is hidden.
class HideWatch : public QObject {
public:
    HideWatch(QWidget *w, std::function<void()> onHide)
        : m_onHide(std::move(onHide))
    {
        w->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Hide)
            m_onHide();
        return false;
    }

private:
    std::function<void()> m_onHide;
};
} // namespace

class TestOrdersView : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<OrdersView> m_view;
    QList<qint64> m_ids;
    qint64 m_sku = 0;

    QSqlDatabase db() const { return m_db->connection(); }
    QPushButton *chip(const QString &prefix) const
    {
        for (QPushButton *b : m_view->findChildren<QPushButton *>()) {
            if (b->property("stageChip").toBool() && b->text().startsWith(prefix))
                return b;
        }
        return nullptr;
    }
    // The filter bar applies typing once it stops (a debounce timer): wait for it to apply, not for
    // a time.
    template <typename Typing> void typeIntoFilter(Typing typing)
    {
        QSignalSpy applied(m_view->filterBar(), &OrdersFilterBar::changed);
        typing();
        QVERIFY(applied.wait());
    }

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        m_db = std::make_unique<TestDatabase>();
        const qint64 s = shop(db());
        m_sku = sku(db(), QStringLiteral("TS1001"), 100);
        m_ids.clear();
        for (int i = 1; i <= 6; ++i) {
            Order o = order(s, QStringLiteral("88000%1").arg(i), {{m_sku, 1}});
            o.receiver.name = QStringLiteral("收货人%1").arg(i);
            o.paidAt = Clock::toText(Clock::nowUtc().addSecs(-600 * i));
            if (i == 4)
                o.buyerMessage = QStringLiteral("请发顺丰");
            m_ids << insert(db(), o);
        }
        Order shipped = order(s, QStringLiteral("990001"), {{m_sku, 1}});
        shipped.stage = Stage::Shipped;
        insert(db(), shipped);
        RuleEngine::run(db(), TestDatabase::actor());

        m_settingsDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<AppContext>(AppContext{m_db->db(), TestDatabase::actor(), *m_settings});
        m_view = std::make_unique<OrdersView>(*m_context);
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_context.reset();
        m_settings.reset();
        m_db.reset();
    }

    void filtersByChipFlagAndSearch()
    {
        OrdersModel *model = m_view->model();
        QCOMPARE(model->totalCount(), 7);
        QPushButton *toReview = chip(QStringLiteral("To review "));
        QVERIFY(toReview);
        QCOMPARE(toReview->text(), QStringLiteral("To review 6"));
        QTest::mouseClick(toReview, Qt::LeftButton);
        QCOMPARE(model->totalCount(), 6);

        QComboBox *flag = m_view->filterBar()->flagBox();
        flag->setCurrentIndex(flag->findData(QStringLiteral("buyer_message")));
        emit flag->activated(flag->currentIndex());
        QCOMPARE(model->totalCount(), 1);
        QCOMPARE(model->index(0, OrdersModel::OrderNoColumn).data().toString(), QStringLiteral("880004"));
        QVERIFY(model->index(0, OrdersModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Buyer message")));
        flag->setCurrentIndex(0);
        emit flag->activated(0);

        // Ctrl+F, type the receiver, Enter: one order, and the focus goes back to the table.
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = m_view->filterBar()->searchBox();
        QVERIFY(search->hasFocus());
        search->insert(QStringLiteral("收货人2")); // an input method types Chinese; keyClicks is Latin-1
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model->totalCount(), 1);
        QVERIFY(m_view->table()->hasFocus());
        search->clear();
        typeIntoFilter([&] { QTest::keyClicks(search, QStringLiteral("0005")); }); // phone tail of order 5
        QCOMPARE(model->totalCount(), 1);
        QCOMPARE(model->index(0, OrdersModel::OrderNoColumn).data().toString(), QStringLiteral("880005"));
        typeIntoFilter([&] { search->clear(); });
        QCOMPARE(model->totalCount(), 6);
    }

    void selectWithKeyboardApproveAndSubmit()
    {
        QTest::mouseClick(chip(QStringLiteral("To review ")), Qt::LeftButton);
        QTableView *table = m_view->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_view->selectedOrderIds().size(), 3);
        QVERIFY(m_view->detailPane()->toPlainText().contains(QStringLiteral("3 order")));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table, Qt::Key_A);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Approve 3 order")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'reviewed'")), 3);
        QCOMPARE(m_view->model()->totalCount(), 3); // still on "To review"
        QCOMPARE(chip(QStringLiteral("Reviewed "))->text(), QStringLiteral("Reviewed 3"));

        // A "No" to the count question changes nothing.
        QTest::mouseClick(chip(QStringLiteral("Reviewed ")), Qt::LeftButton);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_view->selectedOrderIds().size(), 3);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'submitted'")), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Submit 3 order")));
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'submitted'")), 3);
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT reserved FROM stock_levels WHERE sku_id = ?"), {m_sku})
                .toInt(),
            3);
        QCOMPARE(m_view->model()->totalCount(), 0);
        QVERIFY(m_view->lastStatus().contains(QStringLiteral("3 submitted")));
    }

    // In the Chinese UI the detail pane and the list read Chinese: a buyer's note flagged by rules
    // that ran in English, the courier by name (not its code), dates in the Chinese format.
    void chineseUiReadsChinese()
    {
        Sql::run(db(), QStringLiteral("UPDATE orders SET courier_code = 'ZTO' WHERE id = ?"), {m_ids.at(3)});
        m_view->databaseChanged();
        QTest::mouseClick(chip(QStringLiteral("To review ")), Qt::LeftButton);
        const int row = m_view->model()->rowOf(m_ids.at(3));
        QVERIFY(row >= 0);
        m_view->table()->setFocus();
        m_view->table()->selectRow(row);
        QVERIFY(m_view->detailPane()->toPlainText().contains(QStringLiteral("Buyer wrote")));
        QCOMPARE(m_view->model()->index(row, OrdersModel::CourierColumn).data().toString(),
                 QString::fromUtf8("中通快递"));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        const QString detail = m_view->detailPane()->toPlainText();
        QVERIFY2(detail.contains(QString::fromUtf8("买家留言：“")) &&
                     !detail.contains(QStringLiteral("Buyer wrote")),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QString::fromUtf8("中通快递")), qPrintable(detail));
        QCOMPARE(QLocale().toString(QDate(2026, 12, 5), QLocale::ShortFormat), QStringLiteral("2026/12/5"));
        Translations::install(QStringLiteral("en"));
    }

    void holdWithReasonAndDetail()
    {
        QTest::mouseClick(chip(QStringLiteral("To review ")), Qt::LeftButton);
        QTableView *table = m_view->table();
        table->setFocus();
        const int row = m_view->model()->rowOf(m_ids.at(3));
        QVERIFY(row >= 0);
        table->selectRow(row);
        const QString detail = m_view->detailPane()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("请发顺丰")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("SKU%1").arg(m_sku))); // the line, with its stock
        QVERIFY(detail.contains(QStringLiteral("100")));
        QVERIFY(detail.contains(QStringLiteral("Buyer wrote")));

        MessageBox::setNextInput(std::nullopt);
        QTest::keyClick(table, Qt::Key_H);
        QCOMPARE(stageOf(db(), m_ids.at(3)), QStringLiteral("imported")); // the person cancelled
        MessageBox::setNextInput(QStringLiteral("等买家确认颜色"));
        QTest::keyClick(table, Qt::Key_H);
        QCOMPARE(stageOf(db(), m_ids.at(3)), QStringLiteral("on_hold"));
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT hold_reason FROM orders WHERE id = ?"), {m_ids.at(3)})
                .toString(),
            QStringLiteral("等买家确认颜色"));
    }

    // A, A, A: each approval shows the next order of the queue, whether it leaves the list or not.
    void approvingMovesToTheNextOrder()
    {
        QTest::mouseClick(chip(QStringLiteral("To review ")), Qt::LeftButton);
        QTableView *table = m_view->table();
        table->setFocus();
        table->selectRow(0);
        QList<qint64> seen;
        for (int i = 0; i < 3; ++i) {
            const QList<qint64> selected = m_view->selectedOrderIds();
            QCOMPARE(selected.size(), 1);
            QVERIFY(!seen.contains(selected.first()));
            seen << selected.first();
            QCOMPARE(m_view->detailPane()->orderId(), selected.first());
            QTest::keyClick(table, Qt::Key_A);
        }
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'reviewed'")), 3);
        QCOMPARE(m_view->selectedOrderIds().size(), 1); // the fourth, ready for the next A
        QVERIFY(!seen.contains(m_view->selectedOrderIds().first()));
        QVERIFY(m_view->detailPane()->orderId() > 0);

        // On "All" the approved order stays in the list: the next row is selected.
        QTest::mouseClick(chip(QStringLiteral("All ")), Qt::LeftButton);
        qint64 waiting = 0;
        for (qint64 id : std::as_const(m_ids))
            if (stageOf(db(), id) == QStringLiteral("imported") &&
                m_view->model()->rowOf(id) < m_view->model()->rowCount() - 1)
                waiting = id;
        QVERIFY(waiting > 0);
        const int row = m_view->model()->rowOf(waiting);
        QVERIFY(row >= 0);
        table->selectRow(row);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(m_view->model()->rowOf(waiting), row);
        QCOMPARE(m_view->selectedOrderIds(), QList<qint64>{m_view->model()->orderIdAt(row + 1)});
    }

    // The main line's last stage has its chip too: the orders whose numbers went back to the shop.
    void syncedBackHasItsChip()
    {
        Sql::run(db(), QStringLiteral("UPDATE orders SET stage = 'synced_back' WHERE id = ?"), {m_ids.at(1)});
        m_view->databaseChanged();
        QPushButton *synced = chip(QStringLiteral("Synced back "));
        QVERIFY(synced);
        QTRY_COMPARE(synced->text(), QStringLiteral("Synced back 1"));
        QTest::mouseClick(synced, Qt::LeftButton);
        QCOMPARE(m_view->model()->totalCount(), 1);
        QCOMPARE(m_view->model()->orderIdAt(0), m_ids.at(1));
    }

    // Check before asking: a Printed order is refused before anyone types a reason.
    void cancelRefusesBeforeAskingAReason()
    {
        Sql::run(db(), QStringLiteral("UPDATE orders SET stage = 'printed' WHERE id = ?"), {m_ids.at(0)});
        m_view->databaseChanged();
        QTest::mouseClick(chip(QStringLiteral("All ")), Qt::LeftButton);
        QTableView *table = m_view->table();
        table->selectRow(m_view->model()->rowOf(m_ids.at(0)));
        table->setFocus();
        const int asked = MessageBox::inputsAsked();
        MessageBox::setNextInput(QStringLiteral("buyer asked"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(MessageBox::inputsAsked(), asked);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be cancelled")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(stageOf(db(), m_ids.at(0)), QStringLiteral("printed"));

        // With an order that may be cancelled beside it: said first, then the reason, then only that one.
        QItemSelection both;
        for (qint64 id : {m_ids.at(0), m_ids.at(1)}) {
            const int r = m_view->model()->rowOf(id);
            both.select(m_view->model()->index(r, 0),
                        m_view->model()->index(r, OrdersModel::ColumnCount - 1));
        }
        table->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Cancel the other 1 order")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(MessageBox::inputsAsked(), asked + 1); // the preset reason, for the one order
        QCOMPARE(stageOf(db(), m_ids.at(1)), QStringLiteral("cancelled"));
        QCOMPARE(stageOf(db(), m_ids.at(0)), QStringLiteral("printed"));
    }

    // Issue 16: Run rules (F5) over 20,000 orders runs on a thread of its own: the window keeps
    // answering (no UI-thread gap over 50 ms), a progress bar and a rate show meanwhile, and the
    // flags, priorities and waves come out as the rules run in the window's own thread give them.
    void runRulesStaysResponsiveWithTheSameResult()
    {
        const qint64 s = shop(db());
        const qint64 scarce = sku(db(), QStringLiteral("TS2002"), 500);
        Transaction::run(db(), [&](Transaction &tx) {
            for (int i = 0; i < 20000; ++i) {
                // Phones repeat every 10,000 orders (duplicates); some ask for SF, some want the
                // scarce SKU, some are large.
                Order o = order(s, QStringLiteral("7%1").arg(i, 6, 10, QLatin1Char('0')),
                                {{i % 3 == 0 ? scarce : m_sku, 1 + i % 4}});
                o.receiver.city = i % 5 == 0 ? QStringLiteral("宁波市") : o.receiver.city;
                if (i % 7 == 0)
                    o.buyerMessage = QStringLiteral("请发顺丰");
                o.paidAt = Clock::toText(Clock::nowUtc().addSecs(-i));
                OrderStore::insert(db(), o);
            }
            tx.commit();
        });
        const auto snapshot = [this] {
            QStringList rows;
            QSqlQuery q = Sql::run(
                db(), QStringLiteral("SELECT o.id, o.stage, o.priority, COALESCE(o.wave_date, ''), "
                                     "COALESCE(f.flag, ''), COALESCE(f.reason, '') FROM orders o LEFT JOIN "
                                     "order_flags f ON f.order_id = o.id ORDER BY o.id, f.flag"));
            while (q.next())
                rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            return rows;
        };
        const RuleRunSummary inWindow = RuleEngine::run(db(), TestDatabase::actor());
        const QStringList expected = snapshot();
        Sql::run(db(), QStringLiteral("DELETE FROM order_flags WHERE source = 'rule'"));
        Sql::run(db(), QStringLiteral("UPDATE orders SET priority = 0, wave_date = NULL"));
        QVERIFY(snapshot() != expected);

        GapProbe probe;
        auto *bar = m_view->findChild<QProgressBar *>(QStringLiteral("rulesProgress"));
        QVERIFY(bar && !bar->isVisible());
        QStringList shown;
        QTimer look; // what a person sees, a few times a second
        connect(&look, &QTimer::timeout, this, [&] {
            if (bar->isVisible())
                shown << m_view->lastStatus();
        });
        look.start(50);
        // The run ends, as a person sees it, when the progress bar goes; the desk then reloads.
        qint64 duringRun = -1;
        HideWatch hidden(bar, [&] { duringRun = probe.held(); });
        QSignalSpy done(m_view.get(), &OrdersView::rulesFinished);
        probe.start();
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_F5);
        QVERIFY(m_view->rulesRunning());
        QVERIFY(bar->isVisible());
        QTest::keyClick(m_view->table(), Qt::Key_Down); // the window answers meanwhile
        QVERIFY(done.wait(300000));
        const qint64 worst = probe.held();
        qInfo("longest UI-thread gap during Run rules (less its wait for a CPU): %lld ms, with the desk's "
              "reload after it: %lld ms (%d ticks; %s); %s",
              duringRun, worst, probe.ticks(), qPrintable(probe.longGaps()),
              qPrintable(shown.value(shown.size() / 2)));
        QVERIFY(!bar->isVisible());
        QVERIFY2(!shown.isEmpty() && shown.last().contains(QStringLiteral("orders/s")),
                 qPrintable(shown.join(u'|')));
        QVERIFY2(duringRun >= 0 && duringRun <= 50, qPrintable(QString::number(duringRun)));
        // The reload after it is the desk's ordinary one (as after any action); on a server it
        // reads 20,000 orders' page and counts over the network and takes longer (not checked).
        if (!TestDatabase::onServer())
            QVERIFY2(worst <= 50, qPrintable(QString::number(worst)));
        QVERIFY2(
            m_view->lastStatus().startsWith(QStringLiteral("Rules checked %1 order(s)").arg(inWindow.orders)),
            qPrintable(m_view->lastStatus()));
        QCOMPARE(snapshot(), expected);
    }

    void modelShowsTheListPageByPage()
    {
        // OrdersModel over OrderList: scrolling (fetchMore) past several pages, sorting and
        // filtering show exactly the list's rows, and the model keeps Qt's contract throughout.
        Sql::run(
            db(),
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 700) "
                "INSERT INTO orders (shop_id, platform_order_no, receiver_province, paid_at, paid_fen, "
                "stage, "
                "stage_changed_at, imported_at, updated_at) SELECT (SELECT MIN(id) FROM shops), 'P' || i, "
                "CASE WHEN i % 3 = 0 THEN '广东省' ELSE '浙江省' END, '2026-11-11 00:00:00', (i % 7) * 100, "
                "'imported', '', '', '' FROM n"));
        OrdersModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto shown = [&model] {
            while (model.canFetchMore({}))
                model.fetchMore({});
            QList<qint64> ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids << model.index(r, OrdersModel::OrderNoColumn).data(OrdersModel::OrderIdRole).toLongLong();
            return ids;
        };
        auto listed = [this](const OrdersFilter &f, OrderListSort sort, bool descending) {
            OrderList list(db(), f, sort, descending);
            QList<qint64> ids;
            for (const OrderListRow &r : list.next(100000))
                ids << r.id;
            return ids;
        };
        QCOMPARE(shown(), listed({}, OrderListSort::PaidAt, true));
        QVERIFY(model.rowCount() > 2 * OrdersModel::kPageSize);
        model.sort(OrdersModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(shown(), listed({}, OrderListSort::Amount, false));
        OrdersFilter f;
        f.province = QStringLiteral("广东");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 233);
        QCOMPARE(shown(), listed(f, OrderListSort::Amount, false));
        model.reload();
        QCOMPARE(model.rowCount(), 233);
    }

    void columnLayoutIsSaved()
    {
        QHeaderView *header = m_view->table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(OrdersModel::BuyerColumn));
        header->setSectionHidden(OrdersModel::BuyerColumn, true);
        header->resizeSection(OrdersModel::OrderNoColumn, 222);
        m_view.reset();
        m_view = std::make_unique<OrdersView>(*m_context);
        QVERIFY(m_view->table()->horizontalHeader()->isSectionHidden(OrdersModel::BuyerColumn));
        QCOMPARE(m_view->table()->horizontalHeader()->sectionSize(OrdersModel::OrderNoColumn), 222);
    }
};

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
