// Submit reserves stock and moves to Submitted in one transaction; shortages go OutOfStock with
// the missing SKUs; stock never goes negative; two processes submitting overlapping selections
// submit and reserve each order exactly once.
#include "ReviewFixture.h"
#include "orders/OrderEditor.h"
#include "review/OrderSubmitter.h"
#include "review/ReviewActions.h"

#include <QProcess>
#include <array>

using namespace ReviewFixture;

class TestSubmit : public QObject {
    Q_OBJECT

    static int reserved(const QSqlDatabase &db, qint64 sku)
    {
        return Sql::scalar(db, QStringLiteral("SELECT reserved FROM stock_levels WHERE sku_id = ?"), {sku})
            .toInt();
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void submitReservesAndRefusesEdits()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 s = shop(db);
        const qint64 a = sku(db, QStringLiteral("A1"), 5);
        const qint64 id = insert(db, order(s, QStringLiteral("1"), {{a, 2}}));
        const qint64 notApproved = insert(db, order(s, QStringLiteral("2"), {{a, 1}}));
        ReviewActions::approve(db, TestDatabase::actor(), {id});
        const SubmitResult r = OrderSubmitter::submit(db, TestDatabase::actor(), {id, notApproved});
        QCOMPARE(r.done, 1);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(stageOf(db, id), QStringLiteral("submitted"));
        QCOMPARE(reserved(db, a), 2);
        QCOMPARE(
            countRows(db, QStringLiteral(
                              "SELECT COUNT(*) FROM stock_ledger WHERE reason = 'reserve' AND ref = '1'")),
            1);
        const Result<> edit =
            OrderEditor::edit(db, TestDatabase::actor(), id, {{}, QStringLiteral("memo"), {}, {}});
        QVERIFY(!edit.ok);
        // Submitting again changes nothing.
        QCOMPARE(OrderSubmitter::submit(db, TestDatabase::actor(), {id}).done, 0);
        QCOMPARE(reserved(db, a), 2);
    }

    void shortageGoesOutOfStockWithMissingSkus()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 s = shop(db);
        const qint64 a = sku(db, QStringLiteral("A1"), 5);
        const qint64 b = sku(db, QStringLiteral("B1"), 1);
        const qint64 id = insert(db, order(s, QStringLiteral("1"), {{a, 2}, {b, 3}}));
        ReviewActions::approve(db, TestDatabase::actor(), {id});
        const SubmitResult r = OrderSubmitter::submit(db, TestDatabase::actor(), {id});
        QCOMPARE(r.done, 0);
        QCOMPARE(r.outOfStock, 1);
        QCOMPARE(stageOf(db, id), QStringLiteral("out_of_stock"));
        const QString why = reasonOf(db, id, QStringLiteral("out_of_stock"));
        QVERIFY2(why.contains(QStringLiteral("B1 needs 3, 1 available")), qPrintable(why));
        QVERIFY(!why.contains(QStringLiteral("A1")));
        QCOMPARE(reserved(db, a), 0); // all or nothing
        QCOMPARE(reserved(db, b), 0);

        // Stock arrives: submit again from OutOfStock, and the flag goes.
        Transaction tx(db);
        StockLedger::post(db, TestDatabase::actor(),
                          {b, StockBucket::OnHand, 5, QStringLiteral("received"), {}, {}});
        tx.commit();
        QCOMPARE(OrderSubmitter::submit(db, TestDatabase::actor(), {id}).done, 1);
        QCOMPARE(flagsOf(db, id), QStringList());
        QCOMPARE(reserved(db, b), 3);
    }

    void unknownSkuIsNotSubmitted()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        Order o = order(shop(db), QStringLiteral("1"));
        OrderLine l;
        l.outerCode = QStringLiteral("NOPE");
        o.lines << l;
        o.stage = Stage::Reviewed;
        const qint64 id = insert(db, o);
        const SubmitResult r = OrderSubmitter::submit(db, TestDatabase::actor(), {id});
        QCOMPARE(r.done, 0);
        QCOMPARE(stageOf(db, id), QStringLiteral("reviewed"));
    }

    void threeProcessesOverlap()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 s = shop(db);
        const qint64 a = sku(db, QStringLiteral("A1"), 150);
        QList<qint64> ids;
        {
            Transaction tx(db);
            for (int i = 1; i <= 200; ++i) {
                Order o = order(s, QString::number(i), {{a, 1}});
                o.stage = Stage::Reviewed;
                ids << OrderStore::insert(db, o);
            }
            tx.commit();
        }
        // Three reviewers: 1–150, 51–200 and 26–175, the overlaps in different orders (the third
        // every 7th order round) to make them collide.
        QStringList first, second, third;
        for (int i = 0; i < 150; ++i)
            first << QString::number(ids.at(i));
        for (int i = 199; i >= 50; --i)
            second << QString::number(ids.at(i));
        for (int i = 0; i < 150; ++i)
            third << QString::number(ids.at(25 + i * 7 % 150));
        std::array<QProcess, 3> reviewers;
        const std::array<QStringList, 3> lists{first, second, third};
        for (int i = 0; i < 3; ++i) {
            reviewers[i].setProcessChannelMode(QProcess::MergedChannels);
            reviewers[i].start(QStringLiteral(PACKLINE_BINARY),
                               {QStringLiteral("review"), QStringLiteral("--db"), t.path(),
                                QStringLiteral("--submit"), lists[i].join(u',')});
        }
        for (QProcess &p : reviewers) {
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        }

        // 150 units for 200 orders: exactly 150 submitted, 50 out of stock, each once.
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'submitted'")), 150);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'out_of_stock'")),
                 50);
        QCOMPARE(reserved(db, a), 150);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger WHERE reason = 'reserve'")),
                 150);
        QCOMPARE(
            countRows(db, QStringLiteral(
                              "SELECT COUNT(*) FROM (SELECT ref FROM stock_ledger WHERE reason = 'reserve' "
                              "GROUP BY ref HAVING COUNT(*) > 1) x")),
            0);
        QCOMPARE(countRows(db, QStringLiteral(
                                   "SELECT COUNT(*) FROM audit_log WHERE action = 'stage' AND after_json "
                                   "LIKE '%submitted%'")),
                 150);
        QCOMPARE(Sql::scalar(
                     db, QStringLiteral("SELECT on_hand - reserved FROM stock_levels WHERE sku_id = ?"), {a})
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSubmit)
#include "tst_submit.moc"
