// A flash sale end to end on a demo database: campaign → plan → pre-pack → orders → review
// (limit violations flagged, when the review desk is built in) → SKU batches for printing,
// sorted by bin → fast-pack (verified and label-only) → handover → leftovers unpacked, with
// stage counts, stock levels and the ledger checked at each step.
#include "PrepackFixture.h"
#include "base/Clock.h"
#include "prepack/CampaignLimits.h"
#include "prepack/Campaigns.h"
#include "prepack/FastPack.h"
#include "prepack/PrepackBatches.h"
#include "prepack/PrepackOrders.h"
#include "prepack/PrepackPlan.h"
#include "prepack/PrepackProgress.h"

#include "packing/Handover.h"
#include "prepack/PrepackPrinting.h"
#include "printing/TrackingPool.h"
#include "review/RuleEngine.h"

using namespace Fixture;

namespace {
void at(int day, int hour, int minute = 0)
{
    Clock::freezeAt(QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC));
}

qint64 countStage(const QSqlDatabase &db, const QList<qint64> &ids, const QString &stage)
{
    qint64 n = 0;
    for (qint64 id : ids)
        n += stageOf(db, id) == stage ? 1 : 0;
    return n;
}

SkuProgress progressOf(const QSqlDatabase &db, qint64 campaign, qint64 sku)
{
    for (const SkuProgress &p : PrepackProgress::forCampaign(db, campaign, Clock::nowText()))
        if (p.skuId == sku)
            return p;
    return {};
}

QString barcodeOf(const QSqlDatabase &db, qint64 sku)
{
    return Sql::scalar(db, QStringLiteral("SELECT barcode FROM sku_barcodes WHERE sku_id = ?"), {sku})
        .toString();
}
} // namespace

