// The stage machine: every allowed and refused transition, reasons, holds, optimistic locking,
// edits refused from Submitted on, and two processes racing over the same orders.
#include "TestDatabase.h"
#include "base/Clock.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderEditor.h"
#include "orders/OrderList.h"
#include "orders/OrderStore.h"
#include "orders/StageCounts.h"
#include "orders/StageMachine.h"

#include <QProcess>
#include <QSet>
#include <QTest>

namespace {
qint64 insertOrder(const QSqlDatabase &db, Stage stage, const QString &no)
{
    Sql::run(db, QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', 'S', 'x') "
                                "ON CONFLICT (platform, name) DO NOTHING"));
    Order o;
    o.shopId = Sql::scalar(db, QStringLiteral("SELECT id FROM shops LIMIT 1")).toLongLong();
    o.platformOrderNo = no;
    o.stage = stage;
    o.receiver.name = QStringLiteral("张三");
    o.lines << OrderLine{0, 0,    0,  QStringLiteral("TS1001"), QStringLiteral("T恤"), {},
                         1, 5900, {}, QStringLiteral("none")};
    return OrderStore::insert(db, o);
}

// n orders to review in one commit (for the race tests); the first one's id (the rest follow it).
qint64 insertImported(const QSqlDatabase &db, int n)
{
    Transaction tx(db);
    const qint64 first = insertOrder(db, Stage::Imported, QString::number(2000000000000000000LL));
    for (int i = 1; i < n; ++i)
        insertOrder(db, Stage::Imported, QString::number(2000000000000000000LL + i));
    tx.commit();
    return first;
}

// Each stage's orders as StageCounts has them, and as counted from the orders themselves.
QMap<Stage, qint64> countsOf(const QSqlDatabase &db)
{
    return StageCounts::read(db);
}

QMap<Stage, qint64> trueCounts(const QSqlDatabase &db)
{
    QMap<Stage, qint64> counts;
    for (Stage s : Stages::all())
        counts.insert(s, Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = ?"),
                                     {Stages::code(s)})
                             .toLongLong());
    return counts;
}

QString stageOf(const QSqlDatabase &db, qint64 id)
{
    return Sql::scalar(db, QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {id}).toString();
}

// The allowed moves as the design draws them (OnHold release is checked separately).
const QSet<QPair<Stage, Stage>> kAllowed = [] {
    using S = Stage;
    QSet<QPair<Stage, Stage>> a;
    auto add = [&](S from, std::initializer_list<S> to) {
        for (S t : to)
            a.insert({from, t});
    };
    add(S::AwaitingPayment, {S::Imported, S::Cancelled});
    add(S::Imported, {S::Reviewed, S::OnHold, S::Cancelled});
    add(S::Reviewed, {S::Imported, S::Submitted, S::OutOfStock, S::OnHold, S::Cancelled});
    add(S::OutOfStock, {S::Reviewed, S::Submitted, S::OnHold, S::Cancelled});
    add(S::Submitted, {S::Printed, S::Intercepted, S::OnHold});
    add(S::Printed, {S::Packed, S::Intercepted, S::OnHold});
    add(S::Packed, {S::Shipped, S::Intercepted});
    add(S::Shipped, {S::SyncedBack});
    add(S::Intercepted, {S::Submitted, S::Cancelled});
    return a;
}();
} // namespace

