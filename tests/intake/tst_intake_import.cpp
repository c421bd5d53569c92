// Importing shop exports into a database: the fixtures in tests/data/intake (made by
// make_fixtures.py) through OrderImport, checked order by order against the intake semantics.
#include "TestDatabase.h"
#include "TestPaths.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "intake/ColumnMapping.h"
#include "intake/OrderImport.h"
#include "orders/StageMachine.h"
#include "stock/Reservations.h"
#include "stock/SkuCatalog.h"
#include "stock/StockLedger.h"

#include <QFile>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/") + QLatin1String(name);
}

const QString kO1 = QStringLiteral("3456789012345678901");  // 19 digits, two lines, one unknown code
const QString kO2 = QStringLiteral("1234567890123456781");  // unpaid in A, paid in B
const QString kO3 = QStringLiteral("1234567890123456782");  // masked phone, 4-level address
const QString kO11 = QStringLiteral("1234567890123456790"); // municipality written once
} // namespace

class TestIntakeImport : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase db() const { return m_db->connection(); }

    QList<ImportOutcome> import(const QStringList &files, const QString &platform = QStringLiteral("auto"))
    {
        OrderImport importer(db(), TestDatabase::actor());
        QList<ImportOutcome> outcomes;
        for (const ImportUnit &unit : OrderImport::plan(db(), files, platform))
            outcomes << importer.run(unit, QString());
        return outcomes;
    }
    ImportOutcome importPair(const char *set)
    {
        const auto outcomes = import(
            {fixture(qPrintable(QStringLiteral("ExportOrderList_%1.csv").arg(QLatin1String(set)))),
             fixture(qPrintable(QStringLiteral("ExportOrderDetailList_%1.csv").arg(QLatin1String(set))))});
        if (outcomes.size() != 1)
            qFatal("expected one unit");
        return outcomes.first();
    }
    QString stageOf(const QString &orderNo)
    {
        return Sql::scalar(db(), QStringLiteral("SELECT stage FROM orders WHERE platform_order_no = ?"),
                           {orderNo})
            .toString();
    }
    qint64 idOf(const QString &orderNo)
    {
        return Sql::scalar(db(), QStringLiteral("SELECT id FROM orders WHERE platform_order_no = ?"),
                           {orderNo})
            .toLongLong();
    }
    void moveTo(const QString &orderNo, const QList<Stage> &path)
    {
        const qint64 id = idOf(orderNo);
        Transaction tx(db());
        for (Stage to : path) {
            const Stage from = *Stages::fromCode(stageOf(orderNo));
            if (to == Stage::Submitted)
                QVERIFY(Reservations::reserveOrder(db(), TestDatabase::actor(), id).isEmpty());
            const Result<> r =
                StageMachine::apply(db(), TestDatabase::actor(), {id, from, to, QStringLiteral("test")});
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        tx.commit();
    }
    int reserved(const QString &code)
    {
        return Sql::scalar(
                   db(),
                   QStringLiteral("SELECT l.reserved FROM stock_levels l JOIN skus s ON s.id = l.sku_id "
                                  "WHERE s.code = ?"),
                   {code})
            .toInt();
    }
    QString dump()
    {
        QString text;
        for (const char *table : {"orders", "order_lines", "order_flags", "after_sales", "import_runs",
                                  "stock_ledger", "audit_log", "shops"}) {
            QSqlQuery q =
                Sql::run(db(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    text += q.value(i).toString() + u'|';
            text += u'\n';
        }
        return text;
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void init()
    {
        Clock::freezeAt(QDateTime(QDate(2023, 11, 11), QTime(8, 0), Qt::UTC));
        m_db = std::make_unique<TestDatabase>();
        Transaction tx(db());
        for (const char *code : {"TS-BLK-XL", "MUG-WHT"}) {
            Sku sku;
            sku.code = QLatin1String(code);
            sku.title = sku.code;
            sku.spec = QStringLiteral(""); // SkuCatalog binds these NOT NULL columns as given
            sku.location = QStringLiteral("");
            const qint64 id = SkuCatalog::insert(db(), sku);
            StockLedger::post(db(), TestDatabase::actor(),
                              {id, StockBucket::OnHand, 100, QStringLiteral("received"), {}, {}});
        }
        tx.commit();
    }
    void cleanup()
    {
        m_db.reset();
        Clock::freezeAt(QDateTime());
    }

    void firstExport()
    {
        const ImportOutcome o = importPair("A");
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.encoding, QStringLiteral("GBK/GB18030"));
        QCOMPARE(o.ordersNew, 4);
        QCOMPARE(o.ordersSkipped, 2); // closed before payment, already shipped on the platform
        QCOMPARE(o.effects.value(QStringLiteral("new_imported")), 3);
        QCOMPARE(o.effects.value(QStringLiteral("new_awaiting_payment")), 1);

        // Every malformed row, with file, line, column, value and why.
        QStringList got;
        for (const RejectedRow &r : o.rejected)
            got << QStringLiteral("%1:%2:%3:%4").arg(r.file).arg(r.line).arg(r.column, r.value);
        QCOMPARE(o.rejectedCount, 8);
        const QStringList expected = {
            QStringLiteral("ExportOrderDetailList_A.csv:12:购买数量:x"),
            QStringLiteral("ExportOrderList_A.csv:8:买家实际支付金额:12.3.4"),
            QStringLiteral("ExportOrderList_A.csv:9:订单状态:火星状态"),
            QStringLiteral("ExportOrderList_A.csv:10:订单编号:"),
            QStringLiteral("ExportOrderList_A.csv:11::"),                            // short row
            QStringLiteral("ExportOrderList_A.csv:12::"),                            // unbalanced quote
            QStringLiteral("ExportOrderList_A.csv:14:订单编号:1234567890123456791"), // its item line was bad
            QStringLiteral("ExportOrderDetailList_A.csv:13:订单编号:9999999999999999999"), // orphan item line
        };
        QCOMPARE(got, expected);
        for (const RejectedRow &r : o.rejected)
            QVERIFY(!r.why.isEmpty());
        QVERIFY(o.rejected.at(4).why.contains(QStringLiteral("short row")));

        // The 19-digit order number stays exact text; money is exact fen; times are UTC.
        QSqlQuery q = Sql::run(
            db(),
            QStringLiteral("SELECT stage, paid_fen, paid_at, receiver_phone, receiver_province, "
                           "receiver_city, receiver_district, receiver_address, receiver_postcode, "
                           "address_raw, buyer_message, raw_json FROM orders WHERE platform_order_no = ?"),
            {kO1});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("imported"));
        QCOMPARE(q.value(1).toLongLong(), 12800);
        QCOMPARE(q.value(2).toString(), QStringLiteral("2023-11-10 16:00:10"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("13800138000"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("浙江省"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("文三路 123号"));
        QCOMPARE(q.value(8).toString(), QStringLiteral("310000"));
        QCOMPARE(q.value(9).toString(), QStringLiteral("浙江省 杭州市 西湖区 文三路 123号(310000)"));
        QCOMPARE(q.value(10).toString(), QStringLiteral("请发顺丰,谢谢!\n放门口\"快递柜\""));
        QVERIFY(
            q.value(11).toString().contains(QStringLiteral("\"店铺Id\":\"12345\""))); // unknown columns kept
        q.finish();

        QCOMPARE(stageOf(kO2), QStringLiteral("awaiting_payment"));
        QCOMPARE(
            Sql::scalar(
                db(),
                QStringLiteral(
                    "SELECT receiver_phone || '/' || phone_masked FROM orders WHERE platform_order_no = ?"),
                {kO3})
                .toString(),
            QStringLiteral("138****8000/1"));
        QCOMPARE(Sql::scalar(db(),
                             QStringLiteral("SELECT receiver_city || '/' || receiver_district FROM orders "
                                            "WHERE platform_order_no = ?"),
                             {kO11})
                     .toString(),
                 QStringLiteral("上海市/浦东新区"));

        // Unknown outer code: the line has no SKU and the order carries the import's flag.
        QCOMPARE(countRows(
                     db(),
                     QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = ? AND sku_id IS NULL"),
                     {idOf(kO1)}),
                 1);
        QCOMPARE(
            Sql::scalar(
                db(),
                QStringLiteral("SELECT reason FROM order_flags WHERE order_id = ? AND flag = 'unknown_sku'"),
                {idOf(kO1)})
                .toString(),
            QStringLiteral("Unmatched listing (no SKU for it): NOPE-404. Match it in the review desk (Match "
                           "listing…)."));
        // The import's own flag (the review rules, which ran inside the import, add theirs).
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE source <> 'rule'")),
                 1);

        QCOMPARE(
            countRows(db(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM import_runs WHERE orders_new = 4 AND rows_rejected = 8 "
                          "AND length(file_sha256) = 64 AND partner_name = 'ExportOrderDetailList_A.csv'")),
            1);
    }

    void reimportDuplicatesNothing()
    {
        importPair("A");
        const QString before = dump().section(u'\n', 0, 3); // orders, lines, flags, after-sales
        const ImportOutcome again = importPair("A");
        QCOMPARE(again.ordersNew, 0);
        QCOMPARE(again.ordersUpdated, 0);
        QCOMPARE(again.ordersUnchanged, 4);
        QVERIFY(!again.sameAsEarlier.isEmpty()); // "imported before" is said
        QCOMPARE(dump().section(u'\n', 0, 3), before);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM import_runs")), 2);
    }

    void overlappingLaterExport()
    {
        importPair("A");
        const ImportOutcome b = importPair("B"); // UTF-8 with BOM, tab-delimited
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(b.ordersNew, 1);
        QCOMPARE(b.ordersUnchanged, 1);
        QCOMPARE(b.ordersUpdated, 1);
        QCOMPARE(b.effects.value(QStringLiteral("paid")), 1);
        QCOMPARE(stageOf(kO2),
                 QStringLiteral("imported")); // paid later: enters review, via the stage machine
        QCOMPARE(countRows(db(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM audit_log WHERE entity = 'order' AND action = 'stage' "
                               "AND entity_id = ?"),
                           {idOf(kO2)}),
                 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 5);
        QCOMPARE(stageOf(QStringLiteral("1234567890123456800")), QStringLiteral("imported"));

        // The older export read again does not take the paid order back to unpaid.
        const ImportOutcome a = importPair("A");
        QCOMPARE(a.ordersUpdated, 0);
        QVERIFY(!Sql::scalar(db(), QStringLiteral("SELECT paid_at FROM orders WHERE platform_order_no = ?"),
                             {kO2})
                     .isNull());
    }

    void refundsAndChangesAfterSubmit()
    {
        importPair("A");
        moveTo(kO1, {Stage::Reviewed, Stage::Submitted});
        moveTo(kO3, {Stage::Reviewed, Stage::Submitted, Stage::Printed});
        QCOMPARE(reserved(QStringLiteral("TS-BLK-XL")), 2);
        QCOMPARE(reserved(QStringLiteral("MUG-WHT")), 3);

        const ImportOutcome c = importPair("C");
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.effects.value(QStringLiteral("intercepted")), 1);
        QCOMPARE(c.effects.value(QStringLiteral("address_flagged")), 1);
        QCOMPARE(c.effects.value(QStringLiteral("cancelled")), 1);

        // Refund after Submitted: intercepted, stock released, listed for after-sales.
        QCOMPARE(stageOf(kO1), QStringLiteral("intercepted"));
        QCOMPARE(reserved(QStringLiteral("TS-BLK-XL")), 0);
        QCOMPARE(
            countRows(
                db(),
                QStringLiteral(
                    "SELECT COUNT(*) FROM after_sales WHERE order_id = ? AND arrived_stage = 'submitted' "
                    "AND refund_fen = 12800"),
                {idOf(kO1)}),
            1);
        // Address changed after Submitted: kept as it was, flagged for a person.
        QCOMPARE(stageOf(kO3), QStringLiteral("printed"));
        QCOMPARE(reserved(QStringLiteral("MUG-WHT")), 3);
        QCOMPARE(Sql::scalar(
                     db(), QStringLiteral("SELECT receiver_district FROM orders WHERE platform_order_no = ?"),
                     {kO3})
                     .toString(),
                 QStringLiteral("南山区"));
        QVERIFY(
            Sql::scalar(db(),
                        QStringLiteral(
                            "SELECT reason FROM order_flags WHERE order_id = ? AND flag = 'address_changed'"),
                        {idOf(kO3)})
                .toString()
                .contains(QStringLiteral("福田区")));
        // Closed before Submitted: cancelled, nothing to release.
        QCOMPARE(stageOf(kO11), QStringLiteral("cancelled"));

        // Again: nothing more happens (no second case, no second flag audit).
        const ImportOutcome again = importPair("C");
        QCOMPARE(again.ordersUpdated, 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM after_sales WHERE order_id = ?"),
                           {idOf(kO1)}),
                 1);
    }

    void refundAfterShippedOpensAfterSalesOnly()
    {
        importPair("A");
        moveTo(kO1, {Stage::Reviewed, Stage::Submitted, Stage::Printed, Stage::Packed});
        {
            Transaction tx(db());
            Reservations::consumeOrder(db(), TestDatabase::actor(), idOf(kO1));
            QVERIFY(StageMachine::apply(db(), TestDatabase::actor(),
                                        {idOf(kO1), Stage::Packed, Stage::Shipped, {}})
                        .ok);
            tx.commit();
        }
        const ImportOutcome c = importPair("C");
        QCOMPARE(c.effects.value(QStringLiteral("after_sales")), 1);
        QCOMPARE(stageOf(kO1), QStringLiteral("shipped"));
        QCOMPARE(
            countRows(db(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM after_sales WHERE order_id = ? AND kind = 'return_refund'"),
                      {idOf(kO1)}),
            1);
    }

    // A Taobao order report without its item report: lines from its titles, and the summary says so.
    void orderReportAloneReadsTitles()
    {
        const auto outcomes = import({fixture("ExportOrderList_A.csv")});
        QCOMPARE(outcomes.size(), 1);
        const ImportOutcome &o = outcomes.first();
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.inferences.isEmpty());
        QVERIFY2(o.inferences.first().startsWith(QStringLiteral("order report alone: lines from titles")),
                 qPrintable(o.inferences.join(u'\n')));
        QVERIFY(o.ordersNew > 0);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE title = ''")), 0);
        // An item report alone still cannot be imported.
        const auto items = import({fixture("ExportOrderDetailList_A.csv")});
        QVERIFY(items.first().error.contains(QStringLiteral("ExportOrderList")));
    }

    // Every field quoted, LF, "-NN" order numbers, 收货人, "省 市 区 - 街道", one row per order.
    void singleFileQuotedPerOrder()
    {
        const auto outcomes = import({fixture("shop_quoted.csv")});
        QCOMPARE(outcomes.size(), 1);
        const ImportOutcome &o = outcomes.first();
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.platform, QStringLiteral("taobao"));
        QCOMPARE(o.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(o.ordersNew, 3);
        QCOMPARE(o.ordersSkipped, 1); // closed before we saw it
        QCOMPARE(o.rejectedCount, 1);
        const RejectedRow &bad = o.rejected.first();
        QCOMPARE(bad.file, QStringLiteral("shop_quoted.csv"));
        QCOMPARE(bad.line, 5);
        QCOMPARE(bad.column, QStringLiteral("宝贝总数量"));
        QCOMPARE(bad.value, QStringLiteral("两件"));
        QVERIFY(bad.why.contains(QStringLiteral("quantity")));
        QCOMPARE(o.inferences, QStringList{QStringLiteral("order report alone: lines from titles (宝贝标题 × "
                                                          "宝贝总数量, spec from 商品属性 + 套餐信息)")});

        // The order number as written, the dash between district and street gone.
        QSqlQuery q =
            Sql::run(db(), QStringLiteral("SELECT receiver_name, receiver_province, receiver_city, "
                                          "receiver_district, receiver_address, buyer_message, paid_at "
                                          "FROM orders WHERE platform_order_no = '20261111000000-100'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("王小明"));
        QCOMPARE(q.value(1).toString() + q.value(2).toString() + q.value(3).toString(),
                 QStringLiteral("浙江省杭州市西湖区"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("文三路1号"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("尽快发货, 谢谢"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("2026-11-10 16:01:10"));
        QSqlQuery l = Sql::run(
            db(), QStringLiteral(
                      "SELECT o.platform_order_no, l.title, l.spec, l.qty, l.outer_code FROM order_lines l "
                      "JOIN orders o ON o.id = l.order_id ORDER BY o.platform_order_no, l.line_no"));
        QStringList lines;
        while (l.next())
            lines << QStringLiteral("%1|%2|%3|%4|%5")
                         .arg(l.value(0).toString(), l.value(1).toString(), l.value(2).toString())
                         .arg(l.value(3).toInt())
                         .arg(l.value(4).toString());
        QCOMPARE(lines, (QStringList{
                            QStringLiteral("20261111000000-100|纯棉T恤 男款 短袖|颜色分类:黑色;尺码:XL|2|"),
                            QStringLiteral("20261111000000-101|马克杯 陶瓷 大容量|套餐一：杯+勺|1|"),
                            QStringLiteral("20261111000000-102|纯棉T恤 男款 短袖|颜色分类:黑色;尺码:XL|1|"),
                        }));
        QCOMPARE(stageOf(QStringLiteral("20261111000000-100")), QStringLiteral("imported"));
        QCOMPARE(stageOf(QStringLiteral("20261111000000-102")), QStringLiteral("awaiting_payment"));
    }

    // GB2312, CRLF, nothing quoted, 收货人姓名, one row per line item, 已付款/已发货, 2026/11/11 9:05:33,
    // postcode and phone appended to the address; a bad row refuses its order, the rest imports.
    void singleFileGb2312PerItem()
    {
        const auto outcomes = import({fixture("shop_gb2312.csv")});
        const ImportOutcome &o = outcomes.first();
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.encoding, QStringLiteral("GBK/GB18030"));
        QCOMPARE(o.ordersNew, 2);
        QCOMPARE(o.ordersSkipped, 1); // 已发货: shipped on the platform
        QStringList got;
        for (const RejectedRow &r : o.rejected)
            got << QStringLiteral("%1:%2:%3:%4").arg(r.file).arg(r.line).arg(r.column, r.value);
        QCOMPARE(got, (QStringList{QStringLiteral("shop_gb2312.csv:6:宝贝总数量:x"),
                                   QStringLiteral("shop_gb2312.csv:5:订单编号:202611110905003")}));
        QCOMPARE(o.inferences,
                 (QStringList{
                     QStringLiteral(
                         "order report alone: lines from titles (宝贝标题 × 宝贝总数量, spec from 商品属性)"),
                     QStringLiteral("status “已付款” read as “paid, waiting to ship”"),
                     QStringLiteral("times like “2026/11/11 9:05:33” read as yyyy/M/d H:mm:ss, China time"),
                     QStringLiteral("postcode and phone read from the end of the address (收货地址: "
                                    "“广东省 深圳市 南山区 科技园路2号，518000，13900000002”)"),
                     QStringLiteral("status “已发货” read as “shipped”"),
                 }));
        QSqlQuery q =
            Sql::run(db(), QStringLiteral("SELECT receiver_name, receiver_district, receiver_address, "
                                          "receiver_postcode, receiver_phone, created_at, item_count "
                                          "FROM orders WHERE platform_order_no = '202611110905001'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("李雷"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("南山区"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("科技园路2号"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("518000"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("13900000002"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("2026-11-11 01:05:33"));
        QCOMPARE(q.value(6).toInt(), 3);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = "
                                                "l.order_id WHERE o.platform_order_no = '202611110905001'")),
                 2);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE platform_order_no = "
                                                "'202611110905003'")),
                 0);
    }

    // UTF-8 with BOM, CRLF, quoted where needed, per-line 购买数量 beside the order's 宝贝总数量.
    void singleFileBomPerItem()
    {
        const auto outcomes = import({fixture("shop_bom_items.csv")});
        const ImportOutcome &o = outcomes.first();
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(o.ordersNew, 1);
        QCOMPARE(o.ordersSkipped, 1);
        QCOMPARE(o.rejectedCount, 0);
        QVERIFY(o.inferences.contains(QStringLiteral("status “已完成” read as “shipped”")));
        QSqlQuery l =
            Sql::run(db(), QStringLiteral("SELECT l.title, l.spec, l.qty FROM order_lines l JOIN orders o "
                                          "ON o.id = l.order_id WHERE o.platform_order_no = "
                                          "'A-20261111-7' ORDER BY l.line_no"));
        QVERIFY(l.next());
        QCOMPARE(l.value(0).toString(), QStringLiteral("秋冬套装, 三件"));
        QCOMPARE(l.value(1).toString(), QStringLiteral("颜色分类:黑色 套餐二：T恤+杯"));
        QCOMPARE(l.value(2).toInt(), 1);
        QVERIFY(l.next());
        QCOMPARE(l.value(2).toInt(), 2);
        QVERIFY(!l.next());
    }

    void genericPdd()
    {
        const auto outcomes = import({fixture("pdd_orders.csv")});
        const ImportOutcome &o = outcomes.first();
        QCOMPARE(o.platform, QStringLiteral("pdd"));
        QCOMPARE(o.ordersNew, 2);
        QCOMPARE(o.ordersSkipped, 1);
        QCOMPARE(o.rejectedCount, 2); // quantity 0; the first order's rows again, not adjacent
        QCOMPARE(
            countRows(db(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                          "WHERE o.platform_order_no = '231122-000000000000001' AND l.sku_id IS NOT NULL")),
            2);
        QCOMPARE(Sql::scalar(db(),
                             QStringLiteral(
                                 "SELECT receiver_province || receiver_city || receiver_district FROM orders "
                                 "WHERE platform_order_no = '231122-000000000000002'"))
                     .toString(),
                 QStringLiteral("江苏省南京市玄武区"));
        QVERIFY(
            Sql::scalar(db(),
                        QStringLiteral(
                            "SELECT raw_json FROM orders WHERE platform_order_no = '231122-000000000000002'"))
                .toString()
                .contains(QStringLiteral("VIP")));
    }

    void genericJdGbk()
    {
        const auto outcomes = import({fixture("jd_orders.csv")});
        QCOMPARE(outcomes.first().platform, QStringLiteral("jd"));
        QCOMPARE(outcomes.first().encoding, QStringLiteral("GBK/GB18030"));
        QCOMPARE(outcomes.first().ordersNew, 1);
        QCOMPARE(stageOf(QStringLiteral("305678901234")), QStringLiteral("imported"));
    }

    void savedMappingOverridesDefault()
    {
        ColumnMapping m = ColumnMapping::builtIn(QStringLiteral("pdd"));
        m.columns[OrderField::Qty] = QStringList{QStringLiteral("件数")};
        ColumnMappings::save(db(), m);
        QCOMPARE(ColumnMappings::load(db(), QStringLiteral("pdd")).columns.value(OrderField::Qty),
                 QStringList{QStringLiteral("件数")});
        const auto outcomes = import({fixture("pdd_orders.csv")}, QStringLiteral("pdd"));
        QVERIFY(outcomes.first().error.contains(QStringLiteral("件数")));
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    }

    void cancelLeavesNothing()
    {
        const QString before = dump();
        std::atomic_bool cancel = true;
        OrderImport importer(db(), TestDatabase::actor());
        importer.setCancelFlag(&cancel);
        const auto units = OrderImport::plan(db(), {fixture("pdd_orders.csv")}, QStringLiteral("auto"));
        const ImportOutcome o = importer.run(units.first(), QString());
        QVERIFY(o.cancelled);
        QCOMPARE(dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestIntakeImport)
#include "tst_intake_import.moc"