class TestFlashSale : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { Clock::freezeAt({}); }

    void endToEnd()
    {
        TestDatabase t;
        t.seedDemo(300);
        const QSqlDatabase db = t.connection();
        const qint64 demoPrepacked =
            countRows(db, QStringLiteral("SELECT COALESCE(SUM(prepacked), 0) FROM stock_levels"));
        at(10, 20);

        // Three hot SKUs; their bins are not in code order, so "sorted by bin" shows.
        const qint64 a = addSku(db, QStringLiteral("JHS-A"), QStringLiteral("C-02-05"), 50,
                                QStringLiteral("6900000000011"));
        const qint64 b = addSku(db, QStringLiteral("JHS-B"), QStringLiteral("A-01-01"), 30,
                                QStringLiteral("6900000000028"));
        const qint64 c = addSku(db, QStringLiteral("JHS-C"), QStringLiteral("B-03-02"), 5,
                                QStringLiteral("6900000000035"));

        // 1. Campaign and plan.
        Campaign sale;
        sale.name = QStringLiteral("聚划算 双11");
        sale.startsAt = QStringLiteral("2026-11-11 00:00:00");
        sale.endsAt = QStringLiteral("2026-11-12 00:00:00");
        sale.ratioPercent = 60;
        QVERIFY(Campaigns::save(db, actor(), sale).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), sale.id, QStringLiteral("JHS-A"), 20).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), sale.id, QStringLiteral("6900000000028"), 10)
                    .ok); // by barcode
        QVERIFY(Campaigns::addSkuByCode(db, actor(), sale.id, QStringLiteral("JHS-C"), 20).ok);
        const QList<PlanRow> plan = PrepackPlan::rows(db, sale.id);
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan[0].code, QStringLiteral("JHS-B"));
        QCOMPARE(plan[0].suggested, 6);
        QCOMPARE(plan[1].suggested, 5); // 12 capped by the 5 on hand
        QCOMPARE(plan[2].suggested, 12);

        // 2. Pre-pack what the plan says.
        for (const PlanRow &r : plan)
            QVERIFY(
                PrepackBatches::pack(db, actor(), sale.id, r.skuId, r.toPack(), QStringLiteral("Poly mailer"))
                    .ok);
        QCOMPARE(levels(db, a).prepacked, 12);
        QCOMPARE(levels(db, b).prepacked, 6);
        QCOMPARE(levels(db, c).prepacked, 5);
        QCOMPARE(levels(db, a).onHand, 50);
        QCOMPARE(ledgerMismatches(db), 0);

        // 3. The sale starts: limits go live, orders come in.
        at(11, 0, 30);
        CampaignLimits::sync(db, actor());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT purchase_limit FROM skus WHERE id = ?"), {a}).toInt(),
                 1);
        QList<qint64> singlesA, singlesB, singlesC;
        for (int i = 0; i < 10; ++i)
            singlesA << addOrder(db, QStringLiteral("A%1").arg(i), {{a, 1}},
                                 QStringLiteral("buyer-a%1").arg(i),
                                 QStringLiteral("1390000%1").arg(1000 + i));
        for (int i = 0; i < 8; ++i)
            singlesB << addOrder(db, QStringLiteral("B%1").arg(i), {{b, 1}},
                                 QStringLiteral("buyer-b%1").arg(i),
                                 QStringLiteral("1370000%1").arg(1000 + i));
        for (int i = 0; i < 2; ++i)
            singlesC << addOrder(db, QStringLiteral("C%1").arg(i), {{c, 1}},
                                 QStringLiteral("buyer-c%1").arg(i),
                                 QStringLiteral("1360000%1").arg(1000 + i));
        // buyer-a0 comes back for a second one: over the limit of 1.
        const qint64 again = addOrder(db, QStringLiteral("A-again"), {{a, 1}}, QStringLiteral("buyer-a0"),
                                      QStringLiteral("13900001000"));
        const qint64 twoOfA = addOrder(db, QStringLiteral("M1"), {{a, 2}}, QStringLiteral("buyer-m1"),
                                       QStringLiteral("13500001001"));
        const qint64 mixed = addOrder(db, QStringLiteral("M2"), {{a, 1}, {b, 1}}, QStringLiteral("buyer-m2"),
                                      QStringLiteral("13500001002"));
        QVERIFY(PrepackOrders::isPrepackOrder(db, singlesA[0]));
        QVERIFY(!PrepackOrders::isPrepackOrder(db, twoOfA));
        QVERIFY(!PrepackOrders::isPrepackOrder(db, mixed));
        QHash<qint64, int> open = PrepackOrders::openOrders(db, sale.id);
        QCOMPARE(open.value(a), 11); // the 10 singles and the repeat buyer's
        QCOMPARE(open.value(b), 8);
        QCOMPARE(open.value(c), 2);

        // 4. Review: the repeat buyer is flagged, and the reviewer cancels that order.
        RuleEngine::run(db, actor());
        const auto flagged = [&](qint64 id) {
            return countRows(db,
                             QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE order_id = ? AND flag = "
                                            "'limit_buyer'"),
                             {id});
        };
        QCOMPARE(flagged(again), 1);
        QCOMPARE(flagged(singlesA[0]), 1);
        QCOMPARE(flagged(singlesA[1]), 0);
        QCOMPARE(flagged(singlesB[0]), 0);
        QVERIFY(
            StageMachine::move(
                db, actor(),
                {again, Stage::Imported, Stage::Cancelled, QStringLiteral("over the flash-sale limit"), {}})
                .ok);
        QList<qint64> all = singlesA + singlesB + singlesC;
        all << twoOfA << mixed;
        for (qint64 id : std::as_const(all))
            submit(db, id);
        QCOMPARE(countStage(db, all, QStringLiteral("submitted")), 22);
        QCOMPARE(levels(db, a).reserved, 10 + 2 + 1);

        // 5. Progress: B has more orders than parcels.
        QCOMPARE(progressOf(db, sale.id, b).warning, SkuProgress::Warning::RunningOut);
        QCOMPARE(progressOf(db, sale.id, a).warning, SkuProgress::Warning::None);

        // 6. 爆款打单: SKU batches in bin order, each capped at its boxed parcels.
        const QList<SkuPrintBatch> batches = PrepackOrders::printBatches(db, sale.id);
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches[0].code, QStringLiteral("JHS-B"));
        QCOMPARE(batches[1].code, QStringLiteral("JHS-C"));
        QCOMPARE(batches[2].code, QStringLiteral("JHS-A"));
        QCOMPARE(batches[0].orderIds.size(), 6);
        QCOMPARE(batches[1].orderIds.size(), 2);
        QCOMPARE(batches[2].orderIds.size(), 10);
        QVERIFY(!batches[2].orderIds.contains(twoOfA));
        QVERIFY(!batches[0].orderIds.contains(mixed) && !batches[2].orderIds.contains(mixed));
        Sql::run(db,
                 QStringLiteral("UPDATE orders SET courier_code = 'ZTO' WHERE platform_order_no LIKE 'A%' OR "
                                "platform_order_no LIKE 'B%' OR platform_order_no LIKE 'C%' OR "
                                "platform_order_no LIKE 'M%'"));
        QVERIFY(TrackingPool::importRange(db, actor(), QStringLiteral("ZTO"), QStringLiteral("753000000001"),
                                          QStringLiteral("753000000100"))
                    .problems.isEmpty());
        const QString printer = QStringLiteral("dir:") + t.dir() + QStringLiteral("/labels");
        const PrepackPrintResult printed =
            PrepackPrinting::printBatches(db, actor(), sale.id, QStringLiteral("label-100x150"), printer);
        QVERIFY2(printed.errors.isEmpty(), qPrintable(printed.errors.join(u'\n')));
        QCOMPARE(printed.jobs, 3);
        QCOMPARE(printed.labels, 18);
        QVERIFY(printed.skipped.isEmpty());
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM print_jobs")), 3);
        markPrinted(db, twoOfA); // the normal path prints it too
        QCOMPARE(countStage(db, all, QStringLiteral("printed")), 19);
        // Printed pre-pack orders claim their parcels: nothing more to print for B now.
        const QList<SkuPrintBatch> again2 = PrepackOrders::printBatches(db, sale.id, true);
        QCOMPARE(again2[0].printedWaiting, 6);
        QVERIFY(again2[0].orderIds.isEmpty());

        // 7. Fast-pack. B: label, wrong parcel, right parcel.
        FastPack bench(db, actor(), FastPack::Mode::Verified);
        for (qint64 id : batches[0].orderIds) {
            QCOMPARE(bench.scan(trackingOf(db, id)).kind, FastPackFeedback::Kind::AwaitingSku);
            if (id == batches[0].orderIds.first()) {
                const FastPackFeedback wrong = bench.scan(barcodeOf(db, a));
                QCOMPARE(wrong.kind, FastPackFeedback::Kind::WrongSku);
                QCOMPARE(stageOf(db, id), QStringLiteral("printed"));
            }
            const FastPackFeedback packed = bench.scan(barcodeOf(db, b));
            QCOMPARE(packed.kind, FastPackFeedback::Kind::Packed);
            QCOMPARE(packed.orderId, id);
        }
        QCOMPARE(levels(db, b).prepacked, 0);
        // A: the label alone (fast mode); one order is intercepted meanwhile → STOP.
        bench.setMode(FastPack::Mode::Fast);
        const qint64 refunded = batches[2].orderIds.last();
        QVERIFY(StageMachine::move(
                    db, actor(),
                    {refunded, Stage::Printed, Stage::Intercepted, QStringLiteral("buyer refunded"), {}})
                    .ok);
        int packedA = 0;
        for (qint64 id : batches[2].orderIds) {
            const FastPackFeedback f = bench.scan(trackingOf(db, id));
            if (id == refunded) {
                QCOMPARE(f.kind, FastPackFeedback::Kind::Stop);
                continue;
            }
            QCOMPARE(f.kind, FastPackFeedback::Kind::Packed);
            ++packedA;
        }
        QCOMPARE(packedA, 9);
        QCOMPARE(bench.scan(trackingOf(db, batches[2].orderIds.first())).kind,
                 FastPackFeedback::Kind::NotPrinted);
        QCOMPARE(bench.scan(trackingOf(db, twoOfA)).kind, FastPackFeedback::Kind::NotPrepack);
        QCOMPARE(bench.scan(QStringLiteral("NO-SUCH-LABEL")).kind, FastPackFeedback::Kind::Unknown);
        for (qint64 id : batches[1].orderIds)
            QCOMPARE(bench.scan(trackingOf(db, id)).kind, FastPackFeedback::Kind::Packed);
        QCOMPARE(bench.packedCount(), 6 + 9 + 2);
        QCOMPARE(countStage(db, all, QStringLiteral("packed")), 17);
        QCOMPARE(levels(db, a).prepacked, 3);
        QCOMPARE(levels(db, c).prepacked, 3);
        QCOMPARE(levels(db, a).onHand, 50); // units leave at handover
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM prepack_shipments WHERE campaign_id = ?"),
                           {sale.id}),
                 17);
        QCOMPARE(
            countRows(db, QStringLiteral("SELECT COUNT(*) FROM prepack_shipments WHERE mode = 'verified'")),
            6);
        QCOMPARE(ledgerMismatches(db), 0);

        // 8. Progress: B is out with 2 orders to go the normal way.
        QCOMPARE(progressOf(db, sale.id, b).warning, SkuProgress::Warning::Out);
        QCOMPARE(progressOf(db, sale.id, b).openOrders, 2);
        QCOMPARE(progressOf(db, sale.id, a).warning, SkuProgress::Warning::None);

        // 9. Handover: packed parcels leave the building.
        QList<qint64> packedIds;
        for (qint64 id : std::as_const(all))
            if (stageOf(db, id) == u"packed")
                packedIds << id;
        Sql::run(db,
                 QStringLiteral("UPDATE orders SET courier_code = 'ZTO' WHERE platform_order_no LIKE 'A%' OR "
                                "platform_order_no LIKE 'B%' OR platform_order_no LIKE 'C%'"));
        const qint64 handover = Handover::openFor(db, actor(), QStringLiteral("ZTO"));
        for (qint64 id : std::as_const(packedIds)) {
            const HandoverScan scan = Handover::add(db, actor(), handover, trackingOf(db, id));
            QVERIFY2(scan.ok(), qPrintable(scan.message));
        }
        const Result<> shipped = Handover::ship(db, actor(), handover);
        QVERIFY2(shipped.ok, qPrintable(shipped.message));
        QCOMPARE(countStage(db, all, QStringLiteral("shipped")), 17);
        QCOMPARE(levels(db, a).onHand, 50 - 9);
        QCOMPARE(levels(db, b).onHand, 30 - 6);
        QCOMPARE(levels(db, c).onHand, 5 - 2);
        QCOMPARE(levels(db, a).prepacked, 3); // shipping took loose units of nobody: prepacked already went
        QCOMPARE(levels(db, c).prepacked, 3);
        QCOMPARE(ledgerMismatches(db), 0);

        // 10. The sale is ending with parcels left over.
        at(11, 23);
        QCOMPARE(progressOf(db, sale.id, a).warning, SkuProgress::Warning::TooMuchLeft);
        QCOMPARE(progressOf(db, sale.id, c).warning, SkuProgress::Warning::TooMuchLeft);
        QVERIFY(!progressOf(db, sale.id, a).message.isEmpty());

        // 11. After the sale: leftovers back to loose, limits back off.
        at(12, 1);
        int units = 0;
        QVERIFY(PrepackBatches::unpackLeftovers(db, actor(), sale.id, &units).ok);
        QCOMPARE(units, 6);
        QCOMPARE(levels(db, a).prepacked, 0);
        QCOMPARE(levels(db, c).prepacked, 0);
        QCOMPARE(levels(db, a).onHand, 41);
        CampaignLimits::sync(db, actor());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT purchase_limit FROM skus WHERE id = ?"), {a}).toInt(),
                 0);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COALESCE(SUM(prepacked), 0) FROM stock_levels")),
                 demoPrepacked);
        QCOMPARE(ledgerMismatches(db), 0);
        QVERIFY(countRows(db, QStringLiteral(
                                  "SELECT COUNT(*) FROM audit_log WHERE action = 'prepack_packed'")) == 17);
    }

    // Two benches, one parcel left: the one that packs first wins, the other is told and
    // nothing half-done is left behind.
    void lastParcelGoesToOneOrder()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        at(11, 1);
        const qint64 a = addSku(db, QStringLiteral("JHS-A"), QStringLiteral("C-02-05"), 10);
        Campaign sale;
        sale.name = QStringLiteral("秒杀");
        sale.startsAt = QStringLiteral("2026-11-11 00:00:00");
        sale.endsAt = QStringLiteral("2026-11-12 00:00:00");
        QVERIFY(Campaigns::save(db, actor(), sale).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), sale.id, QStringLiteral("JHS-A"), 2).ok);
        QVERIFY(PrepackBatches::pack(db, actor(), sale.id, a, 1, {}).ok);
        const qint64 o1 = addOrder(db, QStringLiteral("X1"), {{a, 1}});
        const qint64 o2 = addOrder(db, QStringLiteral("X2"), {{a, 1}}, QStringLiteral("other"),
                                   QStringLiteral("13700000000"));
        submit(db, o1);
        submit(db, o2);
        markPrinted(db, o1);
        markPrinted(db, o2);
        FastPack one(db, actor(), FastPack::Mode::Verified);
        FastPack two(db, {QStringLiteral("李四"), QStringLiteral("PACK-02")}, FastPack::Mode::Verified);
        QCOMPARE(one.scan(trackingOf(db, o1)).kind, FastPackFeedback::Kind::AwaitingSku);
        QCOMPARE(two.scan(trackingOf(db, o2)).kind, FastPackFeedback::Kind::AwaitingSku);
        QCOMPARE(one.scan(QStringLiteral("JHS-A")).kind, FastPackFeedback::Kind::Packed);
        const FastPackFeedback lost = two.scan(QStringLiteral("JHS-A"));
        QCOMPARE(lost.kind, FastPackFeedback::Kind::NoParcels);
        QCOMPARE(stageOf(db, o2), QStringLiteral("printed")); // rolled back with the ledger move
        QCOMPARE(levels(db, a).prepacked, 0);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM prepack_shipments")), 1);
        QCOMPARE(ledgerMismatches(db), 0);
        // The same order scanned at two benches: one packs, the other is refused by the stage machine.
        QVERIFY(PrepackBatches::pack(db, actor(), sale.id, a, 2, {}).ok);
        QCOMPARE(one.scan(trackingOf(db, o2)).kind, FastPackFeedback::Kind::AwaitingSku);
        QCOMPARE(two.scan(trackingOf(db, o2)).kind, FastPackFeedback::Kind::AwaitingSku);
        QCOMPARE(two.scan(QStringLiteral("JHS-A")).kind, FastPackFeedback::Kind::Packed);
        QCOMPARE(one.scan(QStringLiteral("JHS-A")).kind, FastPackFeedback::Kind::NotPrinted);
        QCOMPARE(levels(db, a).prepacked, 1);
        QCOMPARE(ledgerMismatches(db), 0);
    }
};

QTEST_GUILESS_MAIN(TestFlashSale)
#include "tst_flashsale.moc"
