// Stock counts (盘点): range, scans and typed counts, review, posting as one batch, and stock that
// moves between counting and posting.
#include "StockFixture.h"
#include "TestDatabase.h"
#include "stock/Reservations.h"
#include "stock/StockAdjustments.h"
#include "stock/StockCounts.h"
#include "stock/StockVerifier.h"

#include <QTest>

using namespace StockFixture;

class TestStockCounts : public QObject {
    Q_OBJECT
private slots:
    void countAndPostARange();
    void movementsAfterCountingAreKept();
    void refusals();
};

void TestStockCounts::countAndPostARange()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a =
        sku(db, QStringLiteral("A"), 10, QStringLiteral("A-01-01"), 0, {QStringLiteral("6900000000011")});
    const qint64 b =
        sku(db, QStringLiteral("B"), 5, QStringLiteral("A-01-02"), 0, {QStringLiteral("6900000000028")});
    const qint64 c = sku(db, QStringLiteral("C"), 7, QStringLiteral("A-02-01"));
    const qint64 outside = sku(db, QStringLiteral("D"), 3, QStringLiteral("B-01-01"));
    qint64 id = 0;
    QVERIFY(StockCounts::start(db, actor(), QStringLiteral("A-01-01"), QStringLiteral("A-02-99"),
                               QStringLiteral("night"), &id));
    QCOMPARE(StockCounts::lines(db, id).size(), 3);
    for (int i = 0; i < 12; ++i)
        QVERIFY(StockCounts::scan(db, actor(), id, QStringLiteral("6900000000011")));
    QVERIFY(StockCounts::scan(db, actor(), id, QStringLiteral("6900000000028"), 3));
    QVERIFY(StockCounts::scan(db, actor(), id, QStringLiteral("6900000000028")));
    // C is not counted: it is left alone, not taken as zero.
    QVERIFY(!StockCounts::scan(db, actor(), id, QStringLiteral("0000")));
    const QList<CountLine> lines = StockCounts::lines(db, id);
    QCOMPARE(lines.at(0).code, QStringLiteral("A"));
    QCOMPARE(lines.at(0).difference(), 2);
    QCOMPARE(lines.at(1).difference(), -1);
    QVERIFY(!lines.at(2).counted);
    const qint64 ledgerBefore = countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger"));
    QVERIFY(StockCounts::post(db, actor(), id));
    QCOMPARE(level(db, a, "on_hand"), 12);
    QCOMPARE(level(db, b, "on_hand"), 4);
    QCOMPARE(level(db, c, "on_hand"), 7);
    QCOMPARE(level(db, outside, "on_hand"), 3);
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger")), ledgerBefore + 2);
    QCOMPARE(countRows(db,
                       QStringLiteral("SELECT COUNT(*) FROM stock_ledger WHERE reason = 'count' AND ref = ?"),
                       {QStringLiteral("count:%1").arg(id)}),
             2);
    QCOMPARE(StockCounts::load(db, id)->state, StockCountState::Posted);
    QVERIFY(!StockCounts::post(db, actor(), id)); // posted once only
    QVERIFY(!StockCounts::record(db, actor(), id, a, 1));
    QVERIFY(StockVerifier::verify(db).isEmpty());
    QCOMPARE(
        countRows(db, QStringLiteral(
                          "SELECT COUNT(*) FROM audit_log WHERE entity = 'stock_count' AND action = 'post'")),
        1);
}

void TestStockCounts::movementsAfterCountingAreKept()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10, QStringLiteral("C-01"));
    const qint64 b = sku(db, QStringLiteral("B"), 10, QStringLiteral("C-02"));
    qint64 id = 0;
    QVERIFY(StockCounts::start(db, actor(), QStringLiteral("C-01"), QStringLiteral("C-02"), {}, &id));
    // Before A is counted, 3 are shipped: the counter sees 7 in the bin (and 1 is missing: 6).
    const qint64 o = order(db, QStringLiteral("9001"), Stage::Reviewed, {{a, 3}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o).isEmpty());
        Reservations::consumeOrder(db, actor(), o);
        tx.commit();
    }
    QVERIFY(StockCounts::record(db, actor(), id, a, 6));
    QVERIFY(StockCounts::record(db, actor(), id, b, 10));
    // After counting, 5 of A arrive and 2 of B are damaged: posting must keep those movements.
    QVERIFY(StockAdjustments::adjust(db, actor(), {a, 5, AdjustReason::Received, {}, {}}));
    QVERIFY(StockAdjustments::adjust(db, actor(), {b, -2, AdjustReason::Damaged, {}, {}}));
    const QList<CountLine> lines = StockCounts::lines(db, id);
    QCOMPARE(lines.at(0).onHandAtStart, 10);
    QCOMPARE(lines.at(0).onHandAtCount, 7);
    QCOMPARE(lines.at(0).onHandNow, 12);
    QCOMPARE(lines.at(0).difference(), -1);
    QCOMPARE(lines.at(1).difference(), 0);
    QVERIFY(StockCounts::post(db, actor(), id));
    QCOMPARE(level(db, a, "on_hand"), 11); // 6 counted + 5 received since
    QCOMPARE(level(db, b, "on_hand"), 8);  // counted right, then 2 damaged
    QVERIFY(StockVerifier::verify(db).isEmpty());
}

void TestStockCounts::refusals()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10, QStringLiteral("E-01"));
    qint64 id = 0;
    QVERIFY(!StockCounts::start(db, actor(), QStringLiteral("Z-01"), {}, {}, &id));
    QVERIFY(!StockCounts::start(db, actor(), QStringLiteral("E-09"), QStringLiteral("E-01"), {}, &id));
    QVERIFY(StockCounts::start(db, actor(), QStringLiteral("E-01"), {}, {}, &id));
    qint64 second = 0;
    const Result<> overlap =
        StockCounts::start(db, actor(), QStringLiteral("E"), QStringLiteral("F"), {}, &second);
    QVERIFY(!overlap);
    QVERIFY2(overlap.message.contains(QString::number(id)), qPrintable(overlap.message));
    QVERIFY(!StockCounts::record(db, actor(), id, a, -1));
    QVERIFY(StockCounts::record(db, actor(), id, a, 4));
    QVERIFY(StockCounts::cancel(db, actor(), id));
    QVERIFY(!StockCounts::post(db, actor(), id));
    QCOMPARE(level(db, a, "on_hand"), 10);
    QVERIFY(StockCounts::start(db, actor(), QStringLiteral("E"), QStringLiteral("F"), {}, &second));
}

QTEST_GUILESS_MAIN(TestStockCounts)
#include "tst_stockcounts.moc"
