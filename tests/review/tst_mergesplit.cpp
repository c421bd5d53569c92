// Merge and split keep every line and every fen; merge never crosses buyer IDs; line edits and
// stage actions refuse what they must and audit what they do.
#include "ReviewFixture.h"
#include "StationRace.h"
#include "orders/OrderStore.h"
#include "review/LineEditor.h"
#include "review/OrderMerger.h"
#include "review/OrderSplitter.h"
#include "review/ReviewActions.h"

using namespace ReviewFixture;

namespace {
struct Totals {
    qint64 goods = 0, shipping = 0, paid = 0;
    int items = 0, lines = 0;
    bool operator==(const Totals &o) const
    {
        return goods == o.goods && shipping == o.shipping && paid == o.paid && items == o.items &&
               lines == o.lines;
    }
};

Totals totals(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT SUM(goods_fen), SUM(shipping_fen), SUM(paid_fen), SUM(item_count), "
                           "(SELECT COUNT(*) FROM order_lines) FROM orders"));
    q.next();
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
            q.value(4).toInt()};
}
} // namespace

class TestMergeSplit : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 m_shop = 0, m_a = 0, m_b = 0, m_c = 0;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_shop = shop(db());
        m_a = sku(db(), QStringLiteral("A1"), 50);
        m_b = sku(db(), QStringLiteral("B1"), 50);
        m_c = sku(db(), QStringLiteral("C1"), 50);
    }
    void cleanup() { m_db.reset(); }

    void mergeConservesLinesAndAmounts()
    {
        Order one = order(m_shop, QStringLiteral("1"), {{m_a, 1}, {m_b, 2}});
        one.shippingFen = 800;
        one.paidFen = one.goodsFen + 800;
        one.buyerMessage = QStringLiteral("周末送");
        Order two = order(m_shop, QStringLiteral("2"), {{m_c, 3}});
        two.buyerNick = one.buyerNick;
        two.receiver = one.receiver;
        two.paidAt = Clock::toText(Clock::nowUtc());
        two.paidFen = two.goodsFen - 100; // a coupon
        two.sellerMemo = QStringLiteral("老客户");
        const qint64 a = insert(db(), one), b = insert(db(), two);
        const Totals before = totals(db());
        const Result<qint64> merged = OrderMerger::merge(db(), TestDatabase::actor(), {b, a});
        QVERIFY2(merged.ok, qPrintable(merged.message));
        QCOMPARE(*merged, a); // the earlier one keeps its number
        QVERIFY(totals(db()) == before);
        const Order m = *OrderStore::load(db(), a);
        QCOMPARE(m.lines.size(), 3);
        QCOMPARE(m.itemCount(), 6);
        QCOMPARE(m.paidFen, one.paidFen + two.paidFen);
        QVERIFY(m.buyerMessage.contains(QStringLiteral("周末送")));
        QVERIFY(m.sellerMemo.contains(QStringLiteral("老客户")));
        QCOMPARE(stageOf(db(), b), QStringLiteral("cancelled"));
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT merged_into FROM orders WHERE id = ?"), {b})
                     .toLongLong(),
                 a);
        QCOMPARE(
            countRows(db(), QStringLiteral(
                                "SELECT COUNT(*) FROM audit_log WHERE action IN ('merge', 'merged_into')")),
            2);
    }

    void mergeRefusesDifferentBuyersAndReceivers()
    {
        Order one = order(m_shop, QStringLiteral("1"), {{m_a, 1}});
        Order other = order(m_shop, QStringLiteral("2"), {{m_a, 1}}); // other buyer ID, same address
        other.receiver = one.receiver;
        Order moved = order(m_shop, QStringLiteral("3"), {{m_a, 1}}); // same buyer, other address
        moved.buyerNick = one.buyerNick;
        const qint64 a = insert(db(), one), b = insert(db(), other), c = insert(db(), moved);
        const Totals before = totals(db());
        Result<qint64> r = OrderMerger::merge(db(), TestDatabase::actor(), {a, b});
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("different buyers")), qPrintable(r.message));
        r = OrderMerger::merge(db(), TestDatabase::actor(), {a, c});
        QVERIFY(!r.ok);
        QVERIFY(totals(db()) == before);
        QCOMPARE(stageOf(db(), b), QStringLiteral("imported"));
        QVERIFY(!OrderMerger::merge(db(), TestDatabase::actor(), {a}).ok);
    }

    void mergeRefusesSubmitted()
    {
        Order one = order(m_shop, QStringLiteral("1"), {{m_a, 1}});
        Order two = order(m_shop, QStringLiteral("2"), {{m_a, 1}});
        two.buyerNick = one.buyerNick;
        two.receiver = one.receiver;
        two.stage = Stage::Submitted;
        const qint64 a = insert(db(), one), b = insert(db(), two);
        const Result<qint64> r = OrderMerger::merge(db(), TestDatabase::actor(), {a, b});
        QVERIFY(!r.ok);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = ?"), {a}),
                 1);
    }

    void splitConservesLinesAndAmounts_data()
    {
        QTest::addColumn<qint64>("paid");
        QTest::newRow("exact") << qint64(5900 * 6);
        QTest::newRow("coupon with remainder") << qint64(5900 * 6 - 1001);
    }
    void splitConservesLinesAndAmounts()
    {
        QFETCH(qint64, paid);
        Order o = order(m_shop, QStringLiteral("1"), {{m_a, 1}, {m_b, 2}, {m_c, 3}});
        o.shippingFen = 800;
        o.paidFen = paid + 800;
        const qint64 id = insert(db(), o);
        const Totals before = totals(db());
        const Order loaded = *OrderStore::load(db(), id);
        qint64 part = 0;
        const Result<> r =
            OrderSplitter::split(db(), TestDatabase::actor(), id, {loaded.lines.at(2).id}, &part);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(totals(db()) == before);
        const Order rest = *OrderStore::load(db(), id);
        const Order split = *OrderStore::load(db(), part);
        QCOMPARE(rest.lines.size(), 2);
        QCOMPARE(split.lines.size(), 1);
        QCOMPARE(split.lines.first().skuId, m_c);
        QCOMPARE(split.platformOrderNo, QStringLiteral("1-2"));
        QCOMPARE(split.goodsFen, 5900 * 3);
        QCOMPARE(split.shippingFen, 0);
        QVERIFY(split.paidFen <= split.goodsFen);
        QCOMPARE(rest.paidFen + split.paidFen, o.paidFen);
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT split_from FROM orders WHERE id = ?"), {part})
                     .toLongLong(),
                 id);
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT item_count FROM orders WHERE id = ?"), {part}).toInt(),
            3);
    }

    // Four stations split the same line off the same order at once: one makes part -2, the others
    // wait for it and are told in words that the line is gone; no unique-key error, no part -3.
    // Then four stations merge the same pair at once: one merge, three refusals.
    void stationsRacingOnOneOrderAreRefusedInWords()
    {
        const qint64 id = insert(db(), order(m_shop, QStringLiteral("1"), {{m_a, 1}, {m_b, 2}, {m_c, 3}}));
        const qint64 lineId = OrderStore::load(db(), id)->lines.at(2).id;
        const Totals before = totals(db());
        std::atomic_int won = 0;
        QStringList refusals;
        std::mutex lock;
        QStringList thrown = raceStations(m_db->path(), 4, [&](const QSqlDatabase &c, int) {
            const Result<> r = OrderSplitter::split(c, TestDatabase::actor(), id, {lineId});
            if (r.ok)
                ++won;
            const std::lock_guard guard(lock);
            if (!r.ok)
                refusals << r.message;
        });
        QVERIFY2(thrown.isEmpty(), qPrintable(thrown.join(u'\n')));
        QCOMPARE(won.load(), 1);
        QCOMPARE(refusals.size(), 3);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 2);
        QVERIFY(totals(db()) == before);

        Order two = order(m_shop, QStringLiteral("2"), {{m_a, 1}});
        Order three = order(m_shop, QStringLiteral("3"), {{m_b, 1}});
        three.buyerNick = two.buyerNick;
        three.receiver = two.receiver;
        const QList<qint64> pair = {insert(db(), two), insert(db(), three)};
        const Totals beforeMerge = totals(db());
        won = 0;
        thrown = raceStations(m_db->path(), 4, [&](const QSqlDatabase &c, int station) {
            // Half of them name the pair the other way round: the locks are still taken in one order.
            const QList<qint64> ids = station % 2 ? pair : QList<qint64>{pair.at(1), pair.at(0)};
            if (OrderMerger::merge(c, TestDatabase::actor(), ids))
                ++won;
        });
        QVERIFY2(thrown.isEmpty(), qPrintable(thrown.join(u'\n')));
        QCOMPARE(won.load(), 1);
        QVERIFY(totals(db()) == beforeMerge);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'cancelled'")), 1);
    }

    void splitRefusesAllLinesOrForeignLines()
    {
        const qint64 id = insert(db(), order(m_shop, QStringLiteral("1"), {{m_a, 1}, {m_b, 1}}));
        const qint64 other = insert(db(), order(m_shop, QStringLiteral("2"), {{m_a, 1}}));
        const Order o = *OrderStore::load(db(), id);
        const Order foreign = *OrderStore::load(db(), other);
        QVERIFY(
            !OrderSplitter::split(db(), TestDatabase::actor(), id, {o.lines.at(0).id, o.lines.at(1).id}).ok);
        QVERIFY(!OrderSplitter::split(db(), TestDatabase::actor(), id, {foreign.lines.at(0).id}).ok);
        QVERIFY(!OrderSplitter::split(db(), TestDatabase::actor(), id, {}).ok);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 2);
    }

    void editLinesFixesUnknownSkuAndIsRefusedAfterSubmit()
    {
        Order o = order(m_shop, QStringLiteral("1"), {{m_a, 1}});
        OrderLine unknown;
        unknown.outerCode = QStringLiteral("XX-1");
        unknown.qty = 1;
        unknown.priceFen = 1000;
        o.lines << unknown;
        const qint64 id = insert(db(), o);
        Sql::run(db(),
                 QStringLiteral(
                     "INSERT INTO order_flags (order_id, flag, reason) VALUES (?, 'unknown_sku', 'XX-1')"),
                 {id});
        Order loaded = *OrderStore::load(db(), id);
        loaded.lines[1].skuId = m_b;
        loaded.lines[1].qty = 2;
        const Result<> r =
            LineEditor::setLines(db(), TestDatabase::actor(), id, loaded.lines, loaded.version);
        QVERIFY2(r.ok, qPrintable(r.message));
        const Order after = *OrderStore::load(db(), id);
        QCOMPARE(after.lines.at(1).outerCode, QStringLiteral("B1"));
        QCOMPARE(after.itemCount(), 3);
        QCOMPARE(flagsOf(db(), id), QStringList());
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'edit_lines' "
                                                "AND before_json LIKE '%XX-1%'")),
                 1);
        QVERIFY(!LineEditor::setLines(db(), TestDatabase::actor(), id, after.lines, loaded.version)
                     .ok); // stale version

        Sql::run(db(), QStringLiteral("UPDATE orders SET stage = 'submitted' WHERE id = ?"), {id});
        const Result<> refused = LineEditor::setLines(db(), TestDatabase::actor(), id, after.lines);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral("Submitted")), qPrintable(refused.message));
    }

    void holdReleaseCancel()
    {
        const qint64 a = insert(db(), order(m_shop, QStringLiteral("1"), {{m_a, 1}}));
        const qint64 b = insert(db(), order(m_shop, QStringLiteral("2"), {{m_a, 1}}));
        Order sub = order(m_shop, QStringLiteral("3"), {{m_a, 1}});
        sub.stage = Stage::Submitted;
        const qint64 c = insert(db(), sub);
        const Actor who = TestDatabase::actor();
        QCOMPARE(ReviewActions::approve(db(), who, {a}).done, 1);
        BulkResult held = ReviewActions::hold(db(), who, {a, b}, QStringLiteral("等买家回复"));
        QCOMPARE(held.done, 2);
        QVERIFY(ReviewActions::hold(db(), who, {a}, QString()).refused.size() == 1); // no reason
        QCOMPARE(ReviewActions::release(db(), who, {a, b, c}).done, 2);
        QCOMPARE(stageOf(db(), a), QStringLiteral("reviewed"));
        QCOMPARE(stageOf(db(), b), QStringLiteral("imported"));
        const BulkResult cancelled = ReviewActions::cancel(db(), who, {b, c}, QStringLiteral("买家不要了"));
        QCOMPARE(cancelled.done, 1);
        QCOMPARE(cancelled.refused.size(), 1);
        QCOMPARE(cancelled.refused.first().first, c);
        QCOMPARE(stageOf(db(), c), QStringLiteral("submitted"));
        QVERIFY(!ReviewActions::cancel(db(), who, {a}, QString()).refused.isEmpty()); // reason required
        QCOMPARE(ReviewActions::approve(db(), who, {c}).refused.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMergeSplit)
#include "tst_mergesplit.moc"
