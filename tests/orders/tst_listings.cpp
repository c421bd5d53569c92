// Listing matching (商品对应): orders whose lines came from titles (a single-file order report)
// are flagged "unmatched listing"; a mapping made once fixes every waiting order with that
// listing in one transaction, applies to later imports, may be a combo (components reserved one
// by one), and round-trips through CSV.
#include "TestDatabase.h"
#include "TestPaths.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "intake/OrderImport.h"
#include "orders/Listings.h"
#include "orders/ListingsCsv.h"
#include "orders/StageMachine.h"
#include "packing/ScanSession.h"
#include "printing/OrderPrintData.h"
#include "stock/Reservations.h"
#include "stock/SkuCatalog.h"
#include "stock/StockCsv.h"
#include "stock/StockLedger.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/") + QLatin1String(name);
}
const QString kShirt = QStringLiteral("纯棉T恤 男款 短袖");
const QString kShirtSpec = QStringLiteral("颜色分类:黑色;尺码:XL");
const QString kMug = QStringLiteral("马克杯 陶瓷 大容量");
const QString kMugSet = QStringLiteral("套餐一：杯+勺");
} // namespace

class TestListings : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase db() const { return m_db->connection(); }

    ImportOutcome import(const char *name)
    {
        OrderImport importer(db(), TestDatabase::actor());
        const auto units = OrderImport::plan(db(), {fixture(name)}, QStringLiteral("auto"));
        const ImportOutcome o = importer.run(units.first(), QString());
        if (!o.error.isEmpty())
            qWarning("%s", qPrintable(o.error));
        return o;
    }
    qint64 sku(const char *code) { return *SkuCatalog::idByCode(db(), QLatin1String(code)); }
    qint64 orderId(const QString &no)
    {
        return Sql::scalar(db(), QStringLiteral("SELECT id FROM orders WHERE platform_order_no = ?"), {no})
            .toLongLong();
    }
    // "CODE×qty" per line of an order, in line order; "?" for an unmatched line.
    QStringList linesOf(const QString &no)
    {
        QSqlQuery q =
            Sql::run(db(),
                     QStringLiteral("SELECT s.code, l.qty, l.title FROM order_lines l LEFT JOIN skus s ON "
                                    "s.id = l.sku_id WHERE l.order_id = ? ORDER BY l.line_no"),
                     {orderId(no)});
        QStringList lines;
        while (q.next())
            lines << QStringLiteral("%1×%2")
                         .arg(q.value(0).isNull() ? QStringLiteral("?") : q.value(0).toString())
                         .arg(q.value(1).toInt());
        return lines;
    }
    bool flagged(const QString &no)
    {
        return countRows(db(),
                         QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE order_id = ? AND flag = ?"),
                         {orderId(no), ListingMatches::flagCode()}) > 0;
    }
    ListingMatch match(const ListingKey &key, QList<std::pair<const char *, int>> parts)
    {
        ListingMatch m{key, {}};
        for (const auto &[code, qty] : parts)
            m.components << ListingComponent{sku(code), QLatin1String(code), qty};
        return m;
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void init()
    {
        Clock::freezeAt(QDateTime(QDate(2026, 11, 11), QTime(8, 0), Qt::UTC));
        m_db = std::make_unique<TestDatabase>();
        Transaction tx(db());
        for (const char *code : {"TS-BLK-XL", "MUG-WHT", "SPOON"}) {
            Sku s;
            s.code = QLatin1String(code);
            s.title = code == QByteArray("TS-BLK-XL") ? QStringLiteral("T恤 黑色 XL") : s.code;
            s.spec = QStringLiteral("");
            s.location = QStringLiteral("");
            s.barcodes = {QStringLiteral("69%1").arg(QLatin1String(code))};
            const qint64 id = SkuCatalog::insert(db(), s);
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

    void titlesAreUnmatchedUntilMapped()
    {
        import("shop_quoted.csv");
        QVERIFY(flagged(QStringLiteral("20261111000000-100")));
        QVERIFY(flagged(QStringLiteral("20261111000000-101")));
        const ListingMatches::Summary before = ListingMatches::summary(db());
        QCOMPARE(before.orders, 3);
        QCOMPARE(before.listings, 2);
        QCOMPARE(ListingMatches::summaryText(before),
                 QStringLiteral("Unmatched listing: 3 orders, 2 listings"));
        const auto unmatched = ListingMatches::unmatched(db());
        QCOMPARE(unmatched.size(), 2);
        QCOMPARE(unmatched.first().listing, ListingKey::of({}, kShirt, kShirtSpec));
        QCOMPARE(unmatched.first().orders, 2);

        // The shirt listing is that SKU: both its orders are fixed at once, with one audit row.
        const qint64 auditBefore = countRows(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const ListingMatches::Saved saved = ListingMatches::save(
            db(), TestDatabase::actor(), match(ListingKey::of({}, kShirt, kShirtSpec), {{"TS-BLK-XL", 1}}));
        QVERIFY2(saved.result.ok, qPrintable(saved.result.message));
        QCOMPARE(saved.ordersChanged, 2);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 1);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'listing' AND "
                                                "action = 'match'")),
                 1);
        QCOMPARE(linesOf(QStringLiteral("20261111000000-100")), QStringList{QStringLiteral("TS-BLK-XL×2")});
        QVERIFY(!flagged(QStringLiteral("20261111000000-100")));
        QVERIFY(flagged(QStringLiteral("20261111000000-101")));
        QCOMPARE(ListingMatches::summary(db()).orders, 1);

        // A suggestion for the mug listing puts the mug first.
        const auto suggestions =
            ListingMatches::suggest(db(), ListingKey::of({}, QStringLiteral("MUG 马克杯"), {}));
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.first().code, QStringLiteral("MUG-WHT"));
        QCOMPARE(ListingMatches::search(db(), QStringLiteral("spo")).first().code, QStringLiteral("SPOON"));
    }

    // A combo listing (套装) becomes one line per component; stock reserves each component.
    void comboIsReservedComponentByComponent()
    {
        import("shop_quoted.csv");
        const auto saved =
            ListingMatches::save(db(), TestDatabase::actor(),
                                 match(ListingKey::of({}, kMug, kMugSet), {{"MUG-WHT", 1}, {"SPOON", 2}}));
        QVERIFY2(saved.result.ok, qPrintable(saved.result.message));
        QCOMPARE(saved.ordersChanged, 1);
        const QString no = QStringLiteral("20261111000000-101");
        QCOMPARE(linesOf(no), (QStringList{QStringLiteral("MUG-WHT×1"), QStringLiteral("SPOON×2")}));
        QVERIFY(!flagged(no));
        // The listing title stays beside each component.
        QCOMPARE(
            countRows(db(),
                      QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = ? AND title = ?"),
                      {orderId(no), kMug}),
            2);
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT item_count FROM orders WHERE id = ?"), {orderId(no)})
                .toInt(),
            3);
        Transaction tx(db());
        QVERIFY(Reservations::reserveOrder(db(), TestDatabase::actor(), orderId(no)).isEmpty());
        tx.commit();
        auto reserved = [&](const char *code) {
            return Sql::scalar(db(), QStringLiteral("SELECT reserved FROM stock_levels WHERE sku_id = ?"),
                               {sku(code)})
                .toInt();
        };
        QCOMPARE(reserved("MUG-WHT"), 1);
        QCOMPARE(reserved("SPOON"), 2);

        // Packing slip and pick list: the components' codes, the listing title beside them.
        auto rowsText = [](const PrintData &d) {
            QStringList text;
            for (const auto &row : d.rows.value(QStringLiteral("lines")))
                text << QStringLiteral("%1 %2 ×%3")
                            .arg(row.value(QStringLiteral("code")), row.value(QStringLiteral("title")),
                                 row.value(QStringLiteral("qty")));
            return text;
        };
        const QStringList expected{QStringLiteral("MUG-WHT 马克杯 陶瓷 大容量 ×1"),
                                   QStringLiteral("SPOON 马克杯 陶瓷 大容量 ×2")};
        QCOMPARE(rowsText(OrderPrintData::forOrder(db(), orderId(no))), expected);
        QCOMPARE(rowsText(OrderPrintData::forPickList(db(), {orderId(no)}, QStringLiteral("batch"), 0)),
                 expected);
    }

    // The pack station expects each component's barcode; packing deducts the components.
    void comboIsPackedComponentByComponent()
    {
        import("shop_quoted.csv");
        QVERIFY(ListingMatches::save(db(), TestDatabase::actor(),
                                     match(ListingKey::of({}, kMug, kMugSet), {{"MUG-WHT", 1}, {"SPOON", 2}}))
                    .result.ok);
        const qint64 id = orderId(QStringLiteral("20261111000000-101"));
        {
            Transaction tx(db());
            QVERIFY(Reservations::reserveOrder(db(), TestDatabase::actor(), id).isEmpty());
            // Reviewed, submitted and printed elsewhere: here only what the pack station reads.
            Sql::run(db(),
                     QStringLiteral("UPDATE orders SET stage = 'printed', courier_code = 'ZTO', "
                                    "tracking_no = 'ZT900000000001' WHERE id = ?"),
                     {id});
            tx.commit();
        }
        ScanSession s(db(), TestDatabase::actor());
        // The buyer's message is read first (要"大"杯), then the items.
        QCOMPARE(s.scan(QStringLiteral("ZT900000000001")).kind, ScanFeedback::Kind::NeedsAcknowledge);
        QCOMPARE(s.acknowledge().kind, ScanFeedback::Kind::Acknowledged);
        QCOMPARE(s.parcel().itemsNeeded(), 3);
        QCOMPARE(s.scan(QStringLiteral("69SPOON")).kind, ScanFeedback::Kind::Counted);
        QCOMPARE(s.scan(QStringLiteral("69TS-BLK-XL")).kind, ScanFeedback::Kind::WrongItem);
        QCOMPARE(s.scan(QStringLiteral("69MUG-WHT")).kind, ScanFeedback::Kind::Counted);
        QCOMPARE(s.scan(QStringLiteral("69SPOON")).kind, ScanFeedback::Kind::Packed);
        {
            Transaction tx(db()); // what the handover does when the courier takes the parcel
            Reservations::consumeOrder(db(), TestDatabase::actor(), id);
            tx.commit();
        }
        auto level = [&](const char *code) {
            return Sql::firstRow(
                db(), QStringLiteral("SELECT on_hand, reserved FROM stock_levels WHERE sku_id = ?"),
                {sku(code)});
        };
        QCOMPARE(level("MUG-WHT")->at(0).toInt(), 99);
        QCOMPARE(level("SPOON")->at(0).toInt(), 98);
        QCOMPARE(level("SPOON")->at(1).toInt(), 0);
    }

    // Made once, a mapping applies to every later import; a re-import changes nothing.
    void laterImportsUseTheMapping()
    {
        QVERIFY(ListingMatches::save(db(), TestDatabase::actor(),
                                     match(ListingKey::of({}, kShirt, kShirtSpec), {{"TS-BLK-XL", 1}}))
                    .result.ok);
        QVERIFY(ListingMatches::save(db(), TestDatabase::actor(),
                                     match(ListingKey::of({}, kMug, {}), {{"MUG-WHT", 1}, {"SPOON", 1}}))
                    .result.ok);
        const ImportOutcome o = import("shop_gb2312.csv");
        QCOMPARE(o.ordersNew, 2);
        const QString no = QStringLiteral("202611110905001");
        QCOMPARE(linesOf(no), (QStringList{QStringLiteral("TS-BLK-XL×1"), QStringLiteral("MUG-WHT×2"),
                                           QStringLiteral("SPOON×2")}));
        QVERIFY(!flagged(no));
        QCOMPARE(ListingMatches::summary(db()).orders, 0);
        const ImportOutcome again = import("shop_gb2312.csv");
        QCOMPARE(again.ordersUnchanged, 2);
        QCOMPARE(again.ordersUpdated, 0);
    }

    // An order the warehouse owns keeps its lines.
    void submittedOrdersAreNotRewritten()
    {
        import("shop_quoted.csv");
        const qint64 id = orderId(QStringLiteral("20261111000000-100"));
        {
            Transaction tx(db());
            QVERIFY(StageMachine::apply(db(), TestDatabase::actor(),
                                        {id, Stage::Imported, Stage::Cancelled, QStringLiteral("test")})
                        .ok);
            tx.commit();
        }
        const auto saved = ListingMatches::save(
            db(), TestDatabase::actor(), match(ListingKey::of({}, kShirt, kShirtSpec), {{"TS-BLK-XL", 1}}));
        QCOMPARE(saved.ordersChanged, 1); // -102 only
        QCOMPARE(linesOf(QStringLiteral("20261111000000-100")), QStringList{QStringLiteral("?×2")});
    }

    // The shop's stock upload offers a combo as often as its scarcest component allows.
    void shopStockExportCountsCombos()
    {
        QVERIFY(ListingMatches::save(
                    db(), TestDatabase::actor(),
                    match(ListingKey::of(QStringLiteral("TB-SET"), {}, {}), {{"MUG-WHT", 1}, {"SPOON", 3}}))
                    .result.ok);
        QStringDecoder gbk("GB18030");
        const QString csv = gbk(StockCsv::exportTaobao(db()));
        QVERIFY2(csv.contains(QStringLiteral("\r\nTB-SET,33,,\r\n")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("\r\nSPOON,100,")), qPrintable(csv));
    }

    void csvRoundTrip()
    {
        QVERIFY(ListingMatches::save(db(), TestDatabase::actor(),
                                     match(ListingKey::of({}, kMug, kMugSet), {{"MUG-WHT", 1}, {"SPOON", 2}}))
                    .result.ok);
        QVERIFY(
            ListingMatches::save(db(), TestDatabase::actor(),
                                 match(ListingKey::of(QStringLiteral("TB-1001"), {}, {}), {{"TS-BLK-XL", 2}}))
                .result.ok);
        const QByteArray csv = ListingsCsv::exportCsv(db());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("listings.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const QList<ListingMatch> before = ListingMatches::all(db());
        QCOMPARE(before.size(), 2);

        // Into a database of its own: the same mappings.
        init();
        const ListingsCsv::Imported imported = ListingsCsv::importFile(db(), TestDatabase::actor(), path);
        QVERIFY(imported.report.ok());
        QCOMPARE(imported.report.created, 2);
        const QList<ListingMatch> after = ListingMatches::all(db());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).listing, before.at(i).listing);
            QCOMPARE(after.at(i).components.size(), before.at(i).components.size());
            for (qsizetype c = 0; c < after.at(i).components.size(); ++c) {
                QCOMPARE(after.at(i).components.at(c).skuCode, before.at(i).components.at(c).skuCode);
                QCOMPARE(after.at(i).components.at(c).qty, before.at(i).components.at(c).qty);
            }
        }
        QCOMPARE(ListingsCsv::exportCsv(db()), csv);

        // A bad row: file, line, column, why, and nothing written.
        QFile bad(dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("outer_code,title,spec,sku,qty\nX-1,,,SPOON,1\nX-2,,,NOPE,1\nX-3,,,SPOON,zero\n");
        bad.close();
        const ListingsCsv::Imported refused =
            ListingsCsv::importFile(db(), TestDatabase::actor(), bad.fileName());
        QCOMPARE(refused.report.problems.size(), 2);
        QCOMPARE(refused.report.problems.at(0).text(),
                 QStringLiteral("bad.csv:3: sku: no SKU with this code in the catalog"));
        QCOMPARE(refused.report.problems.at(1).line, 4);
        QCOMPARE(refused.report.problems.at(1).column, QStringLiteral("qty"));
        QVERIFY(!ListingMatches::find(db(), ListingKey::of(QStringLiteral("X-1"), {}, {})));
    }
};

QTEST_GUILESS_MAIN(TestListings)
#include "tst_listings.moc"
