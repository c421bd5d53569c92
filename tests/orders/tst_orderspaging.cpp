// The Orders model pages by keyset: scrolling to the end gives exactly the rows of one full
// ORDER BY, for every sortable column in both directions, with ties across page boundaries
// and NULLs; and the queries the review desk runs most walk an index (EXPLAIN QUERY PLAN).
#include "ReviewFixture.h"
#include "ui/orders/OrdersModel.h"
#include "ui/orders/OrdersPager.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>

class TestOrdersPaging : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    static constexpr int kOrders = 3000;

    QSqlDatabase db() const { return m_db->connection(); }

    // Every id the model shows after scrolling to the end.
    static QList<qint64> scrollAll(OrdersModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QList<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.orderIdAt(r);
        return ids;
    }

    QList<qint64> fullOrder(const QString &where, const QString &orderBy) const
    {
        QSqlQuery q = Sql::run(db(), QStringLiteral("SELECT id FROM orders") + where +
                                         QStringLiteral(" ORDER BY ") + orderBy);
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    QStringList plan(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            return {q.lastError().text()};
        for (int i = 0; i < sql.count(u'?'); ++i)
            q.addBindValue(QStringLiteral("imported")); // values do not change a plan without statistics
        q.exec();
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const qint64 shopId = ReviewFixture::shop(db());
        Transaction tx(db());
        QSqlQuery insert = Sql::prepare(
            db(),
            QStringLiteral(
                "INSERT INTO orders (shop_id, platform_order_no, buyer_nick, receiver_name, receiver_phone, "
                "receiver_province, receiver_city, paid_at, paid_fen, item_count, stage, courier_code, "
                "priority, wave_date, buyer_message, stage_changed_at, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // Few distinct values per column: long runs of ties, crossing the 256-row pages.
        QRandomGenerator random(11);
        const QStringList stages = {QStringLiteral("imported"), QStringLiteral("reviewed"),
                                    QStringLiteral("submitted"), QStringLiteral("awaiting_payment")};
        const QStringList provinces = {QStringLiteral("浙江省"), QStringLiteral("广东省"),
                                       QStringLiteral("北京")};
        const QStringList cities = {QStringLiteral("杭州市"), QStringLiteral("深圳市"),
                                    QStringLiteral("北京市")};
        const QString now = Clock::nowText();
        for (int i = 0; i < kOrders; ++i) {
            const QString stage = stages.at(random.bounded(stages.size()));
            const bool paid = stage != u"awaiting_payment" && random.bounded(10) != 0;
            const QString paidAt =
                paid ? QStringLiteral("2026-11-11 0%1:00:00").arg(random.bounded(10)) : QString();
            insert.addBindValue(shopId);
            // Unique per shop, in an order unrelated to id.
            insert.addBindValue(
                QStringLiteral("T%1-%2").arg(random.bounded(2000), 5, 10, QLatin1Char('0')).arg(i));
            insert.addBindValue(QStringLiteral("buyer%1").arg(random.bounded(40)));
            insert.addBindValue(QStringLiteral("收货人%1").arg(random.bounded(30)));
            insert.addBindValue(QStringLiteral("138%1").arg(random.bounded(50)));
            const int place = int(random.bounded(provinces.size()));
            insert.addBindValue(provinces.at(place));
            insert.addBindValue(Sql::text(random.bounded(4) == 0 ? QString() : cities.at(place)));
            insert.addBindValue(Sql::nullable(paidAt));
            insert.addBindValue(qint64(random.bounded(5)) * 1000);
            insert.addBindValue(1 + int(random.bounded(3)));
            insert.addBindValue(stage);
            const QStringList couriers = {QString(), QStringLiteral("ZTO"), QStringLiteral("SF")};
            insert.addBindValue(Sql::nullable(couriers.at(random.bounded(couriers.size()))));
            insert.addBindValue(int(random.bounded(4)));
            insert.addBindValue(paid && random.bounded(3) != 0
                                    ? QVariant(QStringLiteral("2026-11-1%1").arg(random.bounded(3)))
                                    : QVariant());
            insert.addBindValue(Sql::text(random.bounded(6) == 0 ? QStringLiteral("请发顺丰") : QString()));
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(now);
            Sql::exec(insert);
        }
        tx.commit();
        // The test data must hold what it claims: NULLs in every nullable sort column.
        QVERIFY(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at IS NULL")) > 256);
        QVERIFY(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE courier_code IS NULL")) >
                256);
        QVERIFY(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE wave_date IS NULL")) > 256);
    }

    void scrollingMatchesOneOrderBy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("ascending");
        QTest::addColumn<QString>("descending");
        using M = OrdersModel;
        // The order each column promises, written out independently of the model's keys; id last.
        QTest::newRow("stage") << int(M::StageColumn) << QStringLiteral("stage, paid_at, id")
                               << QStringLiteral("stage DESC, paid_at DESC, id DESC");
        QTest::newRow("priority") << int(M::PriorityColumn)
                                  << QStringLiteral("priority, paid_at DESC, id DESC")
                                  << QStringLiteral("priority DESC, paid_at, id");
        QTest::newRow("order no") << int(M::OrderNoColumn) << QStringLiteral("platform_order_no, id")
                                  << QStringLiteral("platform_order_no DESC, id DESC");
        QTest::newRow("buyer") << int(M::BuyerColumn) << QStringLiteral("buyer_nick, id")
                               << QStringLiteral("buyer_nick DESC, id DESC");
        QTest::newRow("receiver") << int(M::ReceiverColumn) << QStringLiteral("receiver_name, id")
                                  << QStringLiteral("receiver_name DESC, id DESC");
        QTest::newRow("phone") << int(M::PhoneColumn) << QStringLiteral("receiver_phone, id")
                               << QStringLiteral("receiver_phone DESC, id DESC");
        QTest::newRow("province") << int(M::ProvinceColumn)
                                  << QStringLiteral("receiver_province, receiver_city, id")
                                  << QStringLiteral("receiver_province DESC, receiver_city DESC, id DESC");
        QTest::newRow("city") << int(M::CityColumn) << QStringLiteral("receiver_city, id")
                              << QStringLiteral("receiver_city DESC, id DESC");
        QTest::newRow("items") << int(M::ItemsColumn) << QStringLiteral("item_count, id")
                               << QStringLiteral("item_count DESC, id DESC");
        QTest::newRow("amount") << int(M::AmountColumn) << QStringLiteral("paid_fen, id")
                                << QStringLiteral("paid_fen DESC, id DESC");
        QTest::newRow("courier") << int(M::CourierColumn) << QStringLiteral("courier_code, id")
                                 << QStringLiteral("courier_code DESC, id DESC");
        QTest::newRow("paid at") << int(M::PaidAtColumn) << QStringLiteral("paid_at, id")
                                 << QStringLiteral("paid_at DESC, id DESC");
        QTest::newRow("wave") << int(M::WaveColumn) << QStringLiteral("wave_date, paid_at, id")
                              << QStringLiteral("wave_date DESC, paid_at DESC, id DESC");
    }

    void scrollingMatchesOneOrderBy()
    {
        QFETCH(int, column);
        QFETCH(QString, ascending);
        QFETCH(QString, descending);
        OrdersModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const bool stageFilter : {false, true}) {
            OrdersFilter f;
            if (stageFilter)
                f.stage = Stage::Imported;
            model.setFilter(f);
            const QString where = stageFilter ? QStringLiteral(" WHERE stage = 'imported'") : QString();
            // SQLite's plain ORDER BY puts NULLs first ascending, last descending: the reference.
            model.sort(column, Qt::AscendingOrder);
            const QList<qint64> up = scrollAll(model);
            QVERIFY(up.size() > 2 * OrdersModel::kPageSize);
            QCOMPARE(up, fullOrder(where, ascending));
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(scrollAll(model), fullOrder(where, descending));
        }
    }

    void countStopsAtTheCapScrollingDoesNot()
    {
        // Filters that need the order rows are counted up to kCountCap; the rows go on.
        TestDatabase big;
        const qint64 shopId = ReviewFixture::shop(big.connection());
        const qint64 n = OrdersModel::kCountCap + 50;
        Sql::run(big.connection(),
                 QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                     "INSERT INTO orders (shop_id, platform_order_no, receiver_province, paid_at, stage, "
                     "stage_changed_at, imported_at, updated_at) SELECT ?, 'N' || i, '广东省', "
                     "'2026-11-11 00:00:00', 'imported', '', '', '' FROM n"),
                 {n, shopId});
        OrdersModel model(big.connection());
        QCOMPARE(model.totalCount(), n); // no filter: exact
        QVERIFY(!model.totalIsCapped());
        OrdersFilter f;
        f.province = QStringLiteral("广东");
        model.setFilter(f);
        QVERIFY(model.totalIsCapped());
        QCOMPARE(model.totalCount(), OrdersModel::kCountCap);
        QCOMPARE(scrollAll(model).size(), n);
        f.province = QStringLiteral("浙江");
        model.setFilter(f);
        QVERIFY(!model.totalIsCapped());
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void deepPagesSeekInsteadOfSkipping()
    {
        // After a few pages, the next one's queries carry the last row's key, never an OFFSET.
        OrdersFilter queue;
        queue.stage = Stage::Imported;
        OrdersPager pager(db(), {QStringLiteral("id")}, queue,
                          {{{QStringLiteral("priority"), true, false},
                            {QStringLiteral("paid_at"), false, true},
                            {QStringLiteral("id"), false, false}}});
        int pages = 0;
        while (pager.next(100, [](const QSqlQuery &) {}) == 100)
            ++pages;
        QVERIFY(pages >= 5);
        pager.restart();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pager.next(100, [](const QSqlQuery &) {}), 100);
        const QStringList sql = pager.nextSql();
        QVERIFY(sql.size() >= 3); // id, paid time and priority pieces
        for (const QString &s : sql) {
            QVERIFY2(!s.contains(QStringLiteral("OFFSET")), qPrintable(s));
            const QString steps = plan(s).join(u'\n');
            QVERIFY2(steps.contains(QStringLiteral("INDEX orders_queue (stage=?")), qPrintable(steps));
            QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps));
        }
    }

    void reviewQueriesWalkAnIndex_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("stage");
        QTest::addColumn<bool>("noted");
        using M = OrdersModel;
        QTest::newRow("default view: all, newest paid first")
            << int(M::PaidAtColumn) << int(Qt::DescendingOrder) << false << false;
        QTest::newRow("stage chip, newest paid first")
            << int(M::PaidAtColumn) << int(Qt::DescendingOrder) << true << false;
        QTest::newRow("review queue") << int(M::PriorityColumn) << int(Qt::DescendingOrder) << true << false;
        QTest::newRow("review queue backwards")
            << int(M::PriorityColumn) << int(Qt::AscendingOrder) << true << false;
        QTest::newRow("stage + order no")
            << int(M::OrderNoColumn) << int(Qt::AscendingOrder) << true << false;
        QTest::newRow("stage + buyer") << int(M::BuyerColumn) << int(Qt::DescendingOrder) << true << false;
        QTest::newRow("stage + has a note")
            << int(M::PaidAtColumn) << int(Qt::DescendingOrder) << true << true;
    }

    void reviewQueriesWalkAnIndex()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(bool, stage);
        QFETCH(bool, noted);
        OrdersModel model(db());
        OrdersFilter f;
        if (stage)
            f.stage = Stage::Imported;
        f.hasNote = noted;
        model.setFilter(f);
        model.sort(column, Qt::SortOrder(order));
        // The first page and a page after a cursor, as the model builds them.
        OrdersPager pager(db(), {QStringLiteral("id")}, f,
                          OrdersModel::sortKey(column, Qt::SortOrder(order), f));
        QStringList sql = pager.nextSql();
        pager.next(50, [](const QSqlQuery &) {});
        sql << pager.nextSql();
        for (const QString &s : std::as_const(sql)) {
            const QString steps = plan(s).join(u'\n');
            QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), qPrintable(s + u'\n' + steps));
            QVERIFY2(!steps.contains(QRegularExpression(QStringLiteral("SCAN orders$"),
                                                        QRegularExpression::MultilineOption)),
                     qPrintable(s + u'\n' + steps));
            if (stage && column == OrdersModel::PriorityColumn)
                QVERIFY2(steps.contains(QStringLiteral("orders_queue")), qPrintable(steps));
            if (noted)
                QVERIFY2(steps.contains(QStringLiteral("orders_noted")), qPrintable(steps));
        }
    }
};

QTEST_MAIN(TestOrdersPaging)
#include "tst_orderspaging.moc"
