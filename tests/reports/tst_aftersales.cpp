// After-sales desk (list, outcomes, exchange/reship as a linked order) and gifts by rule.
#include "ReportFixture.h"
#include "base/Error.h"
#include "db/Transaction.h"
#include "orders/AfterSales.h"
#include "reports/AfterSalesDesk.h"
#include "review/GiftRules.h"
#include "review/ReviewActions.h"
#include "stock/Sku.h"
#include "stock/SkuCatalog.h"
#include "stock/StockLedger.h"

#include <QTest>

using ReportFixture::OrderSpec;

class TestAfterSales : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_shop = 0;

    qint64 sku(const QString &code, int onHand)
    {
        const QSqlDatabase db = m_tdb->connection();
        Transaction tx(db);
        Sku s;
        s.code = code;
        s.title = QStringLiteral("保温杯 ") + code;
        s.spec = QStringLiteral("500ml"); // SkuCatalog binds a null spec/location as NULL (NOT NULL columns)
        s.location = QStringLiteral("G-01-01");
        const qint64 id = SkuCatalog::insert(db, s);
        if (onHand > 0)
            StockLedger::post(db, TestDatabase::actor(),
                              {id, StockBucket::OnHand, onHand, QStringLiteral("received"), {}, {}});
        tx.commit();
        return id;
    }
    GiftOutcome applyGifts(qint64 orderId)
    {
        Transaction tx(m_tdb->connection());
        GiftOutcome g = GiftRules::apply(m_tdb->connection(), TestDatabase::actor(), orderId);
        tx.commit();
        return g;
    }

