// The catalog editor behind the SKU dialog: every problem tied to its field (so the form shows it
// next to that field and a CSV import names the column), a barcode refused with the SKU that owns
// it, the code fixed once created, each save audited in its transaction; and StockFiles, the
// export/import plumbing shared by `packline stock` and the Stock view.
#include "StockFixture.h"
#include "TestDatabase.h"
#include "stock/CatalogCsv.h"
#include "stock/SkuEditor.h"
#include "stock/StockFiles.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace StockFixture;

namespace {
QList<SkuField> fields(const QList<SkuProblem> &problems)
{
    QList<SkuField> out;
    for (const SkuProblem &p : problems)
        out << p.field;
    return out;
}

Sku entry(const QString &code, const QStringList &barcodes = {})
{
    Sku s;
    s.code = code;
    s.title = QStringLiteral("Mug ") + code;
    s.barcodes = barcodes;
    return s;
}
} // namespace

class TestSkuEditor : public QObject {
    Q_OBJECT
private slots:
    void everyProblemNamesItsField();
    void barcodeOwner();
    void createAndEditAreAudited();
    void codeIsFixedOnceCreated();
    void refusedSaveWritesNothing();
    void editRefusedWhenChangedElsewhere();
    void catalogImportNamesColumnAndValue();
    void filesForCliAndView();
};

void TestSkuEditor::everyProblemNamesItsField()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    sku(db, QStringLiteral("TAKEN"), 0, {}, 0, {QStringLiteral("6900000000011")});
    Sku s;
    s.code = QStringLiteral(" ");
    s.barcodes = {QStringLiteral("6900000000011")};
    s.weightGrams = -1;
    s.presaleShipDate = QStringLiteral("2026-02-30");
    s.safetyStock = -2;
    s.lowStockThreshold = -3;
    const QList<SkuProblem> p = SkuEditor::problems(db, s);
    QCOMPARE(fields(p), (QList<SkuField>{SkuField::Code, SkuField::Barcodes, SkuField::Title,
                                         SkuField::Weight, SkuField::PresaleShipDate, SkuField::SafetyStock,
                                         SkuField::LowStockThreshold}));
    QVERIFY2(p.at(1).message.contains(u"TAKEN"), qPrintable(p.at(1).message));
    QCOMPARE(p.at(1).value, QStringLiteral("6900000000011"));
    QCOMPARE(p.at(4).value, QStringLiteral("2026-02-30"));
    QCOMPARE(SkuEditor::validate(db, s).message, p.first().message);

    Sku twice = entry(QStringLiteral("TWICE"), {QStringLiteral("1"), QStringLiteral("1")});
    QCOMPARE(fields(SkuEditor::problems(db, twice)), QList<SkuField>{SkuField::Barcodes});
    Sku spaced = entry(QStringLiteral("TAKEN"));
    QVERIFY(SkuEditor::problems(db, spaced).first().message.contains(u"Another SKU"));
    QVERIFY(SkuEditor::problems(db, entry(QStringLiteral("FREE"), {QStringLiteral("2")})).isEmpty());
}

void TestSkuEditor::barcodeOwner()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 0, {}, 0, {QStringLiteral("111"), QStringLiteral("112")});
    QCOMPARE(SkuEditor::barcodeOwner(db, QStringLiteral("112")), std::optional<QString>(QStringLiteral("A")));
    QCOMPARE(SkuEditor::barcodeOwner(db, QStringLiteral("112"), a), std::nullopt); // its own barcode
    QCOMPARE(SkuEditor::barcodeOwner(db, QStringLiteral("999")), std::nullopt);
}

void TestSkuEditor::createAndEditAreAudited()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    Sku s = entry(QStringLiteral("MUG-1"), {QStringLiteral("6900000000028")});
    s.location = QStringLiteral("A-01-02");
    s.presaleShipDate = QStringLiteral("2026-12-12");
    QVERIFY(SkuEditor::save(db, actor(), s));
    QVERIFY(s.id > 0);
    QCOMPARE(level(db, s.id, "on_hand"), 0); // a level row exists for a new SKU
    QCOMPARE(countRows(db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sku' AND entity_id = ? "
                                      "AND action = 'create' AND operator = 'tester'"),
                       {s.id}),
             1);

    s.barcodes = {QStringLiteral("6900000000035"), QStringLiteral("20000001")};
    s.weightGrams = 320;
    s.presaleShipDate.clear();
    QVERIFY(SkuEditor::save(db, actor(), s));
    const Sku stored = *SkuCatalog::byId(db, s.id);
    QCOMPARE(stored.barcodes, QStringList({QStringLiteral("20000001"), QStringLiteral("6900000000035")}));
    QCOMPARE(stored.weightGrams, 320);
    QVERIFY(stored.presaleShipDate.isEmpty());
    QCOMPARE(SkuCatalog::idByBarcode(db, QStringLiteral("6900000000028")), std::nullopt);
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE entity = 'sku' "
                                "AND entity_id = ? AND action = 'edit'"),
                 {s.id});
    QVERIFY(q.next());
    const QString before = q.value(0).toString(), after = q.value(1).toString();
    QVERIFY2(before.contains(u"6900000000028") && after.contains(u"20000001"), qPrintable(after));
    QVERIFY2(after.contains(u"weight_g") && !after.contains(u"title"), qPrintable(after)); // changes only
    QVERIFY(!q.next());
    QVERIFY(SkuEditor::save(db, actor(), s)); // nothing changed: no audit row
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sku'")), 2);
}

