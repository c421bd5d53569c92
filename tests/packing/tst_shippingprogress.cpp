// Today's progress against "every paid order ships within 3 days" and the exceptions list,
// on orders with known payment times and stages.
#include "PackFixtures.h"
#include "orders/AfterSales.h"
#include "orders/StageMachine.h"
#include "packing/Handover.h"
#include "packing/ScanSession.h"
#include "reports/ShippingExceptions.h"
#include "reports/ShippingProgress.h"

#include <QTest>

using namespace PackFixtures;

class TestShippingProgress : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    qint64 a = 0;

    qint64 order(const QString &no, Stage stage, int paidHoursAgo,
                 const QString &courier = QStringLiteral("ZTO"))
    {
        Order o;
        o.shopId = Sql::scalar(t->connection(), QStringLiteral("SELECT MIN(id) FROM shops")).toLongLong();
        o.platformOrderNo = no;
        o.stage = stage;
        o.courierCode = courier;
        o.paidAt = Clock::toText(Clock::nowUtc().addSecs(-qint64(paidHoursAgo) * 3600));
        OrderLine l;
        l.skuId = a;
        l.qty = 1;
        o.lines << l;
        return OrderStore::insert(t->connection(), o);
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        t->seedDemo(0);
        a = skuId(*t, 1);
    }

    void progressAgainstTheThreeDayPromise()
    {
        order(QStringLiteral("LATE-1"), Stage::Imported, 80);
        const qint64 risky = order(QStringLiteral("RISK-1"), Stage::Printed, 65, QStringLiteral("YTO"));
        order(QStringLiteral("FRESH-1"), Stage::Reviewed, 1);
        order(QStringLiteral("GONE-1"), Stage::Shipped, 90); // shipped: owed nothing
        // Pack and ship one today.
        const qint64 packed = printedOrder(*t, QStringLiteral("ZT500000000001"), {{a, 1}});
        ScanSession s(t->connection(), TestDatabase::actor());
        s.scan(QStringLiteral("ZT500000000001"));
        QCOMPARE(s.scan(barcode(*t, a)).kind, ScanFeedback::Kind::Packed);
        const qint64 batch = Handover::openFor(t->connection(), TestDatabase::actor(), QStringLiteral("ZTO"));
        QVERIFY(Handover::add(t->connection(), TestDatabase::actor(), batch, QStringLiteral("ZT500000000001"))
                    .ok());
        QVERIFY(Handover::ship(t->connection(), TestDatabase::actor(), batch));
        QCOMPARE(stageOf(*t, packed), QStringLiteral("shipped"));

        const ShippingProgressReport r = ShippingProgress::compute(t->connection(), Clock::nowUtc());
        QCOMPARE(r.packedToday, 1);
        QCOMPARE(r.shippedToday, 1);
        QCOMPARE(r.late, 1);
        QCOMPARE(r.atRiskTotal, 2);
        QVERIFY(r.dueByEndOfDay >= 1);
        QCOMPARE(r.atRisk.size(), 2);
        QCOMPARE(r.atRisk[0].orderNo, QStringLiteral("LATE-1")); // most urgent first
        QVERIFY(r.atRisk[0].minutesLeft < 0);
        QCOMPARE(r.atRisk[1].orderId, risky);
        QVERIFY(r.atRisk[1].minutesLeft > 6 * 60 && r.atRisk[1].minutesLeft <= 7 * 60);
        int packedInHours = 0, shippedInHours = 0;
        for (const HourProgress &h : r.hours) {
            packedInHours += h.packed;
            shippedInHours += h.shipped;
        }
        QCOMPARE(packedInHours, 1);
        QCOMPARE(shippedInHours, 1);
        bool sawZto = false, sawYto = false;
        for (const CourierProgress &c : r.couriers) {
            if (c.code == QStringLiteral("ZTO")) {
                sawZto = true;
                QCOMPARE(c.shippedToday, 1);
            }
            if (c.code == QStringLiteral("YTO")) {
                sawYto = true;
                QCOMPARE(c.toPack, 1);
            }
        }
        QVERIFY(sawZto && sawYto);
        QVERIFY(r.targetShare() > 0.0 && r.targetShare() < 1.0);
    }

    void exceptionsList()
    {
        // Intercepted and set aside at the bench.
        const qint64 stopped = printedOrder(*t, QStringLiteral("ZT500000000002"), {{a, 1}});
        QVERIFY(
            StageMachine::move(t->connection(), TestDatabase::actor(),
                               {stopped, Stage::Printed, Stage::Intercepted, QStringLiteral("refund"), {}}));
        ScanSession s(t->connection(), TestDatabase::actor());
        QCOMPARE(s.scan(QStringLiteral("ZT500000000002")).kind, ScanFeedback::Kind::Stop);
        // Intercepted, still on the shelf.
        const qint64 shelf = order(QStringLiteral("SHELF-1"), Stage::Submitted, 5);
        QVERIFY(
            StageMachine::move(t->connection(), TestDatabase::actor(),
                               {shelf, Stage::Submitted, Stage::Intercepted, QStringLiteral("refund"), {}}));
        // Refund after shipping.
        const qint64 shipped = order(QStringLiteral("SHIPPED-1"), Stage::Shipped, 50);
        {
            Transaction tx(t->connection());
            AfterSalesCase c;
            c.orderId = shipped;
            c.arrivedStage = Stage::Shipped;
            c.reason = QStringLiteral("changed mind");
            AfterSales::open(t->connection(), TestDatabase::actor(), c);
            tx.commit();
        }
        // Stuck in Submitted for 30 hours.
        const qint64 stuck = order(QStringLiteral("STUCK-1"), Stage::Submitted, 31);
        Sql::run(t->connection(), QStringLiteral("UPDATE orders SET stage_changed_at = ? WHERE id = ?"),
                 {Clock::toText(Clock::nowUtc().addSecs(-30 * 3600)), stuck});
        order(QStringLiteral("FINE-1"), Stage::Submitted, 2);

        const QList<ShippingException> list = ShippingExceptions::list(t->connection(), Clock::nowUtc());
        QCOMPARE(list.size(), 4);
        using K = ShippingException::Kind;
        QCOMPARE(list[0].kind, K::InterceptedToPull);
        QCOMPARE(list[1].kind, K::InterceptedToPull);
        QStringList actions{list[0].action, list[1].action};
        QVERIFY2(actions.join(u'|').contains(QStringLiteral("Set aside at the pack station")),
                 qPrintable(actions.join(u'|')));
        QVERIFY(actions.join(u'|').contains(QStringLiteral("Not packed yet")));
        QCOMPARE(list[2].kind, K::RefundedAfterShipping);
        QCOMPARE(list[2].orderId, shipped);
        QCOMPARE(list[3].kind, K::Stuck);
        QCOMPARE(list[3].orderId, stuck);
    }
};

QTEST_GUILESS_MAIN(TestShippingProgress)
#include "tst_shippingprogress.moc"
