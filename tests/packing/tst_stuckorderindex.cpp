// Migration 0011's index for the exceptions list: the "stuck in a stage too long" query
// (ShippingExceptions: WHERE stage = ? AND stage_changed_at <= ? ORDER BY stage_changed_at) is
// answered from orders_stage_changed, without a scan of orders or a sort.
#include "TestDatabase.h"
#include "db/Sql.h"

#include <QTest>

class TestStuckOrderIndex : public QObject {
    Q_OBJECT

    static QString plan(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
    {
        QSqlQuery q = Sql::run(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(u'\n');
    }

    static void checkPlans(const QSqlDatabase &db)
    {
        // The query as ShippingExceptions runs it (stuck stages and the intercepted list).
        const QString stuck = QStringLiteral("SELECT id, platform_order_no, courier_code, tracking_no, "
                                             "stage_changed_at FROM orders WHERE stage = ? AND "
                                             "stage_changed_at <= ? ORDER BY stage_changed_at LIMIT ?");
        const QString p =
            plan(db, stuck, {QStringLiteral("printed"), QStringLiteral("2026-11-20 00:00:00"), 200});
        QVERIFY2(
            p.contains(QStringLiteral("USING INDEX orders_stage_changed (stage=? AND stage_changed_at<?)")),
            qPrintable(p));
        QVERIFY2(!p.contains(QStringLiteral("TEMP B-TREE")), qPrintable(p)); // no sort either
        const QString intercepted =
            plan(db,
                 QStringLiteral("SELECT o.id FROM orders o WHERE o.stage = 'intercepted' ORDER BY "
                                "o.stage_changed_at LIMIT ?"),
                 {200});
        QVERIFY2(intercepted.contains(QStringLiteral("orders_stage_changed")), qPrintable(intercepted));
        QVERIFY2(!intercepted.contains(QStringLiteral("TEMP B-TREE")), qPrintable(intercepted));
    }

private slots:
    void stuckQueryUsesTheIndex()
    {
        TestDatabase t;
        t.seedDemo(300);
        const QSqlDatabase db = t.connection();
        checkPlans(db); // a fresh file, no statistics
        if (QTest::currentTestFailed())
            return;
        Sql::run(db, QStringLiteral("ANALYZE")); // a long-lived one with statistics
        checkPlans(db);
    }
};

QTEST_GUILESS_MAIN(TestStuckOrderIndex)
#include "tst_stuckorderindex.moc"
