// The ledger and its levels: guards, reservations all-or-nothing, prepacked, adjustments, and a
// property test (random operations checked against an independent model, then verify).
#include "StockFixture.h"
#include "TestDatabase.h"
#include "base/Error.h"
#include "stock/PrepackedStock.h"
#include "stock/Reservations.h"
#include "stock/StockAdjustments.h"
#include "stock/StockCounts.h"
#include "stock/StockLimits.h"
#include "stock/StockRisk.h"
#include "stock/StockVerifier.h"

#include <QRandomGenerator>
#include <QTest>

using namespace StockFixture;

class TestStockLedger : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void postNeverBelowZero();
    void reserveIsAllOrNothing();
    void releaseFollowsTheLedgerAfterARefund();
    void prepackedIsPartOfOnHand();
    void adjustmentsCheckReasonsAndReservations();
    void verifyFindsAndRebuildRepairs();
    void riskList();
    void randomOperationsKeepTheInvariant();
    void quantitiesHaveBounds();
};

// One move within ±1,000,000, a level within 0 … 100,000,000, checked where every move passes
// (the ledger) and where people give quantities (adjustments, counts); nothing wraps.
void TestStockLedger::quantitiesHaveBounds()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 0);
    Transaction tx(db);
    QString why;
    QVERIFY(!StockLedger::tryPost(
        db, actor(),
        {a, StockBucket::OnHand, std::numeric_limits<int>::max(), QStringLiteral("received"), {}, {}}, &why));
    QVERIFY2(why.contains(QStringLiteral("over the limit of 1000000")), qPrintable(why));
    QVERIFY(!StockLedger::tryPost(
        db, actor(), {a, StockBucket::OnHand, -StockLimits::kMaxMove - 1, QStringLiteral("lost"), {}, {}},
        &why));
    QVERIFY(StockLedger::tryPost(
        db, actor(),
        {a, StockBucket::OnHand, int(StockLimits::kMaxMove), QStringLiteral("received"), {}, {}}));
    Sql::run(db, QStringLiteral("UPDATE stock_levels SET on_hand = ? WHERE sku_id = ?"),
             {StockLimits::kMaxLevel - 1, a});
    QVERIFY(!StockLedger::tryPost(db, actor(),
                                  {a, StockBucket::OnHand, 2, QStringLiteral("received"), {}, {}}, &why));
    QVERIFY2(why.contains(QStringLiteral("cannot go above 100000000: it is 99999999, the change is 2")),
             qPrintable(why));
    QVERIFY(
        StockLedger::tryPost(db, actor(), {a, StockBucket::OnHand, 1, QStringLiteral("received"), {}, {}}));
    QCOMPARE(countRows(db, QStringLiteral("SELECT on_hand FROM stock_levels WHERE sku_id = ?"), {a}),
             StockLimits::kMaxLevel);

    const Result<> big =
        StockAdjustments::check(db, {a, int(StockLimits::kMaxMove) + 1, AdjustReason::Found, {}, {}});
    QVERIFY(!big);
    QVERIFY2(big.message.contains(QStringLiteral("over the limit")), qPrintable(big.message));
}

void TestStockLedger::postNeverBelowZero()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 3);
    Transaction tx(db);
    QVERIFY_THROWS_EXCEPTION(
        Error, StockLedger::post(db, actor(), {a, StockBucket::OnHand, -4, QStringLiteral("lost"), {}, {}}));
    QString why;
    QVERIFY(!StockLedger::tryPost(db, actor(),
                                  {a, StockBucket::Reserved, -1, QStringLiteral("release"), {}, {}}, &why));
    QVERIFY2(why.contains(u"below zero"), qPrintable(why));
    StockLedger::post(db, actor(), {a, StockBucket::Reserved, 2, QStringLiteral("reserve"), {}, {}});
    // on hand 3, reserved 2: writing off 2 would leave a reserved unit without stock
    QVERIFY(!StockLedger::tryPost(
        db, actor(), {a, StockBucket::OnHand, -2, QStringLiteral("lost"), {}, {}, 0, StockGuard::KeepFree},
        &why));
    QVERIFY2(why.contains(u"reserved"), qPrintable(why));
    QVERIFY(StockLedger::tryPost(
        db, actor(), {a, StockBucket::OnHand, -1, QStringLiteral("lost"), {}, {}, 0, StockGuard::KeepFree}));
    tx.commit();
    QCOMPARE(level(db, a, "on_hand"), 2);
    QCOMPARE(level(db, a, "reserved"), 2);
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger WHERE sku_id = ?"), {a}), 3);
    QVERIFY(StockVerifier::verify(db).isEmpty());
}

