// CSV in and out: catalog import/export, stock import (receive/set) with precise errors and
// all-or-nothing, the Taobao stock export (GBK, safety stock held back), and the CLI exit codes.
#include "StockFixture.h"
#include "TestDatabase.h"
#include "stock/CatalogCsv.h"
#include "stock/Reservations.h"
#include "stock/StockCsv.h"
#include "stock/StockVerifier.h"

#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace StockFixture;

namespace {
QStringList problems(const CsvReport &r)
{
    QStringList out;
    for (const CsvProblem &p : r.problems)
        out << p.text();
    return out;
}

QByteArray gbk(const QString &text)
{
    QStringEncoder e("GB18030");
    return e(text);
}
} // namespace

class TestStockCsv : public QObject {
    Q_OBJECT
private slots:
    void catalogRoundTrip();
    void catalogErrorsWriteNothing();
    void stockImportReceiveAndSet();
    void stockImportErrors();
    void taobaoExport();
    void commandLine();
    void filesGoThroughTheSharedReader();
};

// The stock and catalog files are read by the importers' CsvReader: UTF-16 (Excel's "Unicode
// text") is read, a field over the cap and a NUL are refused with line and column, values are
// quoted short, and a header with no rows is nothing to do.
void TestStockCsv::filesGoThroughTheSharedReader()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    sku(db, QStringLiteral("A-1"), 5);
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    CsvReport r =
        StockCsv::importBytes(db, actor(), le.encode(QStringLiteral("商家编码\t数量\r\nA-1\t3\r\n")),
                              QStringLiteral("u16.csv"), StockCsv::ImportMode::Receive);
    QVERIFY2(r.ok(), qPrintable(problems(r).join(u'\n')));
    QCOMPARE(countRows(db, QStringLiteral("SELECT on_hand FROM stock_levels")), 8);

    const QByteArray bad = QByteArray("code,qty,note\nA-1,1,") + QByteArray(70000, 'n') + "\nA-1,1,a" +
                           QByteArray(1, '\0') + "b\n" + QByteArray(200, 'Z') + ",1,\n";
    r = StockCsv::importBytes(db, actor(), bad, QStringLiteral("bad.csv"), StockCsv::ImportMode::Receive);
    const QStringList p = problems(r);
    QCOMPARE(p.size(), 3);
    QVERIFY2(p.at(0).startsWith(u"bad.csv:2: note: field 3 is too long: 70000 characters"),
             qPrintable(p.at(0)));
    QVERIFY2(p.at(1).startsWith(u"bad.csv:3: note: field 3 holds the control character \\x00 (NUL)"),
             qPrintable(p.at(1)));
    QVERIFY2(p.at(2).startsWith(u"bad.csv:4: code: no SKU has the code ZZZ"), qPrintable(p.at(2)));
    QVERIFY(p.at(2).size() < 200);
    QVERIFY(r.problems.at(2).value.size() < 120);
    QCOMPARE(countRows(db, QStringLiteral("SELECT on_hand FROM stock_levels")), 8);

    r = CatalogCsv::importBytes(db, actor(), "code,title\r\n", QStringLiteral("h.csv"));
    QCOMPARE(problems(r), QStringList{QStringLiteral(
                              "h.csv:1: the file has a header but no rows: there is nothing to import")});
}

void TestStockCsv::catalogRoundTrip()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const QByteArray csv =
        QStringLiteral("商家编码,标题,规格,条码,库位,重量(克),价格,预售发货日期,安全库存,低库存阈值,图片\r\n"
                       "TEE-01,T恤 "
                       "纯棉,\"颜色分类：黑色;尺码：XL\",6901234567892|20000001,A-01-01,180,59.90,2026-12-01,"
                       "3,10,img/tee.png\r\n"
                       "=\"0012\",杯子,,,B-01-01,300,19,,0,5,\r\n")
            .toUtf8();
    CsvReport r = CatalogCsv::importBytes(db, actor(), csv, QStringLiteral("catalog.csv"));
    QVERIFY2(r.ok(), qPrintable(problems(r).join(u'\n')));
    QCOMPARE(r.created, 2);
    const auto tee = SkuCatalog::byId(db, *SkuCatalog::idByCode(db, QStringLiteral("TEE-01")));
    QCOMPARE(tee->barcodes, QStringList({QStringLiteral("20000001"), QStringLiteral("6901234567892")}));
    QCOMPARE(tee->spec, QStringLiteral("颜色分类：黑色;尺码：XL"));
    QCOMPARE(tee->priceFen, 5990);
    QCOMPARE(tee->presaleShipDate, QStringLiteral("2026-12-01"));
    QCOMPARE(tee->safetyStock, 3);
    QVERIFY(SkuCatalog::idByCode(db, QStringLiteral("0012"))); // Excel's ="…" text marker removed
    QCOMPARE(level(db, tee->id, "on_hand"), 0);

    // Export, change one thing, import again: an update, audited with before/after.
    QString text = QString::fromUtf8(CatalogCsv::exportCsv(db)).remove(QChar(0xFEFF));
    QVERIFY(text.startsWith(u"code,title,spec,barcodes"));
    text.replace(QStringLiteral("A-01-01"), QStringLiteral("A-09-09"));
    r = CatalogCsv::importBytes(db, actor(), text.toUtf8(), QStringLiteral("again.csv"));
    QVERIFY2(r.ok(), qPrintable(problems(r).join(u'\n')));
    QCOMPARE(r.created, 0);
    QCOMPARE(r.changed, 1); // the other line is as stored: not counted, not audited
    QCOMPARE(SkuCatalog::byId(db, tee->id)->location, QStringLiteral("A-09-09"));
    QCOMPARE(countRows(db, QStringLiteral(
                               "SELECT COUNT(*) FROM audit_log WHERE entity = 'sku' AND action = 'edit'")),
             1);
}

