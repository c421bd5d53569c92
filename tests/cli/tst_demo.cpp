// Demo data is realistic and deterministic: what a newcomer and every other test stand on.
#include "TestDatabase.h"
#include "db/Sql.h"
#include "demo/Ean13.h"

#include <QCryptographicHash>
#include <QTest>

namespace {
QByteArray fingerprint(const QSqlDatabase &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT platform_order_no, buyer_nick, receiver_name, receiver_phone, "
                                    "receiver_city, stage, paid_fen FROM orders ORDER BY id"));
    while (q.next()) {
        for (int i = 0; i < 7; ++i)
            h.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
    }
    return h.result();
}
} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void realisticCatalogAndOrders()
    {
        TestDatabase t;
        t.seedDemo(2000);
        const auto db = t.connection();
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM skus")), 200);
        QSqlQuery codes = Sql::run(db, QStringLiteral("SELECT barcode FROM sku_barcodes"));
        int barcodes = 0;
        while (codes.next()) {
            QVERIFY2(Ean13::isValid(codes.value(0).toString()), qPrintable(codes.value(0).toString()));
            ++barcodes;
        }
        QVERIFY(barcodes > 200); // some SKUs carry two
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM skus WHERE location = '' OR spec = ''")),
                 0);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders")), 2000);
        QCOMPARE(
            countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE LENGTH(platform_order_no) = 19")),
            2000);
        QVERIFY(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE item_count > 1")) > 200);
        QVERIFY(
            countRows(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM orders WHERE phone_masked = 1 AND receiver_phone LIKE '%****%'")) >
            100);
        QVERIFY(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE buyer_message <> ''")) > 50);
        QVERIFY(countRows(db, QStringLiteral(
                                  "SELECT COUNT(*) FROM (SELECT address_raw FROM orders GROUP BY address_raw "
                                  "HAVING COUNT(DISTINCT buyer_nick) > 1) AS shared")) > 10);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE receiver_province = '' OR "
                                              "receiver_city = '' OR receiver_district = ''")),
                 0);
        // Every stage of the flow is represented.
        QVERIFY(countRows(db, QStringLiteral("SELECT COUNT(DISTINCT stage) FROM orders")) >= 10);
        // Printed and later carry tracking numbers.
        QCOMPARE(
            countRows(db, QStringLiteral(
                              "SELECT COUNT(*) FROM orders WHERE stage IN ('printed', 'packed', 'shipped') "
                              "AND courier_code IS NOT NULL AND tracking_no IS NULL")),
            0);
        // Amounts add up: paid = goods + shipping for paid orders, goods = Σ lines.
        QCOMPARE(
            countRows(db,
                      QStringLiteral(
                          "SELECT COUNT(*) FROM orders o WHERE o.goods_fen <> (SELECT SUM(qty * price_fen) "
                          "FROM order_lines WHERE order_id = o.id)")),
            0);
    }

    void stockLevelsMatchTheLedger()
    {
        TestDatabase t;
        t.seedDemo(1000);
        const auto db = t.connection();
        for (const char *bucket : {"on_hand", "reserved", "prepacked"}) {
            const QString sql =
                QStringLiteral(
                    "SELECT COUNT(*) FROM stock_levels l WHERE l.%1 <> COALESCE((SELECT SUM(delta) "
                    "FROM stock_ledger g WHERE g.sku_id = l.sku_id AND g.bucket = '%1'), 0)")
                    .arg(QLatin1String(bucket));
            QCOMPARE(countRows(db, sql), 0);
        }
        // Reserved equals what submitted-but-not-shipped orders hold.
        QCOMPARE(countRows(db, QStringLiteral("SELECT SUM(reserved) FROM stock_levels")),
                 countRows(db, QStringLiteral(
                                   "SELECT SUM(l.qty) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                   "WHERE o.stage IN ('submitted', 'printed', 'packed')")));
    }

    void sameSeedSameData()
    {
        TestDatabase a, b, c;
        a.seedDemo(500, 42);
        b.seedDemo(500, 42);
        c.seedDemo(500, 43);
        QCOMPARE(fingerprint(a.connection()), fingerprint(b.connection()));
        QVERIFY(fingerprint(a.connection()) != fingerprint(c.connection()));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
