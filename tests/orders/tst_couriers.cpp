// The one list of couriers to choose from (Couriers::active: the review desk, the filter bar, the
// handover page, the shipping progress, the print queue) and the shops a filter offers.
#include "TestDatabase.h"
#include "db/Sql.h"
#include "orders/Couriers.h"
#include "orders/Shops.h"

class TestCouriers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); }

    void activeCouriersInTheOrderAdded()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 all = countRows(db, QStringLiteral("SELECT COUNT(*) FROM couriers"));
        QVERIFY(all >= 3);
        Sql::run(db, QStringLiteral("UPDATE couriers SET active = 0 WHERE code = 'YTO'"));
        Sql::run(db, QStringLiteral("INSERT INTO couriers (code, name) VALUES ('AAA', 'A 快递')"));
        const QList<Courier> active = Couriers::active(db);
        QCOMPARE(active.size(), all); // one off, one added
        QCOMPARE(active.first().code, QStringLiteral("ZTO"));
        QCOMPARE(active.first().name, QStringLiteral("中通快递"));
        QCOMPARE(active.last().code, QStringLiteral("AAA")); // by id, not by code
        for (const Courier &c : active)
            QVERIFY(c.code != u"YTO");
    }

    void shopsByName()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        for (const char *name : {"星河旗舰店", "Acme", "b-shop"})
            Sql::run(
                db, QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', ?, '')"),
                {QString::fromUtf8(name)});
        QStringList names;
        for (const Shop &s : Shops::byName(db)) {
            QVERIFY(s.id > 0);
            names << s.name;
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end()); // both engines' byte order for these names
        QCOMPARE(names.size(), 3);
        QCOMPARE(names, sorted);
    }
};

QTEST_GUILESS_MAIN(TestCouriers)
#include "tst_couriers.moc"