void TestStockLedger::reserveIsAllOrNothing()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10);
    const qint64 b = sku(db, QStringLiteral("B"), 4, {}, 2); // safety 2: only 2 available
    const qint64 order1 = order(db, QStringLiteral("1001"), Stage::Reviewed, {{a, 3}, {b, 3}});
    {
        Transaction tx(db);
        const QList<Shortage> s = Reservations::reserveOrder(db, actor(), order1);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().skuCode, QStringLiteral("B"));
        QCOMPARE(s.first().needed, 3);
        QCOMPARE(s.first().available, 2);
        tx.commit();
    }
    QCOMPARE(level(db, a, "reserved"), 0);
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger WHERE bucket = 'reserved'")), 0);
    const qint64 order2 = order(db, QStringLiteral("1002"), Stage::Reviewed, {{a, 3}, {b, 1}, {a, 2}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), order2).isEmpty());
        tx.commit();
    }
    QCOMPARE(level(db, a, "reserved"), 5);
    QCOMPARE(level(db, b, "reserved"), 1);
    QCOMPARE(Reservations::heldBy(db, order2).value(a), 5);
    QCOMPARE(Reservations::available(db, b), 1);
}

void TestStockLedger::releaseFollowsTheLedgerAfterARefund()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10);
    const qint64 b = sku(db, QStringLiteral("B"), 10);
    const qint64 o = order(db, QStringLiteral("2001"), Stage::Reviewed, {{a, 2}, {b, 1}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o).isEmpty());
        tx.commit();
    }
    // The buyer refunds line B after submit: a line-based release would leak B's reservation.
    Sql::run(
        db,
        QStringLiteral("UPDATE order_lines SET refund_status = 'refunded' WHERE order_id = ? AND sku_id = ?"),
        {o, b});
    {
        Transaction tx(db);
        Reservations::releaseOrder(db, actor(), o, QStringLiteral("intercepted"));
        Reservations::releaseOrder(db, actor(), o, QStringLiteral("twice is harmless"));
        tx.commit();
    }
    QCOMPARE(level(db, a, "reserved"), 0);
    QCOMPARE(level(db, b, "reserved"), 0);
    // Shipping a partly refunded order: the refunded line's reservation is released, not shipped.
    const qint64 o2 = order(db, QStringLiteral("2002"), Stage::Reviewed, {{a, 2}, {b, 1}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o2).isEmpty());
        Sql::run(db,
                 QStringLiteral(
                     "UPDATE order_lines SET refund_status = 'refunded' WHERE order_id = ? AND sku_id = ?"),
                 {o2, b});
        Reservations::consumeOrder(db, actor(), o2);
        tx.commit();
    }
    QCOMPARE(level(db, a, "on_hand"), 8);
    QCOMPARE(level(db, b, "on_hand"), 10);
    QCOMPARE(level(db, a, "reserved"), 0);
    QCOMPARE(level(db, b, "reserved"), 0);
    QVERIFY(StockVerifier::verify(db).isEmpty());
}

