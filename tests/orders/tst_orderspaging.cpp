// The orders list pages by keyset: reading to the end gives exactly the rows of one full
// ORDER BY, for every sort in both directions, with ties across page boundaries and NULLs; and
// the queries the review desk runs most walk an index (EXPLAIN QUERY PLAN). A core test: the
// list (OrderList, OrdersPager) is what OrdersModel shows, and links no widgets.
#include "ReviewFixture.h"
#include "orders/OrderList.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>

class TestOrdersPaging : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    static constexpr int kOrders = 3000;
    static constexpr int kPage = 256; // OrdersModel's page

    QSqlDatabase db() const { return m_db->connection(); }

    // Every id of the list, a page at a time to the end.
    static QList<qint64> readAll(OrderList &list)
    {
        QList<qint64> ids;
        for (;;) {
            const QList<OrderListRow> page = list.next(kPage);
            for (const OrderListRow &r : page)
                ids << r.id;
            if (page.size() < kPage)
                return ids;
        }
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
        Sql::Statement insert(
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
            QVariantList values;
            const QString stage = stages.at(random.bounded(stages.size()));
            const bool paid = stage != u"awaiting_payment" && random.bounded(10) != 0;
            const QString paidAt =
                paid ? QStringLiteral("2026-11-11 0%1:00:00").arg(random.bounded(10)) : QString();
            values.append(shopId);
            // Unique per shop, in an order unrelated to id.
            values.append(QStringLiteral("T%1-%2").arg(random.bounded(2000), 5, 10, QLatin1Char('0')).arg(i));
            values.append(QStringLiteral("buyer%1").arg(random.bounded(40)));
            values.append(QStringLiteral("收货人%1").arg(random.bounded(30)));
            values.append(QStringLiteral("138%1").arg(random.bounded(50)));
            const int place = int(random.bounded(provinces.size()));
            values.append(provinces.at(place));
            values.append(Sql::text(random.bounded(4) == 0 ? QString() : cities.at(place)));
            values.append(Sql::nullable(paidAt));
            values.append(qint64(random.bounded(5)) * 1000);
            values.append(1 + int(random.bounded(3)));
            values.append(stage);
            const QStringList couriers = {QString(), QStringLiteral("ZTO"), QStringLiteral("SF")};
            values.append(Sql::nullable(couriers.at(random.bounded(couriers.size()))));
            values.append(int(random.bounded(4)));
            values.append(paid && random.bounded(3) != 0
                              ? QVariant(QStringLiteral("2026-11-1%1").arg(random.bounded(3)))
                              : QVariant());
            values.append(Sql::text(random.bounded(6) == 0 ? QStringLiteral("请发顺丰") : QString()));
            values.append(now);
            values.append(now);
            values.append(now);
            insert.run(values);
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
        QTest::addColumn<OrderListSort>("sort");
        QTest::addColumn<QString>("ascending");
        QTest::addColumn<QString>("descending");
        using S = OrderListSort;
        // The order each column promises, written out independently of the list's keys; id last.
        QTest::newRow("stage") << S::Stage << QStringLiteral("stage, paid_at, id")
                               << QStringLiteral("stage DESC, paid_at DESC, id DESC");
        QTest::newRow("priority") << S::Priority << QStringLiteral("priority, paid_at DESC, id DESC")
                                  << QStringLiteral("priority DESC, paid_at, id");
        QTest::newRow("order no") << S::OrderNo << QStringLiteral("platform_order_no, id")
                                  << QStringLiteral("platform_order_no DESC, id DESC");
        QTest::newRow("buyer") << S::Buyer << QStringLiteral("buyer_nick, id")
                               << QStringLiteral("buyer_nick DESC, id DESC");
        QTest::newRow("receiver") << S::Receiver << QStringLiteral("receiver_name, id")
                                  << QStringLiteral("receiver_name DESC, id DESC");
        QTest::newRow("phone") << S::Phone << QStringLiteral("receiver_phone, id")
                               << QStringLiteral("receiver_phone DESC, id DESC");
        QTest::newRow("province") << S::Province << QStringLiteral("receiver_province, receiver_city, id")
                                  << QStringLiteral("receiver_province DESC, receiver_city DESC, id DESC");
        QTest::newRow("city") << S::City << QStringLiteral("receiver_city, id")
                              << QStringLiteral("receiver_city DESC, id DESC");
        QTest::newRow("items") << S::Items << QStringLiteral("item_count, id")
                               << QStringLiteral("item_count DESC, id DESC");
        QTest::newRow("amount") << S::Amount << QStringLiteral("paid_fen, id")
                                << QStringLiteral("paid_fen DESC, id DESC");
        QTest::newRow("courier") << S::Courier << QStringLiteral("courier_code, id")
                                 << QStringLiteral("courier_code DESC, id DESC");
        QTest::newRow("paid at") << S::PaidAt << QStringLiteral("paid_at, id")
                                 << QStringLiteral("paid_at DESC, id DESC");
        QTest::newRow("wave") << S::Wave << QStringLiteral("wave_date, paid_at, id")
                              << QStringLiteral("wave_date DESC, paid_at DESC, id DESC");
    }

    void scrollingMatchesOneOrderBy()
    {
        QFETCH(OrderListSort, sort);
        QFETCH(QString, ascending);
        QFETCH(QString, descending);
        for (const bool stageFilter : {false, true}) {
            OrdersFilter f;
            if (stageFilter)
                f.stage = Stage::Imported;
            const QString where = stageFilter ? QStringLiteral(" WHERE stage = 'imported'") : QString();
            // SQLite's plain ORDER BY puts NULLs first ascending, last descending: the reference.
            OrderList up(db(), f, sort, false);
            const QList<qint64> ids = readAll(up);
            QVERIFY(ids.size() > 2 * kPage);
            QCOMPARE(ids, fullOrder(where, ascending));
            OrderList down(db(), f, sort, true);
            QCOMPARE(readAll(down), fullOrder(where, descending));
        }
    }

    void countStopsAtTheCapScrollingDoesNot()
    {
        // Filters that need the order rows are counted up to kCountCap; the rows go on.
        TestDatabase big;
        const qint64 shopId = ReviewFixture::shop(big.connection());
        const qint64 n = OrderList::kCountCap + 50;
        Sql::run(big.connection(),
                 QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                     "INSERT INTO orders (shop_id, platform_order_no, receiver_province, paid_at, stage, "
                     "stage_changed_at, imported_at, updated_at) SELECT ?, 'N' || i, '广东省', "
                     "'2026-11-11 00:00:00', 'imported', '', '', '' FROM n"),
                 {n, shopId});
        OrderList::Count c = OrderList::count(big.connection(), {});
        QCOMPARE(c.total, n); // no filter: exact
        QVERIFY(!c.capped);
        OrdersFilter f;
        f.province = QStringLiteral("广东");
        c = OrderList::count(big.connection(), f);
        QVERIFY(c.capped);
        QCOMPARE(c.total, OrderList::kCountCap);
        OrderList all(big.connection(), f, OrderListSort::PaidAt, true);
        QCOMPARE(readAll(all).size(), n);
        f.province = QStringLiteral("浙江");
        c = OrderList::count(big.connection(), f);
        QVERIFY(!c.capped);
        QCOMPARE(c.total, 0);
        OrderList none(big.connection(), f, OrderListSort::PaidAt, true);
        QCOMPARE(none.next(kPage).size(), 0);
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
        QTest::addColumn<OrderListSort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("stage");
        QTest::addColumn<bool>("noted");
        using S = OrderListSort;
        QTest::newRow("default view: all, newest paid first") << S::PaidAt << true << false << false;
        QTest::newRow("stage chip, newest paid first") << S::PaidAt << true << true << false;
        QTest::newRow("review queue") << S::Priority << true << true << false;
        QTest::newRow("review queue backwards") << S::Priority << false << true << false;
        QTest::newRow("stage + order no") << S::OrderNo << false << true << false;
        QTest::newRow("stage + buyer") << S::Buyer << true << true << false;
        QTest::newRow("stage + has a note") << S::PaidAt << true << true << true;
    }

    void reviewQueriesWalkAnIndex()
    {
        QFETCH(OrderListSort, sort);
        QFETCH(bool, descending);
        QFETCH(bool, stage);
        QFETCH(bool, noted);
        OrdersFilter f;
        if (stage)
            f.stage = Stage::Imported;
        f.hasNote = noted;
        // The first page and a page after a cursor, as the list builds them.
        OrdersPager pager(db(), {QStringLiteral("id")}, f, OrderList::sortKey(sort, descending, f));
        QStringList sql = pager.nextSql();
        pager.next(50, [](const QSqlQuery &) {});
        sql << pager.nextSql();
        for (const QString &s : std::as_const(sql)) {
            const QString steps = plan(s).join(u'\n');
            QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), qPrintable(s + u'\n' + steps));
            QVERIFY2(!steps.contains(QRegularExpression(QStringLiteral("SCAN orders$"),
                                                        QRegularExpression::MultilineOption)),
                     qPrintable(s + u'\n' + steps));
            if (stage && sort == OrderListSort::Priority)
                QVERIFY2(steps.contains(QStringLiteral("orders_queue")), qPrintable(steps));
            if (noted)
                QVERIFY2(steps.contains(QStringLiteral("orders_noted")), qPrintable(steps));
        }
    }

    // A sort no index serves (amount) scans the stage for its first page, once more for the list of
    // what follows, and then reads each page by id: scrolling does not scan the stage per page. Rows
    // gone or moved out of the filter since do not end the list early.
    void unindexedSortsScanOnceThenPageById()
    {
        OrdersFilter f;
        f.stage = Stage::Imported;
        const OrdersSortKey key = OrderList::sortKey(OrderListSort::Amount, true, f);
        QVERIFY(!key.seekable);
        constexpr int page = 100; // a few pages of the stage's ≈ 750 orders
        QList<qint64> expected =
            fullOrder(QStringLiteral(" WHERE stage = 'imported'"), QStringLiteral("paid_fen DESC, id DESC"));
        QVERIFY(expected.size() > 3 * page);
        QList<qint64> ids;
        const auto read = [&ids](const QSqlQuery &q) {
            ids << q.value(0).toLongLong();
        };
        OrdersPager pager(db(), {QStringLiteral("id")}, f, key);
        QCOMPARE(pager.nextSql().size(), 1);
        QCOMPARE(pager.next(page, read), page);
        QStringList sql = pager.nextSql(); // the list, then the page by id
        QCOMPARE(sql.size(), 2);
        QVERIFY2(sql.at(0).startsWith(QStringLiteral("SELECT id FROM orders")), qPrintable(sql.at(0)));
        QCOMPARE(pager.next(page, read), page);
        sql = pager.nextSql();
        QCOMPARE(sql.size(), 1);
        QVERIFY2(sql.at(0).contains(QStringLiteral("id IN (")), qPrintable(sql.at(0)));
        const QString steps = plan(sql.at(0)).join(u'\n'); // each id looked up, not the stage walked
        QVERIFY2(steps.contains(QStringLiteral("USING INTEGER PRIMARY KEY")), qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("(stage=?")), qPrintable(steps));

        Transaction tx(db()); // rolled back: the other cases see the orders as they were
        const qint64 gone = expected.at(2 * page + 5);
        const qint64 moved = expected.at(2 * page + 6);
        Sql::run(db(), QStringLiteral("DELETE FROM orders WHERE id = ?"), {gone});
        Sql::run(db(), QStringLiteral("UPDATE orders SET stage = 'submitted' WHERE id = ?"), {moved});
        expected.removeOne(gone);
        expected.removeOne(moved);
        while (pager.next(page, read) == page) {
        }
        QCOMPARE(ids, expected);
    }

    // A search inside a stage looks its few orders up by the search's own indexes (the phone tail's
    // expression index included) instead of walking the stage's index and testing every order.
    void searchesLookUpInsteadOfWalkingTheStage_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("index");
        QTest::newRow("phone tail") << QStringLiteral("3849") << QStringLiteral("orders_phone_tail");
        QTest::newRow("short number's tail") << QStringLiteral("1385") << QStringLiteral("orders_phone_tail");
        QTest::newRow("buyer") << QStringLiteral("buyer7") << QStringLiteral("orders_buyer");
    }

    void searchesLookUpInsteadOfWalkingTheStage()
    {
        QFETCH(QString, search);
        QFETCH(QString, index);
        OrdersFilter f;
        f.stage = Stage::Imported;
        f.search = search;
        OrdersPager pager(db(), {QStringLiteral("id")}, f,
                          OrderList::sortKey(OrderListSort::Priority, true, f));
        const QString sql = pager.nextSql().constFirst();
        const QString steps = plan(sql).join(u'\n');
        QVERIFY2(steps.contains(index), qPrintable(sql + u'\n' + steps));
        QVERIFY2(!steps.contains(QStringLiteral("(stage=?")), qPrintable(steps));

        OrderList list(db(), f, OrderListSort::Priority, true);
        QList<qint64> found = readAll(list);
        std::sort(found.begin(), found.end());
        const QString tail = search.startsWith(u"buyer")
                                 ? QStringLiteral("buyer_nick = '%1'").arg(search)
                                 : QStringLiteral("receiver_phone LIKE '%%1'").arg(search);
        const QList<qint64> expected =
            fullOrder(QStringLiteral(" WHERE stage = 'imported' AND ") + tail, QStringLiteral("id"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestOrdersPaging)
#include "tst_orderspaging.moc"