void TestSkuEditor::codeIsFixedOnceCreated()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    Sku s = entry(QStringLiteral("KEEP"));
    QVERIFY(SkuEditor::save(db, actor(), s));
    s.code = QStringLiteral("RENAMED");
    const Result<> r = SkuEditor::save(db, actor(), s);
    QVERIFY(!r);
    QVERIFY2(r.message.contains(u"KEEP") && r.message.contains(u"cannot change"), qPrintable(r.message));
    QCOMPARE(fields(SkuEditor::problems(db, s)), QList<SkuField>{SkuField::Code});
    QCOMPARE(SkuCatalog::byId(db, s.id)->code, QStringLiteral("KEEP"));
}

void TestSkuEditor::refusedSaveWritesNothing()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    sku(db, QStringLiteral("OWNER"), 0, {}, 0, {QStringLiteral("555")});
    const qint64 audits = countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    Sku s = entry(QStringLiteral("NEW"), {QStringLiteral("556"), QStringLiteral("555")});
    const Result<> r = SkuEditor::save(db, actor(), s);
    QVERIFY(!r);
    QCOMPARE(r.message, QStringLiteral("The barcode 555 already belongs to OWNER."));
    QCOMPARE(s.id, 0);
    QCOMPARE(SkuCatalog::idByCode(db, QStringLiteral("NEW")), std::nullopt);
    QCOMPARE(SkuCatalog::idByBarcode(db, QStringLiteral("556")), std::nullopt);
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

void TestSkuEditor::editRefusedWhenChangedElsewhere()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    Sku s = entry(QStringLiteral("BAG"), {QStringLiteral("302"), QStringLiteral("301")});
    QVERIFY(SkuEditor::save(db, actor(), s));
    const Sku loaded = *SkuCatalog::byId(db, s.id); // the form reads it

    // The same, unchanged since: saves (barcode order does not matter).
    Sku mine = loaded;
    mine.barcodes = {QStringLiteral("302"), QStringLiteral("301")};
    mine.location = QStringLiteral("B-01-01");
    Sku read = loaded;
    read.barcodes = mine.barcodes;
    QVERIFY(SkuEditor::save(db, actor(), mine, &read));

    // Another station changes it; a save from the form read before that is refused.
    Sku theirs = *SkuCatalog::byId(db, s.id);
    theirs.safetyStock = 9;
    QVERIFY(SkuEditor::save(db, {QStringLiteral("李四"), QStringLiteral("PACK-02")}, theirs));
    Sku stale = mine;
    stale.title = QStringLiteral("Overwrite attempt");
    const Sku formRead = mine; // what the form last loaded, before 李四's change
    const Result<> r = SkuEditor::save(db, actor(), stale, &formRead);
    QVERIFY(!r);
    QVERIFY2(r.message.contains(u"another station"), qPrintable(r.message));
    const Sku now = *SkuCatalog::byId(db, s.id);
    QCOMPARE(now.safetyStock, 9);
    QCOMPARE(now.title, s.title);
}

void TestSkuEditor::catalogImportNamesColumnAndValue()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    sku(db, QStringLiteral("OLD"), 1, {}, 0, {QStringLiteral("111")});
    const CsvReport r = CatalogCsv::importBytes(db, actor(),
                                                QByteArrayLiteral("code,title,barcodes,safety_stock\n"
                                                                  "N1,One,222|111,1\n"
                                                                  "N2,,,x\n"),
                                                QStringLiteral("c.csv"));
    QCOMPARE(r.problems.size(), 3);
    QCOMPARE(r.problems.at(0).line, 2);
    QCOMPARE(r.problems.at(0).column, QStringLiteral("barcodes"));
    QCOMPARE(r.problems.at(0).value, QStringLiteral("111")); // the one barcode, not the whole cell
    QVERIFY(r.problems.at(0).why.contains(u"OLD"));
    QCOMPARE(r.problems.at(1).column, QStringLiteral("safety_stock"));
    QCOMPARE(r.problems.at(1).value, QStringLiteral("x"));
    QCOMPARE(r.problems.at(2).line, 3);
    QCOMPARE(r.problems.at(2).column, QStringLiteral("title"));
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM skus")), 1);
}

void TestSkuEditor::filesForCliAndView()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    sku(db, QStringLiteral("A"), 7, {}, 2);
    const QString shop = t.dir() + QStringLiteral("/shop.csv");
    Result<> r = StockFiles::exportShopStock(db, QStringLiteral("taobao"), shop);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.message, QStringLiteral("Wrote available stock of 1 SKU(s) to %1 (GBK).").arg(shop));
    QFile f(shop);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringDecoder gbk("GB18030");
    const QString text = gbk(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("A,5,")), qPrintable(text)); // 7 − safety 2
    QVERIFY(!StockFiles::exportShopStock(db, QStringLiteral("ebay"), shop));
    r = StockFiles::exportCatalog(db, t.dir() + QStringLiteral("/no/such/dir/c.csv"));
    QVERIFY(!r);
    QVERIFY2(r.message.startsWith(u"Cannot write"), qPrintable(r.message));
    const QString catalog = t.dir() + QStringLiteral("/catalog.csv");
    QVERIFY(StockFiles::exportCatalog(db, catalog));
    const CsvReport back = CatalogCsv::importFile(db, actor(), catalog);
    QVERIFY(back.ok());
    QCOMPARE(StockFiles::catalogImported(back, QStringLiteral("c.csv")),
             QStringLiteral("Imported c.csv: 0 SKU(s) created, 0 updated, 1 already so."));
    CsvReport bad;
    bad.problems << CsvProblem{} << CsvProblem{};
    QCOMPARE(StockFiles::refused(bad), QStringLiteral("Nothing was imported: 2 problem(s)."));
}

QTEST_GUILESS_MAIN(TestSkuEditor)
#include "tst_skueditor.moc"
