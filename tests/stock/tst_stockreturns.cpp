// Returns receiving (退库验货): find the parcel by tracking or order number, good back on hand,
// damaged written off, the after-sales case closed as returned_received; never more than shipped.
#include "StockFixture.h"
#include "TestDatabase.h"
#include "orders/AfterSales.h"
#include "stock/Reservations.h"
#include "stock/StockReturns.h"
#include "stock/StockVerifier.h"

#include <QTest>

using namespace StockFixture;

class TestStockReturns : public QObject {
    Q_OBJECT
private slots:
    void receiveAReturn();
    void onlyShippedOrdersComeBack();
};

void TestStockReturns::receiveAReturn()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10);
    const qint64 b = sku(db, QStringLiteral("B"), 10);
    const qint64 o = order(db, QStringLiteral("5001"), Stage::Reviewed, {{a, 2}, {b, 1}},
                           QStringLiteral("YT1234567890123"));
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o).isEmpty());
        Reservations::consumeOrder(db, actor(), o);
        Sql::run(db, QStringLiteral("UPDATE orders SET stage = ? WHERE id = ?"),
                 {Stages::code(Stage::Shipped), o});
        AfterSalesCase c;
        c.orderId = o;
        c.kind = AfterSalesKind::ReturnRefund;
        c.arrivedStage = Stage::Shipped;
        AfterSales::open(db, actor(), c);
        tx.commit();
    }
    QCOMPARE(level(db, a, "on_hand"), 8);
    const Result<ReturnParcel> parcel = StockReturns::find(db, QStringLiteral(" YT1234567890123 "));
    QVERIFY2(parcel, qPrintable(parcel.message));
    QCOMPARE(parcel->orderNo, QStringLiteral("5001"));
    QVERIFY(parcel->afterSalesId > 0);
    QCOMPARE(parcel->items.size(), 2);
    QCOMPARE(parcel->items.at(0).shipped, 2);

    // More than shipped is refused, and nothing is written.
    QVERIFY(!StockReturns::receive(db, actor(), *parcel, {{a, 2, 1}}, {}));
    QVERIFY(!StockReturns::receive(db, actor(), *parcel, {{a, 0, 0}}, {}));
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_returns")), 0);

    const Result<qint64> received =
        StockReturns::receive(db, actor(), *parcel, {{a, 1, 1}, {b, 0, 0}}, QStringLiteral("box torn"));
    QVERIFY2(received, qPrintable(received.message));
    const qint64 returnId = *received;
    QCOMPARE(level(db, a, "on_hand"), 9); // one good back, one damaged written off
    QCOMPARE(level(db, b, "on_hand"), 9);
    QCOMPARE(countRows(db,
                       QStringLiteral(
                           "SELECT COUNT(*) FROM stock_ledger WHERE order_id = ? AND reason = 'returned'"),
                       {o}),
             1);
    QCOMPARE(
        countRows(
            db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger WHERE order_id = ? AND reason = 'damaged'"),
            {o}),
        1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT outcome FROM after_sales WHERE id = ?"),
                         {parcel->afterSalesId})
                 .toString(),
             QStringLiteral("returned_received"));
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT after_sales_id FROM stock_returns WHERE id = ?"), {returnId})
            .toLongLong(),
        parcel->afterSalesId);
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'stock_return'")),
             1);

    // The rest of the parcel arrives later (by order number): a new case is opened for it.
    const auto again = StockReturns::find(db, QStringLiteral("5001"));
    QVERIFY(again);
    QCOMPARE(again->items.at(0).open(), 0);
    QCOMPARE(again->items.at(1).open(), 1);
    QVERIFY(!StockReturns::receive(db, actor(), *again, {{a, 1, 0}}, {}));
    QVERIFY(StockReturns::receive(db, actor(), *again, {{b, 1, 0}}, {}));
    QCOMPARE(level(db, b, "on_hand"), 10);
    QCOMPARE(countRows(
                 db,
                 QStringLiteral(
                     "SELECT COUNT(*) FROM after_sales WHERE order_id = ? AND outcome = 'returned_received'"),
                 {o}),
             2);
    QVERIFY(StockVerifier::verify(db).isEmpty());
}

void TestStockReturns::onlyShippedOrdersComeBack()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10);
    order(db, QStringLiteral("6001"), Stage::Submitted, {{a, 1}}, QStringLiteral("SF1234567890"));
    const Result<ReturnParcel> notOut = StockReturns::find(db, QStringLiteral("SF1234567890"));
    QVERIFY(!notOut);
    QVERIFY2(notOut.message.contains(u"6001") || notOut.message.contains(u"SF1234567890"),
             qPrintable(notOut.message));
    const Result<ReturnParcel> unknown = StockReturns::find(db, QStringLiteral("nothing"));
    QVERIFY(!unknown);
    QVERIFY(unknown.message.contains(u"nothing"));
}

QTEST_GUILESS_MAIN(TestStockReturns)
#include "tst_stockreturns.moc"