void TestStockCsv::catalogErrorsWriteNothing()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    sku(db, QStringLiteral("OLD"), 1, {}, 0, {QStringLiteral("111")});
    const QByteArray csv = QByteArrayLiteral("code,title,weight_g,price,presale_ship_date,barcodes\n"
                                             "N1,Good one,10,1.00,,\n"
                                             "N2,Bad weight,heavy,1.00,,\n"
                                             ",No code,1,1,,\n"
                                             "N3,Bad date,1,1,2026-13-01,\n"
                                             "N4,Taken barcode,1,1,,111\n"
                                             "N1,Twice,1,1,,\n"
                                             "N5,Bad price,1,abc,,\n");
    const CsvReport r = CatalogCsv::importBytes(db, actor(), csv, QStringLiteral("cat.csv"));
    const QStringList p = problems(r);
    QCOMPARE(p.size(), 6);
    QVERIFY2(p.at(0).startsWith(u"cat.csv:3: weight_g: \"heavy\""), qPrintable(p.at(0)));
    QVERIFY2(p.at(1).startsWith(u"cat.csv:4: code: "), qPrintable(p.at(1)));
    QVERIFY2(p.at(2).startsWith(u"cat.csv:5: ") && p.at(2).contains(u"2026-13-01"), qPrintable(p.at(2)));
    QVERIFY2(p.at(3).contains(u"OLD"), qPrintable(p.at(3)));
    QVERIFY2(p.at(4).startsWith(u"cat.csv:7: code: "), qPrintable(p.at(4)));
    QVERIFY2(p.at(5).startsWith(u"cat.csv:8: price: "), qPrintable(p.at(5)));
    QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM skus")), 1); // N1 not kept either
    const CsvReport missing =
        CatalogCsv::importBytes(db, actor(), QByteArrayLiteral("code,spec\nX,y\n"), QStringLiteral("m.csv"));
    QCOMPARE(problems(missing), QStringList{QStringLiteral("m.csv:1: title: required column is missing")});
}

void TestStockCsv::stockImportReceiveAndSet()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A-1"), 5, {}, 0, {QStringLiteral("6900000000011")});
    const qint64 b = sku(db, QStringLiteral("B-1"), 5);
    // GBK, tab-separated, barcode for one row, quoted quantity for another.
    const QByteArray receive = gbk(QStringLiteral("商家编码\t条码\t数量\t备注\r\n"
                                                  "A-1\t\t10\t到货 第一批\r\n"
                                                  "\t6900000000011\t\"2\"\t\r\n"
                                                  "B-1\t\t1\t\r\n\r\n"));
    CsvReport r =
        StockCsv::importBytes(db, actor(), receive, QStringLiteral("in.csv"), StockCsv::ImportMode::Receive);
    QVERIFY2(r.ok(), qPrintable(problems(r).join(u'\n')));
    QCOMPARE(r.changed, 3);
    QCOMPARE(level(db, a, "on_hand"), 17);
    QCOMPARE(
        Sql::scalar(
            db, QStringLiteral("SELECT note FROM stock_ledger WHERE sku_id = ? ORDER BY id LIMIT 1 OFFSET 1"),
            {a})
            .toString(),
        QStringLiteral("到货 第一批"));
    r = StockCsv::importBytes(db, actor(), QByteArrayLiteral("code,qty\nA-1,4\nB-1,6\n"),
                              QStringLiteral("set.csv"), StockCsv::ImportMode::Set);
    QVERIFY2(r.ok(), qPrintable(problems(r).join(u'\n')));
    QCOMPARE(r.changed, 1); // B-1 is already 6: no ledger row for it
    QCOMPARE(level(db, a, "on_hand"), 4);
    QCOMPARE(level(db, b, "on_hand"), 6);
    QVERIFY(StockVerifier::verify(db).isEmpty());
}

