// Fast-pack at the pack station (issue 8): an order of one pre-packed SKU (qty 1) ships by its
// label alone in fast mode (F7), or by its label then the pre-packed parcel's barcode with fast
// mode off; anything else falls back to item-by-item scanning. Scans are typed with keyClicks.
#include "PackFixtures.h"
#include "PackStationHarness.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "packing/ScanSession.h"
#include "prepack/PrepackLane.h"
#include "stock/PrepackedStock.h"
#include "ui/AppContext.h"
#include "ui/packing/PackPage.h"
#include "ui/packing/PackStationView.h"
#include "ui/packing/ParcelLinesModel.h"
#include "ui/packing/StatusPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace PackFixtures;
using Tone = ScanFeedback::Tone;

class TestPackStationFastPack : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    std::unique_ptr<PackStationHarness> station;
    PackStationView *view = nullptr;
    qint64 hot = 0, a = 0, b = 0;

    PackPage *pack() { return station->pack(); }
    void scan(const QString &code) { station->scan(code); }
    int prepacked(qint64 sku)
    {
        return Sql::scalar(t->connection(),
                           QStringLiteral("SELECT prepacked FROM stock_levels WHERE sku_id = ?"), {sku})
            .toInt();
    }
    void boxParcels(qint64 sku, int n)
    {
        Transaction tx(t->connection());
        PrepackedStock::pack(t->connection(), TestDatabase::actor(), sku, n, QStringLiteral("test-batch"));
        tx.commit();
    }
    qint64 auditRows(qint64 orderId, const QString &action)
    {
        return countRows(
            t->connection(),
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'order' AND entity_id = ? "
                           "AND action = ?"),
            {orderId, action});
    }

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        t = std::make_unique<TestDatabase>();
        t->seedDemo(30);
        hot = skuId(*t, 4);
        a = skuId(*t, 1);
        b = skuId(*t, 2);
        station = std::make_unique<PackStationHarness>(*t);
        QVERIFY(station->open());
        view = station->view();
    }
    void cleanup()
    {
        station.reset();
        Translations::install(QStringLiteral("en"));
    }

    void fastModeLabelAlonePacks()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT410000000001"), {{hot, 1}});
        boxParcels(hot, 3);
        QVERIFY(!pack()->fastMode());
        QVERIFY(pack()->fastBadge()->isHidden());
        QTest::keyClick(pack()->scanField(), Qt::Key_F7);
        QVERIFY(pack()->fastMode());
        QVERIFY(pack()->fastBadge()->isVisible());
        QVERIFY(pack()->fastBadge()->text().contains(QStringLiteral("FAST MODE")));
        station->saveArtefact(QStringLiteral("packstation_fastmode.png"));
        QVERIFY(pack()->fastBadge()->font().pointSizeF() >= 1.9 * pack()->font().pointSizeF());
        scan(QStringLiteral("ZT410000000001"));
        QCOMPARE(stageOf(*t, id), QStringLiteral("packed"));
        QCOMPARE(prepacked(hot), 2);
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Good);
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("PACKED")));
        QCOMPARE(auditRows(id, QStringLiteral("prepack_packed")), 1);
        QCOMPARE(
            countRows(t->connection(),
                      QStringLiteral("SELECT COUNT(*) FROM prepack_shipments WHERE order_id = ? AND mode = "
                                     "'fast'"),
                      {id}),
            1);
        QCOMPARE(countRows(t->connection(), QStringLiteral("SELECT COUNT(*) FROM parcels WHERE order_id = ?"),
                           {id}),
                 1);
        // The parcel is the one its label names: the handover and the courier's manifest read these.
        const auto parcel = Sql::firstRow(
            t->connection(),
            QStringLiteral("SELECT p.tracking_no, p.courier_code, o.courier_code FROM parcels p "
                           "JOIN orders o ON o.id = p.order_id WHERE p.order_id = ?"),
            {id});
        QVERIFY(parcel);
        QCOMPARE(parcel->at(0).toString(), QStringLiteral("ZT410000000001"));
        QVERIFY(!parcel->at(1).toString().isEmpty());
        QCOMPARE(parcel->at(1).toString(), parcel->at(2).toString());
        QVERIFY2(pack()->counters()->text().contains(QStringLiteral("1 parcel ·")),
                 qPrintable(pack()->counters()->text()));
        // The same label again is refused by the normal path: already packed.
        scan(QStringLiteral("ZT410000000001"));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Warning);
        QCOMPARE(prepacked(hot), 2);
    }

    void fastModeOtherOrdersTakeTheNormalPath()
    {
        boxParcels(hot, 3);
        const qint64 multi = printedOrder(*t, QStringLiteral("ZT410000000002"), {{a, 1}, {b, 1}});
        const qint64 two = printedOrder(*t, QStringLiteral("ZT410000000003"), {{hot, 2}});
        const qint64 noted = printedOrder(*t, QStringLiteral("ZT410000000004"), {{hot, 1}},
                                          QStringLiteral("ZTO"), QString::fromUtf8("请送礼品卡"));
        pack()->setFastMode(true);
        scan(QStringLiteral("ZT410000000002"));
        QCOMPARE(stageOf(*t, multi), QStringLiteral("printed"));
        QCOMPARE(pack()->model()->rowCount(), 2);
        scan(barcode(*t, a));
        scan(barcode(*t, b));
        QCOMPARE(stageOf(*t, multi), QStringLiteral("packed"));
        // Two of the hot SKU: not a pre-pack order.
        scan(QStringLiteral("ZT410000000003"));
        QCOMPARE(stageOf(*t, two), QStringLiteral("printed"));
        QCOMPARE(pack()->session().state(), ScanSession::State::Scanning);
        QTest::keyClick(pack()->scanField(), Qt::Key_Escape);
        // A buyer message must be read: the banner, not a silent fast-pack.
        scan(QStringLiteral("ZT410000000004"));
        QCOMPARE(stageOf(*t, noted), QStringLiteral("printed"));
        QVERIFY(pack()->banner()->isVisible());
        QCOMPARE(prepacked(hot), 3);
    }

    void verifiedModeLabelThenParcelBarcode()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT410000000005"), {{hot, 1}});
        boxParcels(hot, 2);
        QVERIFY(!pack()->fastMode());
        scan(QStringLiteral("ZT410000000005"));
        QCOMPARE(stageOf(*t, id), QStringLiteral("printed"));
        QVERIFY(pack()->lane().awaitingSku());
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("pre-packed")));
        station->saveArtefact(QStringLiteral("packstation_prepack_label.png"));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("parcelLabel"))
                    ->text()
                    .contains(QStringLiteral("TZT410000000005")));
        // The wrong parcel: red, nothing moves, counted as a wrong item.
        scan(barcode(*t, a));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Error);
        QCOMPARE(stageOf(*t, id), QStringLiteral("printed"));
        QCOMPARE(auditRows(id, QStringLiteral("scan_refused")), 1);
        scan(barcode(*t, hot));
        QCOMPARE(stageOf(*t, id), QStringLiteral("packed"));
        QCOMPARE(prepacked(hot), 1);
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Good);
        QVERIFY(!pack()->lane().awaitingSku());
        QCOMPARE(
            countRows(t->connection(),
                      QStringLiteral("SELECT COUNT(*) FROM prepack_shipments WHERE order_id = ? AND mode = "
                                     "'verified'"),
                      {id}),
            1);
        QCOMPARE(auditRows(id, QStringLiteral("prepack_packed")), 1);
    }

    void sameLabelTwicePacksItemByItem()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT410000000007"), {{hot, 1}});
        boxParcels(hot, 2);
        scan(QStringLiteral("ZT410000000007"));
        QVERIFY(pack()->lane().awaitingSku());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("parcelLabel"))
                    ->text()
                    .contains(QStringLiteral("again")));
        scan(QStringLiteral("ZT410000000007")); // no boxed parcel at hand: the normal path
        QVERIFY(!pack()->lane().awaitingSku());
        QCOMPARE(pack()->session().state(), ScanSession::State::Scanning);
        QCOMPARE(pack()->model()->rowCount(), 1);
        scan(barcode(*t, hot));
        QCOMPARE(stageOf(*t, id), QStringLiteral("packed"));
        QCOMPARE(prepacked(hot), 2); // a loose unit went out; the boxes stay on the shelf
    }

    void fastModeInChinese()
    {
        Translations::install(QStringLiteral("zh_CN"));
        station.reset(); // built again in Chinese
        station = std::make_unique<PackStationHarness>(*t);
        QVERIFY(station->open());
        QTest::keyClick(pack()->scanField(), Qt::Key_F7);
        QVERIFY2(pack()->fastBadge()->text().contains(QString::fromUtf8("快速模式")),
                 qPrintable(pack()->fastBadge()->text()));
        station->saveArtefact(QStringLiteral("packstation_fastmode_zh_CN.png"));
    }

    void escPutsThePendingLabelBack()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT410000000006"), {{hot, 1}});
        boxParcels(hot, 1);
        scan(QStringLiteral("ZT410000000006"));
        QVERIFY(pack()->lane().awaitingSku());
        QTest::keyClick(pack()->scanField(), Qt::Key_Escape);
        QVERIFY(!pack()->lane().awaitingSku());
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Warning);
        QCOMPARE(stageOf(*t, id), QStringLiteral("printed"));
        QCOMPARE(prepacked(hot), 1);
    }
};

QTEST_MAIN(TestPackStationFastPack)
#include "tst_packstationfastpack.moc"