class TestStageMachine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    // The counts are remembered per connection, and must follow this connection's moves, another
    // station's moves, and a reopened file.
    void stageCountsFollowEveryChange()
    {
        TestDatabase t;
        t.seedDemo(60);
        const QSqlDatabase db = t.connection();
        auto counted = [](const QSqlDatabase &c, Stage s) {
            return StageCounts::read(c).value(s);
        };
        auto truth = [](const QSqlDatabase &c, Stage s) {
            return Sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = ?"),
                               {Stages::code(s)})
                .toLongLong();
        };
        const qint64 imported = counted(db, Stage::Imported);
        QCOMPARE(imported, truth(db, Stage::Imported));
        const qint64 id =
            Sql::scalar(db, QStringLiteral("SELECT id FROM orders WHERE stage = 'imported' LIMIT 1"))
                .toLongLong();
        QVERIFY(StageMachine::move(db, TestDatabase::actor(), {id, Stage::Imported, Stage::Reviewed, {}}).ok);
        QCOMPARE(counted(db, Stage::Imported), imported - 1); // this connection's own write

        Database other;
        QVERIFY(other.open(t.path()));
        const qint64 id2 =
            Sql::scalar(db, QStringLiteral("SELECT id FROM orders WHERE stage = 'imported' LIMIT 1"))
                .toLongLong();
        QVERIFY(StageMachine::move(other.connection(), TestDatabase::actor(),
                                   {id2, Stage::Imported, Stage::Reviewed, {}})
                    .ok);
        QCOMPARE(counted(db, Stage::Imported), imported - 2); // another station's
        QCOMPARE(counted(other.connection(), Stage::Imported), imported - 2);

        // Reopened: a new connection, never the old one's counts.
        QVERIFY(other.open(t.path()));
        const qint64 id3 =
            Sql::scalar(db, QStringLiteral("SELECT id FROM orders WHERE stage = 'imported' LIMIT 1"))
                .toLongLong();
        QVERIFY(
            StageMachine::move(db, TestDatabase::actor(), {id3, Stage::Imported, Stage::Reviewed, {}}).ok);
        QCOMPARE(counted(other.connection(), Stage::Imported), truth(other.connection(), Stage::Imported));
        QCOMPARE(counted(other.connection(), Stage::Imported), imported - 3);
    }

    // Statements that change many orders at once (a multi-row update, a delete with its lines),
    // and orders inserted one by one: each stage's count stays the orders' own count.
    void stageCountsFollowBulkStatements()
    {
        TestDatabase t;
        t.seedDemo(80);
        const QSqlDatabase db = t.connection();
        QCOMPARE(countsOf(db), trueCounts(db));
        Sql::run(db, QStringLiteral("UPDATE orders SET stage = 'reviewed' WHERE stage = 'imported'"));
        QCOMPARE(countsOf(db), trueCounts(db));
        for (int i = 0; i < 5; ++i)
            insertOrder(db, Stage::Imported, QStringLiteral("bulk-%1").arg(i));
        QCOMPARE(countsOf(db), trueCounts(db));
        {
            Transaction tx(db);
            Sql::run(db, QStringLiteral("DELETE FROM order_lines WHERE order_id IN (SELECT id FROM orders "
                                        "WHERE platform_order_no LIKE 'bulk-%')"));
            Sql::run(db, QStringLiteral("DELETE FROM orders WHERE platform_order_no LIKE 'bulk-%'"));
            tx.commit();
        }
        QCOMPARE(countsOf(db), trueCounts(db));
        QCOMPARE(OrderList::count(db, {}).total,
                 Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong());
        OrdersFilter reviewed;
        reviewed.stage = Stage::Reviewed;
        QCOMPARE(OrderList::count(db, reviewed).total, trueCounts(db).value(Stage::Reviewed));
    }

    // Three stations change stages at once, over overlapping orders (so they also race for the same
    // rows): the counts stay exact. On a server each move writes its own deltas and now and then a
    // writer folds them, while the others keep writing.
    void threeProcessesKeepTheStageCountsExact()
    {
        TestDatabase t;
        const int n = 1500;
        const qint64 first = insertImported(t.connection(), n);
        const QString last = QString::number(first + n - 1);
        QProcess a, b, c;
        a.start(QStringLiteral(ORDER_MOVER),
                {t.path(), QString::number(first), QString::number(first + n / 2), QStringLiteral("A")});
        b.start(QStringLiteral(ORDER_MOVER),
                {t.path(), QString::number(first + n / 3), last, QStringLiteral("B")});
        c.start(QStringLiteral(ORDER_MOVER), {t.path(), QString::number(first), last, QStringLiteral("C")});
        int won = 0;
        for (QProcess *p : {&a, &b, &c}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            won += QString::fromLatin1(p->readAllStandardOutput()).section(u' ', 1).trimmed().toInt();
        }
        QCOMPARE(won, n);
        const QMap<Stage, qint64> truth = trueCounts(t.connection());
        QCOMPARE(truth.value(Stage::Reviewed), qint64(n));
        QCOMPARE(countsOf(t.connection()), truth);
        Database fresh; // a connection with nothing remembered
        QVERIFY(fresh.open(t.path()));
        QCOMPARE(countsOf(fresh.connection()), truth);
        OrdersFilter imported;
        imported.stage = Stage::Imported;
        QCOMPARE(OrderList::count(fresh.connection(), imported).total, qint64(0));
    }

    void everyTransition_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        for (Stage from : Stages::all()) {
            if (from == Stage::OnHold)
                continue; // release rules: holdAndRelease()
            for (Stage to : Stages::all()) {
                if (from == to)
                    continue;
                QTest::addRow("%s->%s", qPrintable(Stages::code(from)), qPrintable(Stages::code(to)))
                    << int(from) << int(to) << kAllowed.contains({from, to});
            }
        }
    }

    void everyTransition()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        TestDatabase t;
        const qint64 id = insertOrder(t.connection(), Stage(from), QStringLiteral("1"));
        const Result<> r =
            StageMachine::move(t.connection(), TestDatabase::actor(),
                               {id, Stage(from), Stage(to), QStringLiteral("buyer asked"), {}});
        QCOMPARE(bool(r), allowed);
        QCOMPARE(stageOf(t.connection(), id), Stages::code(allowed ? Stage(to) : Stage(from)));
        QCOMPARE(countRows(t.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'order' "
                                          "AND entity_id = ? AND action = 'stage'"),
                           {id}),
                 allowed ? 1 : 0);
        if (!allowed)
            QVERIFY(!r.message.isEmpty());
    }

    void auditRowRecordsBeforeAfterAndActor()
    {
        TestDatabase t;
        const qint64 id = insertOrder(t.connection(), Stage::Imported, QStringLiteral("1"));
        QVERIFY(StageMachine::move(t.connection(), TestDatabase::actor(),
                                   {id, Stage::Imported, Stage::Reviewed, {}, {}}));
        QSqlQuery q = Sql::run(t.connection(),
                               QStringLiteral("SELECT operator, station, before_json, after_json "
                                              "FROM audit_log WHERE entity_id = ?"),
                               {id});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("tester"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("TEST-01"));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("\"imported\"")));
        QVERIFY(q.value(3).toString().contains(QStringLiteral("\"reviewed\"")));
    }

    void reasonRequiredForHoldCancelIntercept()
    {
        TestDatabase t;
        const qint64 id = insertOrder(t.connection(), Stage::Imported, QStringLiteral("1"));
        QVERIFY(!StageMachine::move(t.connection(), TestDatabase::actor(),
                                    {id, Stage::Imported, Stage::Cancelled, {}, {}}));
        QVERIFY(!StageMachine::move(t.connection(), TestDatabase::actor(),
                                    {id, Stage::Imported, Stage::OnHold, QStringLiteral("  "), {}}));
        QCOMPARE(stageOf(t.connection(), id), QStringLiteral("imported"));
    }

    void holdAndRelease()
    {
        TestDatabase t;
        const Actor a = TestDatabase::actor();
        // Held before Submitted: release back to where it was, or cancel; never jump ahead.
        const qint64 early = insertOrder(t.connection(), Stage::Reviewed, QStringLiteral("1"));
        QVERIFY(StageMachine::move(
            t.connection(), a, {early, Stage::Reviewed, Stage::OnHold, QStringLiteral("地址待确认"), {}}));
        QVERIFY(!StageMachine::move(t.connection(), a, {early, Stage::OnHold, Stage::Submitted, {}, {}}));
        QVERIFY(!StageMachine::move(t.connection(), a, {early, Stage::OnHold, Stage::Imported, {}, {}}));
        QVERIFY(!StageMachine::move(t.connection(), a,
                                    {early, Stage::OnHold, Stage::Intercepted, QStringLiteral("x"), {}}));
        QVERIFY(StageMachine::move(t.connection(), a, {early, Stage::OnHold, Stage::Reviewed, {}, {}}));
        QVERIFY(Sql::scalar(t.connection(), QStringLiteral("SELECT held_from_stage FROM orders WHERE id = ?"),
                            {early})
                    .isNull());
        // Held in the warehouse: release to Printed, or intercept; never cancel.
        const qint64 late = insertOrder(t.connection(), Stage::Printed, QStringLiteral("2"));
        QVERIFY(StageMachine::move(t.connection(), a,
                                   {late, Stage::Printed, Stage::OnHold, QStringLiteral("等客户回复"), {}}));
        QVERIFY(!StageMachine::move(t.connection(), a,
                                    {late, Stage::OnHold, Stage::Cancelled, QStringLiteral("x"), {}}));
        QVERIFY(StageMachine::move(t.connection(), a,
                                   {late, Stage::OnHold, Stage::Intercepted, QStringLiteral("退款"), {}}));
    }

    void staleStageOrVersionIsRefused()
    {
        TestDatabase t;
        const Actor a = TestDatabase::actor();
        const qint64 id = insertOrder(t.connection(), Stage::Imported, QStringLiteral("1"));
        // Someone else approved it after we looked.
        QVERIFY(StageMachine::move(t.connection(), a, {id, Stage::Imported, Stage::Reviewed, {}, 1}));
        const Result<> stale = StageMachine::move(
            t.connection(), a, {id, Stage::Imported, Stage::OnHold, QStringLiteral("x"), 1});
        QVERIFY(!stale);
        QVERIFY(stale.message.contains(QStringLiteral("someone else")));
        const Result<> oldVersion =
            StageMachine::move(t.connection(), a, {id, Stage::Reviewed, Stage::Submitted, {}, 1});
        QVERIFY(!oldVersion);
        QVERIFY(StageMachine::move(t.connection(), a, {id, Stage::Reviewed, Stage::Submitted, {}, 2}));
    }

    void editsAllowedBeforeSubmitRefusedAfter_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("editable");
        for (Stage s : Stages::all())
            QTest::newRow(qPrintable(Stages::code(s)))
                << int(s) << !(Stages::isWarehouseOwned(s) || Stages::isFinal(s));
    }

    void editsAllowedBeforeSubmitRefusedAfter()
    {
        QFETCH(int, stage);
        QFETCH(bool, editable);
        TestDatabase t;
        const qint64 id = insertOrder(t.connection(), Stage(stage), QStringLiteral("1"));
        OrderEdit edit;
        edit.sellerMemo = QStringLiteral("改发顺丰");
        Receiver r;
        r.name = QStringLiteral("李四");
        r.province = QStringLiteral("浙江省");
        edit.receiver = r;
        const Result<> result = OrderEditor::edit(t.connection(), TestDatabase::actor(), id, edit);
        QCOMPARE(bool(result), editable);
        const auto order = OrderStore::load(t.connection(), id);
        QCOMPARE(order->sellerMemo, editable ? QStringLiteral("改发顺丰") : QString());
        QCOMPARE(order->receiver.name, editable ? QStringLiteral("李四") : QStringLiteral("张三"));
        if (!editable)
            QVERIFY2(!result.message.isEmpty(), "a refusal says why");
        QCOMPARE(
            countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'edit'")),
            editable ? 1 : 0);
        if (editable) {
            const QString after =
                Sql::scalar(t.connection(),
                            QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'edit'"))
                    .toString();
            QVERIFY(after.contains(QStringLiteral("李四")));
            QVERIFY(after.contains(QStringLiteral("改发顺丰")));
        }
    }

    void editOnHoldFollowsWhereItWasHeld()
    {
        TestDatabase t;
        const Actor a = TestDatabase::actor();
        const qint64 id = insertOrder(t.connection(), Stage::Submitted, QStringLiteral("1"));
        QVERIFY(StageMachine::move(t.connection(), a,
                                   {id, Stage::Submitted, Stage::OnHold, QStringLiteral("x"), {}}));
        OrderEdit edit;
        edit.sellerMemo = QStringLiteral("y");
        QVERIFY(!OrderEditor::edit(t.connection(), a, id, edit));
    }

    void threeProcessesMoveEachOrderExactlyOnce()
    {
        TestDatabase t;
        const int n = 1000;
        const QString first = QString::number(insertImported(t.connection(), n));
        const QString last = QString::number(first.toLongLong() + n - 1);
        QProcess a, b, c;
        a.start(QStringLiteral(ORDER_MOVER), {t.path(), first, last, QStringLiteral("A")});
        b.start(QStringLiteral(ORDER_MOVER), {t.path(), first, last, QStringLiteral("B")});
        c.start(QStringLiteral(ORDER_MOVER), {t.path(), first, last, QStringLiteral("C")});
        int won = 0, wonA = 0;
        for (QProcess *p : {&a, &b, &c}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            const int w = QString::fromLatin1(p->readAllStandardOutput()).section(u' ', 1).trimmed().toInt();
            won += w;
            if (p == &a)
                wonA = w;
        }
        QCOMPARE(won, n);
        QCOMPARE(
            countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'reviewed'")),
            n);
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE version = 2")),
                 n);
        // Exactly one audit row per move, naming the station that won it.
        QCOMPARE(countRows(t.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'stage'")),
                 n);
        QCOMPARE(countRows(t.connection(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM (SELECT entity_id FROM audit_log "
                               "WHERE action = 'stage' GROUP BY entity_id HAVING COUNT(*) > 1) AS twice")),
                 0);
        QCOMPARE(
            countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE station = 'A'")),
            wonA);
    }
};

QTEST_GUILESS_MAIN(TestStageMachine)
#include "tst_stagemachine.moc"
