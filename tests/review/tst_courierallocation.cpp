// Courier allocation: quotas never exceeded, filled in proportion, region rules obeyed,
// remaining quota per courier follows what was allocated.
#include "ReviewFixture.h"
#include "StationRace.h"
#include "review/CourierAllocator.h"

#include <QRandomGenerator>

using namespace ReviewFixture;

class TestCourierAllocation : public QObject {
    Q_OBJECT

private slots:
    void propertiesOverRandomDays()
    {
        const QStringList provinces = {QStringLiteral("浙江省"),     QStringLiteral("广东省"),
                                       QStringLiteral("北京"),       QStringLiteral("新疆维吾尔自治区"),
                                       QStringLiteral("西藏自治区"), QStringLiteral("四川省")};
        CourierRegions regions;
        regions.onlyCourier.insert(QStringLiteral("新疆维吾尔自治区"), QStringLiteral("EMS"));
        regions.onlyCourier.insert(QStringLiteral("西藏自治区"), QStringLiteral("EMS"));
        regions.excluded.insert(QStringLiteral("JT"), {QStringLiteral("四川省")});
        QRandomGenerator rng(42);
        for (int round = 0; round < 200; ++round) {
            QList<CourierQuota> quotas = {
                {QStringLiteral("ZTO"), {}, int(rng.bounded(200)), int(rng.bounded(50))},
                {QStringLiteral("YTO"), {}, int(rng.bounded(200)), 0},
                {QStringLiteral("JT"), {}, int(rng.bounded(100)), 0},
                {QStringLiteral("EMS"), {}, int(rng.bounded(20)), 0},
                {QStringLiteral("SF"), {}, 0, 0}}; // no quota: never chosen
            for (CourierQuota &q : quotas)
                q.used = std::min(q.used, q.quota);
            const QList<CourierQuota> start = quotas;
            QList<CourierPlanOrder> orders;
            const int n = rng.bounded(600);
            for (int i = 0; i < n; ++i)
                orders << CourierPlanOrder{i + 1, provinces.at(rng.bounded(int(provinces.size())))};
            const CourierPlan plan = CourierAllocator::plan(orders, quotas, regions);

            QCOMPARE(plan.assigned.size() + plan.unassigned.size(), orders.size());
            QHash<QString, int> got;
            for (const CourierPlanOrder &o : orders) {
                const QString c = plan.assigned.value(o.id);
                if (c.isEmpty())
                    continue;
                ++got[c];
                if (regions.onlyCourier.contains(o.province))
                    QCOMPARE(c, regions.onlyCourier.value(o.province));
                QVERIFY(!regions.excluded.value(c).contains(o.province));
            }
            int freeLeft = 0;
            for (int i = 0; i < quotas.size(); ++i) {
                const CourierQuota &q = quotas.at(i);
                QVERIFY2(q.used <= q.quota || q.quota == 0, qPrintable(q.code));
                QCOMPARE(q.used, start.at(i).used + got.value(q.code));
                if (q.code != u"EMS" && q.code != u"JT")
                    freeLeft += q.remaining();
            }
            QCOMPARE(got.value(QStringLiteral("SF")), 0);
            // An order to an ordinary province is only left over when ZTO and YTO (which reach
            // everywhere) are both full.
            for (auto it = plan.unassigned.cbegin(); it != plan.unassigned.cend(); ++it) {
                const QString province = orders.at(it.key() - 1).province;
                if (!regions.onlyCourier.contains(province))
                    QCOMPARE(freeLeft, 0);
                QVERIFY(!it.value().isEmpty());
            }
        }
    }

    void fillsInProportion()
    {
        QList<CourierQuota> quotas = {{QStringLiteral("ZTO"), {}, 300, 0},
                                      {QStringLiteral("YTO"), {}, 100, 0}};
        QList<CourierPlanOrder> orders;
        for (int i = 0; i < 200; ++i)
            orders << CourierPlanOrder{i + 1, QStringLiteral("浙江省")};
        const CourierPlan plan = CourierAllocator::plan(orders, quotas, {});
        // Half the total quota used → each courier about half full.
        QVERIFY(std::abs(quotas.at(0).used - 150) <= 1);
        QVERIFY(std::abs(quotas.at(1).used - 50) <= 1);
        QCOMPARE(plan.unassigned.size(), 0);
    }

    // Three stations share out the same day's quota at once, each for orders of its own: together
    // they fill it exactly, never past it (each alone would have seen every place free).
    void stationsNeverOverfillAQuota()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 s = shop(db);
        const qint64 k = sku(db, QStringLiteral("A1"), 100);
        Sql::run(db,
                 QStringLiteral("UPDATE couriers SET daily_quota = CASE code WHEN 'ZTO' THEN 5 ELSE 0 END"));
        QList<QList<qint64>> perStation(3);
        for (int i = 0; i < 12; ++i)
            perStation[i % 3] << insert(db, order(s, QString::number(i + 1), {{k, 1}}));
        const QDate day(2026, 11, 11);
        std::atomic_int done = 0;
        const QStringList thrown = raceStations(t.path(), 3, [&](const QSqlDatabase &c, int station) {
            done += CourierAllocator::allocate(c, TestDatabase::actor(), perStation.at(station), day).done;
        });
        QVERIFY2(thrown.isEmpty(), qPrintable(thrown.join(u'\n')));
        QCOMPARE(done.load(), 5);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE courier_code = 'ZTO'")), 5);
    }

    void allocateInDatabase()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 s = shop(db);
        const qint64 k = sku(db, QStringLiteral("A1"), 10);
        Sql::run(db, QStringLiteral("UPDATE couriers SET daily_quota = 2 WHERE code IN ('ZTO', 'EMS')"));
        QList<qint64> ids;
        for (int i = 1; i <= 4; ++i) {
            Order o = order(s, QString::number(i), {{k, 1}});
            if (i == 4)
                o.receiver.province = QStringLiteral("西藏自治区");
            ids << insert(db, o);
        }
        const QDate day(2026, 11, 11);
        const BulkResult r = CourierAllocator::allocate(db, TestDatabase::actor(), ids, day);
        // ZTO and EMS share three ordinary orders 2:1 at most; Tibet goes EMS.
        QCOMPARE(r.done, 4);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT courier_code FROM orders WHERE id = ?"), {ids.last()})
                     .toString(),
                 QStringLiteral("EMS"));
        const QList<CourierQuota> left = CourierAllocator::quotas(db, day);
        for (const CourierQuota &q : left) {
            if (q.code == u"ZTO" || q.code == u"EMS") {
                QCOMPARE(q.used, 2);
                QCOMPARE(q.remaining(), 0);
            }
        }
        const qint64 fifth = insert(db, order(s, QStringLiteral("5"), {{k, 1}}));
        const BulkResult full = CourierAllocator::allocate(db, TestDatabase::actor(), {fifth}, day);
        QCOMPARE(full.done, 0);
        QCOMPARE(full.refused.size(), 1);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'courier'")), 4);
    }
};

QTEST_GUILESS_MAIN(TestCourierAllocation)
#include "tst_courierallocation.moc"
