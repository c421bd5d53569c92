// Courier handover batches: parcels of the batch's courier only (the wrong courier is refused
// loudly), no duplicates, no unpacked or intercepted parcels; shipping moves every parcel to
// Shipped and consumes its stock in one transaction, or changes nothing; the A4 manifest.
#include "PackFixtures.h"
#include "orders/StageMachine.h"
#include "packing/Handover.h"
#include "packing/ManifestRenderer.h"
#include "packing/ParcelStore.h"

#include <QFile>
#include <QTest>

using namespace PackFixtures;
using K = HandoverScan::Kind;

class TestHandover : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    qint64 a = 0, b = 0;

    qint64 packedOrder(const QString &tracking, const QString &courier, int qtyA = 1)
    {
        const qint64 id = printedOrder(*t, tracking, {{a, qtyA}, {b, 1}}, courier);
        const Result<> r = ParcelStore::pack(t->connection(), TestDatabase::actor(),
                                             {id, 0, tracking, courier, qtyA + 1, 800, 0, false});
        if (!r)
            qFatal("pack failed: %s", qPrintable(r.message));
        return id;
    }
    int level(qint64 sku, const char *column)
    {
        return Sql::scalar(
                   t->connection(),
                   QStringLiteral("SELECT %1 FROM stock_levels WHERE sku_id = ?").arg(QLatin1String(column)),
                   {sku})
            .toInt();
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void init()
    {
        t = std::make_unique<TestDatabase>();
        t->seedDemo(20);
        a = skuId(*t, 1);
        b = skuId(*t, 2);
    }

    void wrongCourierIsRefusedLoudly()
    {
        packedOrder(QStringLiteral("ZT300000000001"), QStringLiteral("ZTO"));
        packedOrder(QStringLiteral("YT300000000002"), QStringLiteral("YTO"));
        const qint64 batch = Handover::openFor(t->connection(), TestDatabase::actor(), QStringLiteral("ZTO"));
        QCOMPARE(Handover::openFor(t->connection(), TestDatabase::actor(), QStringLiteral("ZTO")), batch);
        QCOMPARE(
            Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000001"))
                .kind,
            K::Added);
        const HandoverScan wrong =
            Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("YT300000000002"));
        QCOMPARE(wrong.kind, K::WrongCourier);
        QVERIFY2(wrong.message.contains(QString::fromUtf8("圆通速递")) &&
                     wrong.message.contains(QString::fromUtf8("中通快递")),
                 qPrintable(wrong.message));
        QCOMPARE(Handover::parcelCount(t->connection(), batch), 1);
        QCOMPARE(
            Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000001"))
                .kind,
            K::AlreadyIn);
        QCOMPARE(Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("NOPE")).kind,
                 K::Unknown);
    }

    void unpackedAndInterceptedAreRefused()
    {
        printedOrder(*t, QStringLiteral("ZT300000000003"), {{a, 1}});
        const qint64 stopped = packedOrder(QStringLiteral("ZT300000000004"), QStringLiteral("ZTO"));
        QVERIFY(
            StageMachine::move(t->connection(), TestDatabase::actor(),
                               {stopped, Stage::Packed, Stage::Intercepted, QStringLiteral("refund"), {}}));
        const qint64 batch = Handover::openFor(t->connection(), TestDatabase::actor(), QStringLiteral("ZTO"));
        QCOMPARE(
            Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000003"))
                .kind,
            K::NotPacked);
        QCOMPARE(
            Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000004"))
                .kind,
            K::Stop);
        QCOMPARE(Handover::parcelCount(t->connection(), batch), 0);
    }

    void shipMovesEveryParcelAndConsumesStock()
    {
        const qint64 one = packedOrder(QStringLiteral("ZT300000000005"), QStringLiteral("ZTO"), 2);
        const qint64 two = packedOrder(QStringLiteral("ZT300000000006"), QStringLiteral("ZTO"));
        const int onHandA = level(a, "on_hand"), reservedA = level(a, "reserved");
        const qint64 batch = Handover::openFor(t->connection(), TestDatabase::actor(), QStringLiteral("ZTO"));
        Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000005"));
        Handover::add(t->connection(), TestDatabase::actor(), batch,
                      QStringLiteral("TZT300000000006")); // by order no
        const auto loaded = Handover::load(t->connection(), batch);
        QVERIFY(loaded);
        QCOMPARE(loaded->parcels.size(), 2);
        QCOMPARE(loaded->totalItems(), 5);
        QCOMPARE(loaded->courierName, QString::fromUtf8("中通快递"));

        const QString pdf = t->dir() + QStringLiteral("/manifest.pdf");
        ManifestRenderer::writePdf(*loaded, pdf);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
        QVERIFY(f.size() > 1000);

        QVERIFY(Handover::ship(t->connection(), TestDatabase::actor(), batch));
        QCOMPARE(stageOf(*t, one), QStringLiteral("shipped"));
        QCOMPARE(stageOf(*t, two), QStringLiteral("shipped"));
        QCOMPARE(level(a, "on_hand"), onHandA - 3);
        QCOMPARE(level(a, "reserved"), reservedA - 3);
        QCOMPARE(Handover::load(t->connection(), batch)->state, HandoverState::Shipped);
        QCOMPARE(
            Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000005"))
                .kind,
            K::BatchClosed);
        QVERIFY(!Handover::ship(t->connection(), TestDatabase::actor(), batch));
        QVERIFY(Handover::openFor(t->connection(), TestDatabase::actor(), QStringLiteral("ZTO")) != batch);
    }

    void interceptedAfterScanningBlocksTheWholeBatch()
    {
        const qint64 one = packedOrder(QStringLiteral("ZT300000000007"), QStringLiteral("ZTO"));
        const qint64 two = packedOrder(QStringLiteral("ZT300000000008"), QStringLiteral("ZTO"));
        const qint64 batch = Handover::openFor(t->connection(), TestDatabase::actor(), QStringLiteral("ZTO"));
        Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000007"));
        Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT300000000008"));
        QVERIFY(StageMachine::move(t->connection(), TestDatabase::actor(),
                                   {two, Stage::Packed, Stage::Intercepted, QStringLiteral("refund"), {}}));
        const int onHandA = level(a, "on_hand");
        const Result<> r = Handover::ship(t->connection(), TestDatabase::actor(), batch);
        QVERIFY(!r);
        QVERIFY2(r.message.contains(QStringLiteral("ZT300000000008")), qPrintable(r.message));
        QCOMPARE(stageOf(*t, one), QStringLiteral("packed"));
        QCOMPARE(level(a, "on_hand"), onHandA);
        QVERIFY(Handover::remove(t->connection(), TestDatabase::actor(), batch,
                                 QStringLiteral("ZT300000000008")));
        QVERIFY(Handover::ship(t->connection(), TestDatabase::actor(), batch));
        QCOMPARE(stageOf(*t, one), QStringLiteral("shipped"));
        QCOMPARE(stageOf(*t, two), QStringLiteral("intercepted"));
    }
};

QTEST_MAIN(TestHandover) // painting the manifest needs fonts: a QGuiApplication
#include "tst_handover.moc"