void TestStockLedger::prepackedIsPartOfOnHand()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10);
    {
        Transaction tx(db);
        PrepackedStock::pack(db, actor(), a, 8, QStringLiteral("batch-1"));
        QVERIFY_THROWS_EXCEPTION(Error, PrepackedStock::pack(db, actor(), a, 3, QStringLiteral("batch-2")));
        tx.commit();
    }
    QCOMPARE(Reservations::available(db, a), 10); // boxing does not make stock unsellable
    QCOMPARE(PrepackedStock::loose(db, a), 2);
    // A normal order of 3 takes the 2 loose units and opens one box.
    const qint64 o = order(db, QStringLiteral("3001"), Stage::Reviewed, {{a, 3}});
    const qint64 p = order(db, QStringLiteral("3002"), Stage::Reviewed, {{a, 1}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o).isEmpty());
        QVERIFY(Reservations::reserveOrder(db, actor(), p).isEmpty());
        Reservations::consumeOrder(db, actor(), o);
        Reservations::consumeOrder(db, actor(), p, ConsumeFrom::Prepacked);
        tx.commit();
    }
    QCOMPARE(level(db, a, "on_hand"), 6);
    QCOMPARE(level(db, a, "prepacked"), 6);
    // Writing off loose stock that is not there is refused while boxes remain.
    QVERIFY(!StockAdjustments::adjust(db, actor(), {a, -1, AdjustReason::Lost, {}, {}}));
    {
        Transaction tx(db);
        PrepackedStock::unpack(db, actor(), a, 6, QStringLiteral("leftovers"));
        tx.commit();
    }
    QVERIFY(StockAdjustments::adjust(db, actor(), {a, -1, AdjustReason::Lost, {}, {}}));
    QVERIFY(StockVerifier::verify(db).isEmpty());
}

void TestStockLedger::adjustmentsCheckReasonsAndReservations()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 5);
    QVERIFY(!StockAdjustments::adjust(db, actor(), {a, -1, AdjustReason::Received, {}, {}}));
    QVERIFY(!StockAdjustments::adjust(db, actor(), {a, 1, AdjustReason::Damaged, {}, {}}));
    QVERIFY(!StockAdjustments::adjust(db, actor(), {a, 1, AdjustReason::Other, QStringLiteral("  "), {}}));
    QVERIFY(!StockAdjustments::adjust(db, actor(), {a, 0, AdjustReason::Found, {}, {}}));
    QVERIFY(!StockAdjustments::adjust(db, actor(), {9999, 1, AdjustReason::Found, {}, {}}));
    QVERIFY(StockAdjustments::adjust(db, actor(),
                                     {a, 2, AdjustReason::Other, QStringLiteral("sample back"), {}}));
    const qint64 o = order(db, QStringLiteral("4001"), Stage::Reviewed, {{a, 6}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o).isEmpty());
        tx.commit();
    }
    const Result<> refused = StockAdjustments::adjust(db, actor(), {a, -2, AdjustReason::Damaged, {}, {}});
    QVERIFY(!refused);
    QVERIFY2(refused.message.contains(u"reserved"), qPrintable(refused.message));
    QVERIFY(
        StockAdjustments::adjust(db, actor(), {a, -1, AdjustReason::Damaged, QStringLiteral("crushed"), {}}));
    // adjustAll is one transaction: the second fails, so the first is not kept either.
    QVERIFY(!StockAdjustments::adjustAll(
        db, actor(), {{a, 3, AdjustReason::Received, {}, {}}, {a, -9, AdjustReason::Lost, {}, {}}}));
    QCOMPARE(level(db, a, "on_hand"), 6);
    QCOMPARE(
        countRows(db, QStringLiteral(
                          "SELECT COUNT(*) FROM audit_log WHERE entity = 'stock' AND action = 'adjust'")),
        2);
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT note FROM stock_ledger WHERE reason = 'other'")).toString(),
        QStringLiteral("sample back"));
}

void TestStockLedger::verifyFindsAndRebuildRepairs()
{
    TestDatabase t;
    t.seedDemo(300);
    const QSqlDatabase db = t.connection();
    QVERIFY(StockVerifier::verify(db).isEmpty());
    const qint64 victim =
        Sql::scalar(db, QStringLiteral("SELECT MIN(sku_id) FROM stock_levels")).toLongLong();
    Sql::run(db,
             QStringLiteral("UPDATE stock_levels SET on_hand = on_hand + 7, prepacked = 1 WHERE sku_id = ?"),
             {victim});
    const QList<StockMismatch> wrong = StockVerifier::verify(db);
    QCOMPARE(wrong.size(), 2);
    QCOMPARE(wrong.first().skuId, victim);
    QCOMPARE(wrong.first().level - wrong.first().ledger, 7);
    QCOMPARE(StockVerifier::rebuild(db, actor()), 2);
    QVERIFY(StockVerifier::verify(db).isEmpty());
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rebuild'")), 2);
}

