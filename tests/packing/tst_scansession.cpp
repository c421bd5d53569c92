// The scan-to-verify state machine on a real database: a normal parcel, wrong item, too many,
// unknown code, intercepted (STOP and set aside), a refund arriving while the parcel is on the
// bench, undo, quantities, the message banner, the weight check, and what is written.
#include "PackFixtures.h"
#include "orders/StageMachine.h"
#include "packing/ScanSession.h"

#include <QSignalSpy>
#include <QTest>

using Kind = ScanFeedback::Kind;
using namespace PackFixtures;

class TestScanSession : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    qint64 a = 0, b = 0, c = 0; // three SKUs

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void init()
    {
        t = std::make_unique<TestDatabase>();
        t->seedDemo(30);
        a = skuId(*t, 1);
        b = skuId(*t, 2);
        c = skuId(*t, 3);
    }

    void normalParcelIsPackedWithParcelRowAndAudit()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000001"), {{a, 1}, {b, 2}});
        ScanSession s(t->connection(), TestDatabase::actor());
        QCOMPARE(s.scan(QStringLiteral("ZT100000000001")).kind, Kind::ParcelOpened);
        QCOMPARE(s.state(), ScanSession::State::Scanning);
        QCOMPARE(s.parcel().itemsNeeded(), 3);
        QCOMPARE(s.scan(barcode(*t, b)).kind, Kind::Counted);
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Counted);
        QCOMPARE(stageOf(*t, id), QStringLiteral("printed"));
        const ScanFeedback last = s.scan(barcode(*t, b));
        QCOMPARE(last.kind, Kind::Packed);
        QCOMPARE(last.tone, ScanFeedback::Tone::Good);
        QCOMPARE(stageOf(*t, id), QStringLiteral("packed"));
        QCOMPARE(
            countRows(t->connection(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM parcels WHERE order_id = ? AND items = 3 AND "
                          "tracking_no = 'ZT100000000001' AND packed_by = 'tester' AND station = 'TEST-01'"),
                      {id}),
            1);
        QCOMPARE(
            countRows(t->connection(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM audit_log WHERE entity = 'parcel' AND action = 'packed'")),
            1);
        QCOMPARE(countRows(t->connection(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM audit_log WHERE entity = 'order' AND entity_id = ? AND "
                               "action = 'stage' AND after_json LIKE '%packed%'"),
                           {id}),
                 1);
        QCOMPARE(s.counters().parcels, 1);
        QCOMPARE(s.counters().items, 3);
        QCOMPARE(s.state(), ScanSession::State::Idle);
    }

    void opensByOrderNumber()
    {
        printedOrder(*t, QStringLiteral("ZT100000000002"), {{a, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        QCOMPARE(s.scan(QStringLiteral("TZT100000000002")).kind, Kind::ParcelOpened);
    }

    void wrongItemIsRefusedAndAudited()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000003"), {{a, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000003"));
        const ScanFeedback f = s.scan(barcode(*t, c));
        QCOMPARE(f.kind, Kind::WrongItem);
        QVERIFY(f.isError());
        QCOMPARE(s.parcel().itemsScanned(), 0);
        QCOMPARE(s.counters().refusedScans, 1);
        QCOMPARE(
            countRows(t->connection(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'scan_refused' "
                          "AND after_json LIKE '%wrong_item%'"),
                      {id}),
            1);
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Packed); // the right one still packs
    }

    void tooManyIsRefused()
    {
        printedOrder(*t, QStringLiteral("ZT100000000004"), {{a, 1}, {b, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000004"));
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Counted);
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::TooMany);
        QCOMPARE(s.parcel().itemsScanned(), 1);
    }

    void unknownCodeIsRefused()
    {
        printedOrder(*t, QStringLiteral("ZT100000000005"), {{a, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        QCOMPARE(s.scan(QStringLiteral("NOPE123")).kind, Kind::UnknownCode);
        s.scan(QStringLiteral("ZT100000000005"));
        QCOMPARE(s.scan(QStringLiteral("0000000000000")).kind, Kind::UnknownCode);
        QCOMPARE(s.state(), ScanSession::State::Scanning);
    }

    void itemBeforeParcelIsRefused()
    {
        ScanSession s(t->connection(), TestDatabase::actor());
        const ScanFeedback f = s.scan(barcode(*t, a));
        QCOMPARE(f.kind, Kind::Refused);
        QCOMPARE(s.state(), ScanSession::State::Idle);
    }

    void interceptedOrderStopsAndIsSetAside()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000006"), {{a, 1}});
        QVERIFY(StageMachine::move(t->connection(), TestDatabase::actor(),
                                   {id, Stage::Printed, Stage::Intercepted, QStringLiteral("refund"), {}}));
        ScanSession s(t->connection(), TestDatabase::actor());
        const ScanFeedback f = s.scan(QStringLiteral("ZT100000000006"));
        QCOMPARE(f.kind, Kind::Stop);
        QCOMPARE(f.tone, ScanFeedback::Tone::Stop);
        QVERIFY2(f.message.contains(QStringLiteral("intercepted")), qPrintable(f.message));
        QCOMPARE(s.state(), ScanSession::State::Stopped);
        QCOMPARE(
            countRows(
                t->connection(),
                QStringLiteral(
                    "SELECT COUNT(*) FROM parcel_set_asides WHERE order_id = ? AND stage = 'intercepted'"),
                {id}),
            1);
        QCOMPARE(countRows(t->connection(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'set_aside'"),
                           {id}),
                 1);
        // Nothing goes on until the packer confirms the parcel is aside.
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Stop);
        QCOMPARE(s.scan(QString()).kind, Kind::Idle);
        QCOMPARE(s.state(), ScanSession::State::Idle);
        QCOMPARE(stageOf(*t, id), QStringLiteral("intercepted"));
        QCOMPARE(s.counters().stops, 1);
    }

    void refundWhileOnTheBenchStopsAtPacking()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000007"), {{a, 1}, {b, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000007"));
        s.scan(barcode(*t, a));
        // Another station (the service desk) intercepts it meanwhile.
        Database other;
        QVERIFY(other.open(t->path()));
        QVERIFY(StageMachine::move(other.connection(), {QStringLiteral("desk"), QStringLiteral("DESK")},
                                   {id, Stage::Printed, Stage::Intercepted, QStringLiteral("refund"), {}}));
        QCOMPARE(s.scan(barcode(*t, b)).kind, Kind::Stop);
        QCOMPARE(stageOf(*t, id), QStringLiteral("intercepted"));
        QCOMPARE(countRows(t->connection(), QStringLiteral("SELECT COUNT(*) FROM parcels WHERE order_id = ?"),
                           {id}),
                 0);
    }

    void undoTakesBackTheLastScan()
    {
        printedOrder(*t, QStringLiteral("ZT100000000008"), {{a, 2}});
        ScanSession s(t->connection(), TestDatabase::actor());
        QCOMPARE(s.undo().kind, Kind::NothingToUndo);
        s.scan(QStringLiteral("ZT100000000008"));
        s.scan(barcode(*t, a));
        QCOMPARE(s.parcel().itemsScanned(), 1);
        QSignalSpy lineSpy(&s, &ScanSession::lineChanged);
        QCOMPARE(s.undo().kind, Kind::Undone);
        QCOMPARE(lineSpy.count(), 1);
        QCOMPARE(s.parcel().itemsScanned(), 0);
        QCOMPARE(s.undo().kind, Kind::NothingToUndo);
        s.scan(barcode(*t, a));
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Packed);
    }

    void quantityShortcutCountsMany()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000009"), {{a, 6}, {b, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000009"));
        QCOMPARE(s.scan(QStringLiteral("*7")).kind, Kind::QuantitySet);
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::TooMany); // 7 > 6: nothing counted
        QCOMPARE(s.parcel().itemsScanned(), 0);
        QCOMPARE(s.pendingQuantity(), 1);
        QCOMPARE(s.scan(QStringLiteral("*5")).kind, Kind::QuantitySet);
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Counted);
        QCOMPARE(s.parcel().itemsScanned(), 5);
        QCOMPARE(s.undo().kind, Kind::Undone); // undo takes back all five
        QCOMPARE(s.parcel().itemsScanned(), 0);
        s.scan(QStringLiteral("x6"));
        s.scan(barcode(*t, a));
        QCOMPARE(s.scan(barcode(*t, b)).kind, Kind::Packed);
        QCOMPARE(
            countRows(t->connection(), QStringLiteral("SELECT items FROM parcels WHERE order_id = ?"), {id}),
            7);
    }

    void anyBarcodeOfTheSkuCounts()
    {
        Sql::run(t->connection(),
                 QStringLiteral("INSERT INTO sku_barcodes (barcode, sku_id) VALUES ('OWN-LABEL-1', ?)"), {a});
        printedOrder(*t, QStringLiteral("ZT100000000010"), {{a, 2}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000010"));
        QCOMPARE(s.scan(QStringLiteral("OWN-LABEL-1")).kind, Kind::Counted);
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Packed);
    }

    void messageMustBeAcknowledged()
    {
        printedOrder(*t, QStringLiteral("ZT100000000011"), {{a, 1}}, QStringLiteral("ZTO"),
                     QString::fromUtf8("请放一张贺卡"));
        ScanSession s(t->connection(), TestDatabase::actor());
        QCOMPARE(s.scan(QStringLiteral("ZT100000000011")).kind, Kind::NeedsAcknowledge);
        QCOMPARE(s.parcel().buyerMessage, QString::fromUtf8("请放一张贺卡"));
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::NeedsAcknowledge);
        QCOMPARE(s.parcel().itemsScanned(), 0);
        QCOMPARE(s.acknowledge().kind, Kind::Acknowledged);
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Packed);
    }

    void weightCheckedAgainstCatalog()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000012"), {{a, 2}});
        const int unit =
            Sql::scalar(t->connection(), QStringLiteral("SELECT weight_g FROM skus WHERE id = ?"), {a})
                .toInt();
        ScanSession s(t->connection(), TestDatabase::actor());
        WeightRule rule;
        rule.required = true;
        s.setWeightRule(rule);
        s.scan(QStringLiteral("ZT100000000012"));
        s.scan(QStringLiteral("*2"));
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::AwaitingWeight);
        QCOMPARE(s.state(), ScanSession::State::Weighing);
        QCOMPARE(s.scan(QStringLiteral("ZT999")).kind, Kind::Refused);
        const int wrong = unit * 2 + 30 + 500;
        QCOMPARE(s.scan(QString::number(wrong)).kind, Kind::WeightMismatch);
        QCOMPARE(stageOf(*t, id), QStringLiteral("printed"));
        const int right = unit * 2 + 30 + 5;
        QCOMPARE(s.scan(QString::number(right) + QStringLiteral("g")).kind, Kind::Packed);
        QCOMPARE(countRows(t->connection(),
                           QStringLiteral(
                               "SELECT weight_g FROM parcels WHERE order_id = ? AND weight_override = 0"),
                           {id}),
                 right);
    }

    void sameWrongWeightTwicePacksAsOverride()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000013"), {{a, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        WeightRule rule;
        rule.required = true;
        s.setWeightRule(rule);
        s.scan(QStringLiteral("ZT100000000013"));
        s.scan(barcode(*t, a));
        QCOMPARE(s.scan(QStringLiteral("9.5kg")).kind, Kind::WeightMismatch);
        QCOMPARE(s.scan(QStringLiteral("9500")).kind, Kind::Packed);
        QCOMPARE(countRows(
                     t->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM parcels WHERE order_id = ? AND weight_g = 9500 AND "
                                    "weight_override = 1"),
                     {id}),
                 1);
    }

    void weightParsing()
    {
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("1234")), std::optional<int>(1234));
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("1.25kg")), std::optional<int>(1250));
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("0.5")), std::optional<int>(500));
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("850 g")), std::optional<int>(850));
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("+001.235kg")),
                 std::optional<int>(1235)); // scale style
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("  0530 g")), std::optional<int>(530));
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("001.5")), std::optional<int>(1500));
        QCOMPARE(WeightRule::parseGrams(QStringLiteral("0.000")), std::optional<int>(0));
        WeightRule rule;
        QVERIFY(!rule.scaleReading(QStringLiteral("W1.235"))); // no prefix set: bare numbers
        rule.scalePrefix = QStringLiteral("W");
        QCOMPARE(rule.scaleReading(QStringLiteral("W1.235")),
                 std::optional<QString>(QStringLiteral("1.235")));
        QVERIFY(!rule.scaleReading(QStringLiteral("6901234567892")));
        QVERIFY(!WeightRule::parseGrams(QStringLiteral("6901234567892")));
        QVERIFY(!WeightRule::parseGrams(QStringLiteral("abc")));
    }

    void alreadyPackedIsRefused()
    {
        printedOrder(*t, QStringLiteral("ZT100000000014"), {{a, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000014"));
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Packed);
        const ScanFeedback again = s.scan(QStringLiteral("ZT100000000014"));
        QCOMPARE(again.kind, Kind::AlreadyPacked);
        QVERIFY2(again.message.contains(QStringLiteral("tester")), qPrintable(again.message));
        QVERIFY(s.parcel().isEmpty()); // nothing below the message names another order
    }

    void onlyEnterLeavesAStop()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000018"), {{a, 1}});
        QVERIFY(StageMachine::move(t->connection(), TestDatabase::actor(),
                                   {id, Stage::Printed, Stage::OnHold, QStringLiteral("address check"), {}}));
        ScanSession s(t->connection(), TestDatabase::actor());
        QCOMPARE(s.scan(QStringLiteral("ZT100000000018")).kind, Kind::Stop);
        QVERIFY2(s.stopReason().contains(QStringLiteral("address check")), qPrintable(s.stopReason()));
        QCOMPARE(s.abandon().kind, Kind::Stop); // Esc
        QCOMPARE(s.undo().kind, Kind::Stop);    // Ctrl+Z
        QCOMPARE(s.scan(barcode(*t, a)).kind, Kind::Stop);
        QCOMPARE(s.state(), ScanSession::State::Stopped);
        QCOMPARE(s.scan(QString()).kind, Kind::Idle); // Enter
        QCOMPARE(s.state(), ScanSession::State::Idle);
        QVERIFY(s.stopReason().isEmpty());
    }

    void escapePutsTheParcelBack()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT100000000015"), {{a, 2}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000015"));
        s.scan(barcode(*t, a));
        QCOMPARE(s.abandon().kind, Kind::Abandoned);
        QCOMPARE(s.state(), ScanSession::State::Idle);
        QCOMPARE(s.counters().items, 0);
        QCOMPARE(stageOf(*t, id), QStringLiteral("printed"));
        QCOMPARE(s.scan(QStringLiteral("ZT100000000015")).kind, Kind::ParcelOpened);
        QCOMPARE(s.parcel().itemsScanned(), 0);
    }

    void anotherParcelWhileOneIsOpenIsRefused()
    {
        printedOrder(*t, QStringLiteral("ZT100000000016"), {{a, 1}});
        printedOrder(*t, QStringLiteral("ZT100000000017"), {{b, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT100000000016"));
        QCOMPARE(s.scan(QStringLiteral("ZT100000000017")).kind, Kind::Refused);
        QCOMPARE(s.parcel().trackingNo, QStringLiteral("ZT100000000016"));
    }
};

QTEST_GUILESS_MAIN(TestScanSession)
#include "tst_scansession.moc"