private slots:
    // Kinds and outcomes are enums in the code and their codes in the database: every one goes
    // there and back, and a code this build does not know is not taken for one it does.
    void codesGoThereAndBack()
    {
        for (const AfterSalesOutcome o : AfterSales::outcomes())
            QCOMPARE(AfterSales::outcomeFromCode(AfterSales::code(o)), o);
        QCOMPARE(AfterSales::outcomes().size(), 8);
        for (const AfterSalesKind k : {AfterSalesKind::RefundOnly, AfterSalesKind::ReturnRefund,
                                       AfterSalesKind::Exchange, AfterSalesKind::Reship})
            QCOMPARE(AfterSales::kindFromCode(AfterSales::code(k)), k);
        QCOMPARE(AfterSales::code(AfterSalesOutcome::CancelledBeforeSubmit),
                 QStringLiteral("cancelled_before_submit"));
        QCOMPARE(AfterSales::code(AfterSalesKind::ReturnRefund), QStringLiteral("return_refund"));
        QVERIFY(!AfterSales::outcomeFromCode(QStringLiteral("lost")));
        QVERIFY(!AfterSales::kindFromCode(QString()));
    }

    void init()
    {
        m_tdb = std::make_unique<TestDatabase>();
        Clock::freezeAt(ReportFixture::utc("2026-11-15 00:00:00"));
        m_shop = ReportFixture::shop(m_tdb->connection());
    }
    void cleanup()
    {
        m_tdb.reset();
        Clock::freezeAt({});
    }

    void listShowsArrivalStageAndOutcome()
    {
        const QSqlDatabase db = m_tdb->connection();
        OrderSpec s;
        s.no = QStringLiteral("R1");
        s.stage = Stage::Shipped;
        s.paidAt = QStringLiteral("2026-11-10 00:00:00");
        const qint64 id = ReportFixture::order(db, m_shop, s);
        AfterSalesCase c;
        c.orderId = id;
        c.kind = AfterSalesKind::ReturnRefund;
        c.arrivedStage = Stage::Shipped;
        c.refundFen = 12800;
        c.requestedAt = QStringLiteral("2026-11-14 00:00:00");
        const qint64 caseId = AfterSales::open(db, TestDatabase::actor(), c);

        QList<AfterSalesRow> rows = AfterSalesDesk::list(db, {true, {}, {}});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].orderNo, QStringLiteral("R1"));
        QCOMPARE(rows[0].arrivedStage, Stage::Shipped);
        QCOMPARE(rows[0].outcome, AfterSalesOutcome::Open);

        QVERIFY(
            AfterSalesDesk::setOutcome(db, TestDatabase::actor(), caseId, AfterSalesOutcome::ReturnedReceived)
                .ok);
        rows = AfterSalesDesk::list(db);
        QCOMPARE(rows[0].outcome, AfterSalesOutcome::ReturnedReceived);
        QCOMPARE(rows[0].completedAt, QStringLiteral("2026-11-15 00:00:00")); // refunded now
        QVERIFY(AfterSalesDesk::list(db, {true, {}, {}}).isEmpty());
        QCOMPARE(AfterSalesDesk::csvRows(rows)[1][8], QStringLiteral("128.00"));
    }

    void classifiesReasons()
    {
        QCOMPARE(AfterSalesDesk::classifyReason(QStringLiteral("质量问题")), QStringLiteral("quality"));
        QCOMPARE(AfterSalesDesk::classifyReason(QStringLiteral("做工粗糙/有瑕疵")),
                 QStringLiteral("quality"));
        QCOMPARE(AfterSalesDesk::classifyReason(QStringLiteral("快递破损")), QStringLiteral("logistics"));
        QCOMPARE(AfterSalesDesk::classifyReason(QStringLiteral("七天无理由退换货")),
                 QStringLiteral("no_reason"));
        QCOMPARE(AfterSalesDesk::classifyReason(QStringLiteral("其他")), QStringLiteral("other"));
    }

    void reshipCreatesLinkedOrder()
    {
        const QSqlDatabase db = m_tdb->connection();
        OrderSpec s;
        s.no = QStringLiteral("2000000000000000777");
        s.stage = Stage::Shipped;
        s.paidAt = QStringLiteral("2026-11-10 00:00:00");
        s.qty = 2;
        s.courier = QStringLiteral("ZTO");
        const qint64 id = ReportFixture::order(db, m_shop, s);
        AfterSalesCase c;
        c.orderId = id;
        c.kind = AfterSalesKind::Reship;
        c.arrivedStage = Stage::Shipped;
        c.reason = QStringLiteral("少件");
        const qint64 caseId = AfterSales::open(db, TestDatabase::actor(), c);

        const qint64 paidBefore =
            countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at IS NOT NULL"));
        const Result<qint64> r = AfterSalesDesk::createLinkedOrder(db, TestDatabase::actor(), caseId, {});
        QVERIFY2(r.ok, qPrintable(r.message));
        const qint64 newId = *r;
        const std::optional<Order> o = OrderStore::load(db, newId);
        QVERIFY(o);
        QCOMPARE(o->platformOrderNo, QStringLiteral("2000000000000000777-B1"));
        QCOMPARE(o->stage, Stage::Imported); // reviewed like any other order
        QCOMPARE(o->receiver.name, QStringLiteral("张伟"));
        QCOMPARE(o->lines.size(), 1);
        QCOMPARE(o->lines[0].qty, 2);
        QCOMPARE(o->lines[0].priceFen, 0);
        QVERIFY(o->sellerMemo.contains(QStringLiteral("2000000000000000777")));
        // Not a sale: the refund metrics' 成交 count is unchanged.
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at IS NOT NULL")),
                 paidBefore);
        const AfterSalesRow row = AfterSalesDesk::list(db).first();
        QCOMPARE(row.linkedOrderId, newId);
        QCOMPARE(row.linkedOrderNo, o->platformOrderNo);
        QCOMPARE(row.outcome, AfterSalesOutcome::Reshipped);
        QCOMPARE(countRows(db,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'order' AND "
                                          "entity_id = ? AND action = 'create'"),
                           {newId}),
                 1);
        // Once per case.
        QVERIFY(!AfterSalesDesk::createLinkedOrder(db, TestDatabase::actor(), caseId, {}).ok);
    }

    void approvingAnOrderAddsItsGifts()
    {
        // The review desk's approve applies the gift rules in the same transaction as the move.
        const QSqlDatabase db = m_tdb->connection();
        const qint64 cup = sku(QStringLiteral("GIFT-CUP"), 5);
        GiftRule byAmount;
        byAmount.name = QStringLiteral("满199送杯");
        byAmount.minAmountFen = 19900;
        byAmount.giftSkuId = cup;
        GiftRules::add(db, TestDatabase::actor(), byAmount);
        OrderSpec big;
        big.no = QStringLiteral("APPROVE-BIG");
        big.goodsFen = 25900;
        big.paidAt = QStringLiteral("2026-11-14 00:00:00");
        const qint64 bigId = ReportFixture::order(db, m_shop, big);
        OrderSpec small = big;
        small.no = QStringLiteral("APPROVE-SMALL");
        small.goodsFen = 5000;
        const qint64 smallId = ReportFixture::order(db, m_shop, small);

        const BulkResult r = ReviewActions::approve(db, TestDatabase::actor(), {bigId, smallId});
        QCOMPARE(r.done, 2);
        const std::optional<Order> o = OrderStore::load(db, bigId);
        QCOMPARE(o->stage, Stage::Reviewed);
        QCOMPARE(o->lines.size(), 2);
        QCOMPARE(o->lines[1].skuId, cup);
        QCOMPARE(OrderStore::load(db, smallId)->lines.size(), 1);
    }

    void giftsByAmountAndMemberLevel()
    {
        const QSqlDatabase db = m_tdb->connection();
        const qint64 cup = sku(QStringLiteral("GIFT-CUP"), 1);
        const qint64 card = sku(QStringLiteral("GIFT-CARD"), 10);
        GiftRule byAmount;
        byAmount.name = QStringLiteral("满199送杯");
        byAmount.minAmountFen = 19900;
        byAmount.giftSkuId = cup;
        GiftRules::add(db, TestDatabase::actor(), byAmount);
        GiftRule byLevel;
        byLevel.name = QStringLiteral("VIP3送卡");
        byLevel.minMemberLevel = 3;
        byLevel.giftSkuId = card;
        byLevel.qty = 2;
        GiftRules::add(db, TestDatabase::actor(), byLevel);
        GiftRule none;
        none.name = QStringLiteral("no condition");
        none.giftSkuId = card;
        QVERIFY_THROWS_EXCEPTION(Error, GiftRules::add(db, TestDatabase::actor(), none));
        GiftRules::setMemberLevel(db, TestDatabase::actor(), m_shop, QStringLiteral("vip"), 3);

        OrderSpec big;
        big.no = QStringLiteral("BIG");
        big.goodsFen = 19900;
        big.paidAt = QStringLiteral("2026-11-14 00:00:00");
        const qint64 bigId = ReportFixture::order(db, m_shop, big);
        GiftOutcome g = applyGifts(bigId);
        QCOMPARE(g.added.size(), 1);
        QVERIFY(g.skipped.isEmpty());
        std::optional<Order> o = OrderStore::load(db, bigId);
        QCOMPARE(o->lines.size(), 2);
        QCOMPARE(o->lines[1].skuId, cup);
        QCOMPARE(o->lines[1].priceFen, 0);
        QVERIFY(o->lines[1].title.startsWith(QStringLiteral("【赠品】")));
        QCOMPARE(o->version, 2);
        QCOMPARE(countRows(db, QStringLiteral("SELECT item_count FROM orders WHERE id = ?"), {bigId}), 2);
        // Twice: nothing more.
        QVERIFY(applyGifts(bigId).added.isEmpty());
        QCOMPARE(OrderStore::load(db, bigId)->lines.size(), 2);

        // A VIP with a big order: the card comes, the last cup is promised to BIG already.
        OrderSpec vip = big;
        vip.no = QStringLiteral("VIP");
        vip.nick = QStringLiteral("vip");
        const qint64 vipId = ReportFixture::order(db, m_shop, vip);
        g = applyGifts(vipId);
        QCOMPARE(g.added.size(), 1);
        QCOMPARE(g.skipped.size(), 1);
        QVERIFY2(g.skipped[0].contains(QStringLiteral("GIFT-CUP")), qPrintable(g.skipped[0]));
        o = OrderStore::load(db, vipId);
        QCOMPARE(o->lines.size(), 2);
        QCOMPARE(o->lines[1].skuId, card);
        QCOMPARE(o->lines[1].qty, 2);

        // A small order from a stranger: nothing. A submitted order: never touched.
        OrderSpec small = big;
        small.no = QStringLiteral("SMALL");
        small.goodsFen = 5000;
        QVERIFY(applyGifts(ReportFixture::order(db, m_shop, small)).added.isEmpty());
        OrderSpec submitted = vip;
        submitted.no = QStringLiteral("SUB");
        submitted.stage = Stage::Submitted;
        const qint64 subId = ReportFixture::order(db, m_shop, submitted);
        QVERIFY(applyGifts(subId).added.isEmpty());
        QCOMPARE(OrderStore::load(db, subId)->lines.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAfterSales)
#include "tst_aftersales.moc"