void TestStockCsv::stockImportErrors()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 5);
    const qint64 o = order(db, QStringLiteral("7001"), Stage::Reviewed, {{a, 4}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o).isEmpty());
        tx.commit();
    }
    const QByteArray csv = QByteArrayLiteral("code,qty\n"
                                             "A,3\n"
                                             "NOPE,1\n"
                                             "A,zero\n"
                                             "A,0\n"
                                             ",2\n");
    CsvReport r =
        StockCsv::importBytes(db, actor(), csv, QStringLiteral("bad.csv"), StockCsv::ImportMode::Receive);
    QCOMPARE(problems(r),
             QStringList({QStringLiteral("bad.csv:3: code: no SKU has the code NOPE"),
                          QStringLiteral("bad.csv:4: qty: \"zero\" is not a whole number above 0"),
                          QStringLiteral("bad.csv:5: qty: \"0\" is not a whole number above 0"),
                          QStringLiteral("bad.csv:6: code: empty: which SKU?")}));
    QCOMPARE(level(db, a, "on_hand"), 5); // line 2 was fine but nothing is kept
    // Setting a level below what orders reserve is refused with the reason.
    r = StockCsv::importBytes(db, actor(), QByteArrayLiteral("code,qty\nA,2\n"), QStringLiteral("set.csv"),
                              StockCsv::ImportMode::Set);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().text().startsWith(u"set.csv:2: qty: ") &&
                 r.problems.first().why.contains(u"reserved"),
             qPrintable(r.problems.first().text()));
    r = StockCsv::importBytes(db, actor(), QByteArrayLiteral("sku,amount\nA,2\n"), QStringLiteral("h.csv"),
                              StockCsv::ImportMode::Receive);
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(
        countRows(db,
                  QStringLiteral("SELECT COUNT(*) FROM stock_ledger WHERE sku_id = ? AND bucket = 'on_hand'"),
                  {a}),
        1);
}

void TestStockCsv::taobaoExport()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10, {}, 3);
    sku(db, QStringLiteral("B"), 1, {}, 5); // safety above stock: exported as 0, never negative
    const qint64 o = order(db, QStringLiteral("8001"), Stage::Reviewed, {{a, 4}});
    {
        Transaction tx(db);
        QVERIFY(Reservations::reserveOrder(db, actor(), o).isEmpty());
        tx.commit();
    }
    int rows = 0;
    const QByteArray bytes = StockCsv::exportTaobao(db, &rows);
    QCOMPARE(rows, 2);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder d("GB18030");
    const QString text = d(bytes);
    QVERIFY(!d.hasError());
    QCOMPARE(text.split(QStringLiteral("\r\n")).mid(0, 3),
             QStringList({QStringLiteral("商家编码,可售库存,宝贝标题,规格"), QStringLiteral("A,3,Item A,"),
                          QStringLiteral("B,0,Item B,")}));
}

void TestStockCsv::commandLine()
{
    TestDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 a = sku(db, QStringLiteral("A"), 10);
    auto run = [&](const QStringList &args, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(PACKLINE_BINARY),
                QStringList{QStringLiteral("stock")} + args + QStringList{QStringLiteral("--db"), t.path()});
        p.waitForFinished(60000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    QCOMPARE(run({QStringLiteral("verify")}), 0);
    const QString out = t.dir() + QStringLiteral("/tb.csv");
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--platform"), QStringLiteral("taobao"),
                  QStringLiteral("-o"), out}),
             0);
    QVERIFY(QFile::exists(out));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--platform"), QStringLiteral("ebay"),
                  QStringLiteral("-o"), out}),
             2);
    QCOMPARE(run({QStringLiteral("frobnicate")}), 2);
    const QString bad = t.dir() + QStringLiteral("/in.csv");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,qty\nA,2\nZ,1\n");
    f.close();
    QByteArray err;
    QCOMPARE(run({QStringLiteral("import"), bad}, &err), 1);
    QVERIFY2(err.contains("in.csv:3: code: no SKU has the code Z"), err.constData());
    QCOMPARE(level(db, a, "on_hand"), 10);
    // A level changed behind the ledger's back: verify lists it and exits 1.
    Sql::run(db, QStringLiteral("UPDATE stock_levels SET on_hand = 11 WHERE sku_id = ?"), {a});
    QCOMPARE(run({QStringLiteral("verify")}, &err), 1);
    QVERIFY2(err.contains("A on_hand: level 11, ledger sum 10"), err.constData());
    QCOMPARE(run({QStringLiteral("rebuild")}), 0);
    QCOMPARE(run({QStringLiteral("verify")}), 0);
}

QTEST_GUILESS_MAIN(TestStockCsv)
#include "tst_stockcsv.moc"