void TestStockLedger::riskList()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 plenty = sku(db, QStringLiteral("PLENTY"), 100); // threshold 5 in the fixture
    const qint64 low = sku(db, QStringLiteral("LOW"), 4);
    const qint64 hot = sku(db, QStringLiteral("HOT"), 30, {}, 2);
    order(db, QStringLiteral("H1"), Stage::Imported, {{hot, 20}, {plenty, 1}});
    order(db, QStringLiteral("H2"), Stage::OutOfStock, {{hot, 9}});
    order(db, QStringLiteral("H3"), Stage::Shipped, {{hot, 50}}); // gone: not demand
    const QList<StockRiskRow> rows = StockRisk::atRisk(db);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).code, QStringLiteral("HOT")); // 28 available against 29 wanted
    QCOMPARE(rows.at(0).openDemand, 29);
    QVERIFY(rows.at(0).oversellRisk() && !rows.at(0).lowStock());
    QCOMPARE(rows.at(1).skuId, low);
    QVERIFY(rows.at(1).lowStock() && !rows.at(1).oversellRisk());
    QCOMPARE(StockRisk::openDemand(db, plenty), 1);
}

// Random operations from every service, mirrored in a plain model; after each step the database
// must agree with the model and with its own ledger.
void TestStockLedger::randomOperationsKeepTheInvariant()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    QRandomGenerator rng(20261111);
    struct Level {
        int onHand = 0, reserved = 0, prepacked = 0, safety = 0;
    };
    QList<qint64> skus;
    QHash<qint64, Level> model;
    for (int i = 0; i < 6; ++i) {
        const int start = int(rng.bounded(20));
        const int safety = i % 3 == 0 ? 2 : 0;
        const qint64 id = sku(db, QStringLiteral("P%1").arg(i), start, QStringLiteral("B-%1").arg(i), safety);
        skus << id;
        model[id] = {start, 0, 0, safety};
    }
    struct Ord {
        qint64 id;
        QList<QPair<qint64, int>> lines;
        int state; // 0 open, 1 reserved, 2 shipped
    };
    QList<Ord> orders;
    for (int i = 0; i < 60; ++i) {
        QList<QPair<qint64, int>> lines;
        for (int n = 1 + int(rng.bounded(2)); n > 0; --n)
            lines << qMakePair(skus.at(rng.bounded(skus.size())), 1 + int(rng.bounded(3)));
        orders << Ord{order(db, QStringLiteral("R%1").arg(i), Stage::Reviewed, lines), lines, 0};
    }
    int done = 0, refused = 0;
    for (int step = 0; step < 1500; ++step) {
        const qint64 s = skus.at(rng.bounded(skus.size()));
        Level &m = model[s];
        switch (rng.bounded(7)) {
        case 0:
        case 1: { // reserve an open order
            Ord &o = orders[rng.bounded(orders.size())];
            if (o.state != 0)
                break;
            QHash<qint64, int> need;
            for (const auto &l : o.lines)
                need[l.first] += l.second;
            bool fits = true;
            for (auto it = need.cbegin(); it != need.cend(); ++it) {
                const Level &x = model[it.key()];
                fits = fits && x.onHand - x.reserved - x.safety >= it.value();
            }
            Transaction tx(db);
            const bool ok = Reservations::reserveOrder(db, actor(), o.id).isEmpty();
            tx.commit();
            QCOMPARE(ok, fits);
            if (ok) {
                for (auto it = need.cbegin(); it != need.cend(); ++it)
                    model[it.key()].reserved += it.value();
                o.state = 1;
                ++done;
            } else {
                ++refused;
            }
            break;
        }
        case 2: { // release or ship a reserved order
            Ord &o = orders[rng.bounded(orders.size())];
            if (o.state != 1)
                break;
            const bool ship = rng.bounded(2) == 0;
            QHash<qint64, int> need;
            for (const auto &l : o.lines)
                need[l.first] += l.second;
            bool shippable = true; // a count may have found fewer units than the orders hold
            for (auto it = need.cbegin(); it != need.cend(); ++it)
                shippable = shippable && model[it.key()].onHand >= it.value();
            try {
                Transaction tx(db);
                if (ship)
                    Reservations::consumeOrder(db, actor(), o.id);
                else
                    Reservations::releaseOrder(db, actor(), o.id, QStringLiteral("cancel"));
                tx.commit();
                QVERIFY(!ship || shippable);
            } catch (const Error &) {
                QVERIFY(ship && !shippable);
                ++refused;
                break;
            }
            for (const auto &l : o.lines) {
                Level &x = model[l.first];
                x.reserved -= l.second;
                if (ship) {
                    const int loose = x.onHand - x.prepacked;
                    x.prepacked -= std::max(0, l.second - std::max(0, loose));
                    x.onHand -= l.second;
                }
            }
            o.state = ship ? 2 : 0;
            ++done;
            break;
        }
        case 3: { // adjustment either way
            const int delta = int(rng.bounded(11)) - 5;
            if (delta == 0)
                break;
            const AdjustReason reason = delta > 0 ? AdjustReason::Found : AdjustReason::Lost;
            const bool fits = m.onHand + delta >= std::max(m.reserved, m.prepacked);
            const bool ok = StockAdjustments::adjust(db, actor(), {s, delta, reason, {}, {}}).ok;
            QCOMPARE(ok, fits);
            if (ok)
                m.onHand += delta;
            (ok ? done : refused)++;
            break;
        }
        case 4: { // pre-pack or unpack
            const int qty = 1 + int(rng.bounded(3));
            const bool pack = rng.bounded(2) == 0;
            const bool fits = pack ? m.onHand - m.prepacked >= qty : m.prepacked >= qty;
            bool ok = true;
            try {
                Transaction tx(db);
                pack ? PrepackedStock::pack(db, actor(), s, qty, QStringLiteral("b"))
                     : PrepackedStock::unpack(db, actor(), s, qty, QStringLiteral("b"));
                tx.commit();
            } catch (const Error &) {
                ok = false;
            }
            QCOMPARE(ok, fits);
            if (ok)
                m.prepacked += pack ? qty : -qty;
            break;
        }
        case 5: { // a one-line count that finds a few more or fewer
            qint64 id = 0;
            const QString bin =
                Sql::scalar(db, QStringLiteral("SELECT location FROM skus WHERE id = ?"), {s}).toString();
            QVERIFY(StockCounts::start(db, actor(), bin, bin, {}, &id));
            const int counted = std::max(0, m.onHand + int(rng.bounded(5)) - 2);
            QVERIFY(StockCounts::record(db, actor(), id, s, counted));
            const Result<> posted = StockCounts::post(db, actor(), id);
            QVERIFY2(posted.ok, qPrintable(posted.message));
            m.onHand = counted;
            m.prepacked = std::min(m.prepacked, counted);
            break;
        }
        case 6: { // receiving, now and then
            if (rng.bounded(4) != 0)
                break;
            const int qty = 1 + int(rng.bounded(6));
            QVERIFY(StockAdjustments::adjust(db, actor(), {s, qty, AdjustReason::Received, {}, {}}));
            m.onHand += qty;
            break;
        }
        }
        if (step % 100 == 99 || step == 0) {
            QVERIFY(StockVerifier::verify(db).isEmpty());
            for (qint64 id : std::as_const(skus)) {
                const Level &x = model[id];
                QCOMPARE(level(db, id, "on_hand"), x.onHand);
                QCOMPARE(level(db, id, "reserved"), x.reserved);
                QCOMPARE(level(db, id, "prepacked"), x.prepacked);
                QVERIFY(x.onHand >= 0 && x.reserved >= 0 && x.prepacked >= 0);
            }
        }
    }
    QVERIFY(StockVerifier::verify(db).isEmpty());
    qInfo("%d operations done, %d refused", done, refused);
    QVERIFY(done > 300);
    QVERIFY(refused > 10);
}

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
