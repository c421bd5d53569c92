// Inputs that must not get through, through the real binary: nothing to do is exit 1 and writes
// nothing (every reader), a 10 MB line is refused at once with a short message, bad values are
// quoted short with control characters escaped (nothing reaches the terminal raw), NUL and ESC in
// a field refuse the row, a UTF-16 Taobao export imports like its UTF-8 twin, and stock quantities
// have bounds (receipts of 2,147,483,647 twice used to give 4,294,966,647 and an export of 0).
#include "ExportGenerator.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "stock/StockLimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
};

Run packline(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PACKLINE_BINARY), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), p.readAllStandardError()};
}

QString fixture(const char *name)
{
    return QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/") + QLatin1String(name);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray firstLine(const QString &path)
{
    const QByteArray all = readBytes(path);
    return all.left(all.indexOf('\n') + 1);
}

// Every table a refused input could have written to, as one hash.
QString snapshot(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"orders", "order_lines", "import_runs", "shops", "audit_log", "after_sales",
                              "skus", "stock_levels", "stock_ledger", "tracking_numbers"}) {
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QStringList db(const TestDatabase &t, QStringList args)
{
    return args << QStringLiteral("--db") << t.path();
}
} // namespace

class TestInputsCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)
    void nothingToDoIsExitOneAndWritesNothing()
    {
        TestDatabase t;
        t.seedDemo(5);
        QTemporaryDir dir;
        const QString before = snapshot(t.connection());
        auto refused = [&](const QStringList &args, const QString &why) {
            const Run r = packline(db(t, args));
            QVERIFY2(r.code == 1, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.out + r.errText()));
            QVERIFY2(r.errText().contains(why), qPrintable(r.errText()));
            QCOMPARE(snapshot(t.connection()), before);
        };
        const QString empty = writeFile(dir, QStringLiteral("empty.csv"), {});
        const QString blank = writeFile(dir, QStringLiteral("blank.csv"), "\r\n\r\n");
        refused({QStringLiteral("tracking"), QStringLiteral("--courier"), QStringLiteral("ZTO"),
                 QStringLiteral("--import"), empty},
                QStringLiteral("nothing to import"));
        refused({QStringLiteral("tracking"), QStringLiteral("--courier"), QStringLiteral("ZTO"),
                 QStringLiteral("--import"), blank},
                QStringLiteral("nothing to import"));

        // A header-only Taobao pair: no import run is recorded.
        const QString orders = writeFile(dir, QStringLiteral("ExportOrderList_H.csv"),
                                         firstLine(fixture("ExportOrderList_B.csv")));
        const QString items = writeFile(dir, QStringLiteral("ExportOrderDetailList_H.csv"),
                                        firstLine(fixture("ExportOrderDetailList_B.csv")));
        refused({QStringLiteral("import"), orders, items}, QStringLiteral("no rows"));

        const QString stock = writeFile(dir, QStringLiteral("stock.csv"), "code,qty\r\n");
        refused({QStringLiteral("stock"), QStringLiteral("import"), stock}, QStringLiteral("no rows"));
        refused({QStringLiteral("stock"), QStringLiteral("import"), stock, QStringLiteral("--set")},
                QStringLiteral("no rows"));
        refused({QStringLiteral("stock"), QStringLiteral("import"), empty}, QStringLiteral("empty"));
        const QString catalog = writeFile(dir, QStringLiteral("catalog.csv"), "code,title\n\n");
        refused({QStringLiteral("stock"), QStringLiteral("catalog-import"), catalog},
                QStringLiteral("no rows"));
        refused({QStringLiteral("stock"), QStringLiteral("catalog-import"), empty}, QStringLiteral("empty"));
        const QString refunds = writeFile(dir, QStringLiteral("refunds.csv"),
                                          QStringLiteral("订单编号,退款类型,退款的申请时间\r\n").toUtf8());
        refused({QStringLiteral("refunds"), QStringLiteral("import"), refunds}, QStringLiteral("no rows"));
        refused({QStringLiteral("refunds"), QStringLiteral("import"), empty}, QStringLiteral("empty"));
    }

    // A 10 MB line in every reader: refused with file, line, column and size, the message short.
    void tenMegabyteLineIsRefusedShortly()
    {
        TestDatabase t;
        t.seedDemo(5);
        QTemporaryDir dir;
        const QByteArray huge(10 * 1024 * 1024, 'x');
        const QString orders = writeFile(dir, QStringLiteral("ExportOrderList_L.csv"),
                                         firstLine(fixture("ExportOrderList_B.csv")) + "1\t" + huge + "\n");
        const QString items = writeFile(dir, QStringLiteral("ExportOrderDetailList_L.csv"),
                                        firstLine(fixture("ExportOrderDetailList_B.csv")));
        const Run imported = packline(db(t, {QStringLiteral("import"), orders, items}));
        QCOMPARE(imported.code, 1);
        QVERIFY2(imported.errText().contains(QStringLiteral("ExportOrderList_L.csv:2: 买家会员名")),
                 qPrintable(imported.errText()));
        QVERIFY(imported.errText().contains(QStringLiteral("field 2 is too long: 10485760 characters")));
        QVERIFY2(imported.err.size() < 4096, qPrintable(QString::number(imported.err.size())));
        const QByteArray rejected = readBytes(orders + QStringLiteral(".rejected.csv"));
        QVERIFY(!rejected.isEmpty() && rejected.size() < 4096);

        const QString stock = writeFile(dir, QStringLiteral("stock.csv"), "code,qty\n" + huge + ",1\nA,2\n");
        const Run stocked = packline(db(t, {QStringLiteral("stock"), QStringLiteral("import"), stock}));
        QCOMPARE(stocked.code, 1);
        QVERIFY2(stocked.errText().contains(QStringLiteral("stock.csv:2: code: field 1 is too long")),
                 qPrintable(stocked.errText()));
        QVERIFY(stocked.err.size() < 4096);

        const QString refunds =
            writeFile(dir, QStringLiteral("refunds.csv"),
                      QStringLiteral("订单编号,退款类型,退款的申请时间\n1,").toUtf8() + huge + ",x\n");
        const Run refunded = packline(db(t, {QStringLiteral("refunds"), QStringLiteral("import"), refunds}));
        QCOMPARE(refunded.code, 1);
        QVERIFY2(refunded.errText().contains(QStringLiteral("refunds.csv:2: 退款类型")),
                 qPrintable(refunded.errText()));
        QVERIFY(refunded.errText().contains(QStringLiteral("too long")));
        QVERIFY(refunded.err.size() < 4096);

        const QString numbers = writeFile(dir, QStringLiteral("numbers.csv"), huge + "\n751234567890\n");
        const Run tracked = packline(db(t, {QStringLiteral("tracking"), QStringLiteral("--courier"),
                                            QStringLiteral("ZTO"), QStringLiteral("--import"), numbers}));
        QCOMPARE(tracked.code, 1);
        QVERIFY2(tracked.errText().contains(QStringLiteral("line 1: field 1 is too long")),
                 qPrintable(tracked.errText()));
        QVERIFY(tracked.err.size() < 4096);
    }

    // ESC[2J and NUL in an order's fields: the row is refused saying which character, nothing raw
    // reaches the terminal or the .rejected.csv, the other orders are in.
    void controlCharactersAreRefusedAndShownEscaped()
    {
        TestDatabase t;
        QTemporaryDir dir;
        QString text = QString::fromUtf8(readBytes(fixture("ExportOrderList_B.csv")));
        QVERIFY(text.contains(QStringLiteral("tb_张三")) && text.contains(QStringLiteral("tb_李四")));
        text.replace(QStringLiteral("tb_张三"), QStringLiteral("tb_张\x1b[2J\x1b]0;owned\x07三"));
        text.replace(QStringLiteral("tb_李四"), QStringLiteral("tb_李") + QChar(0) + QStringLiteral("四"));
        const QString orders = writeFile(dir, QStringLiteral("ExportOrderList_B.csv"), text.toUtf8());
        QVERIFY(QFile::copy(fixture("ExportOrderDetailList_B.csv"),
                            dir.filePath(QStringLiteral("ExportOrderDetailList_B.csv"))));
        const Run r = packline(db(t, {QStringLiteral("import"), orders,
                                      dir.filePath(QStringLiteral("ExportOrderDetailList_B.csv"))}));
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07') && !r.err.contains('\0'),
                 r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("ExportOrderList_B.csv:2: 买家会员名")),
                 qPrintable(r.errText()));
        QVERIFY(r.errText().contains(QStringLiteral("\\x1b (ESC)")));
        QVERIFY(r.errText().contains(QStringLiteral("\\x1b[2J")));
        QVERIFY(r.errText().contains(QStringLiteral("\\x00 (NUL)")));
        const QByteArray rejected = readBytes(orders + QStringLiteral(".rejected.csv"));
        QVERIFY(!rejected.contains('\x1b') && !rejected.contains('\0'));
        QSqlQuery nicks = Sql::run(t.connection(), QStringLiteral("SELECT buyer_nick FROM orders"));
        while (nicks.next()) // read back, not asked in SQL: instr/char are SQLite's, a server has others
            QVERIFY2(!nicks.value(0).toString().contains(QChar(0)) &&
                         !nicks.value(0).toString().contains(QChar(0x1b)),
                     nicks.value(0).toString().toUtf8().toPercentEncoding().constData());
        QVERIFY(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM orders")) > 0);
    }

    // Excel's "Unicode text" and some tools write UTF-16 LE with a BOM: it imports as its UTF-8 twin.
    void utf16TaobaoExportImports()
    {
        QTemporaryDir dir;
        ExportGenerator gen;
        gen.orders = 300;
        gen.gbk = false;
        const QString o8 = dir.filePath(QStringLiteral("ExportOrderList_U8.csv"));
        const QString i8 = dir.filePath(QStringLiteral("ExportOrderDetailList_U8.csv"));
        gen.write(o8, i8);
        auto toUtf16 = [&](const QString &from, const QString &name) {
            QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
            return writeFile(dir, name, le.encode(QString::fromUtf8(readBytes(from))));
        };
        const QString o16 = toUtf16(o8, QStringLiteral("ExportOrderList_U16.csv"));
        const QString i16 = toUtf16(i8, QStringLiteral("ExportOrderDetailList_U16.csv"));
        QVERIFY(readBytes(o16).startsWith("\xFF\xFE"));

        TestDatabase a;
        TestDatabase b;
        const Run r8 = packline(db(a, {QStringLiteral("import"), o8, i8}));
        const Run r16 = packline(db(b, {QStringLiteral("import"), o16, i16}));
        QVERIFY2(r16.code == r8.code, qPrintable(r16.out + r16.errText()));
        QVERIFY2(r16.out.contains(QStringLiteral("UTF-16LE")), qPrintable(r16.out));
        const QString sql =
            QStringLiteral("SELECT COUNT(*) || '/' || SUM(paid_fen) || '/' || MAX(receiver_name) "
                           "|| '/' || MAX(buyer_message) FROM orders");
        QCOMPARE(Sql::scalar(b.connection(), sql).toString(), Sql::scalar(a.connection(), sql).toString());
        QCOMPARE(countRows(b.connection(), QStringLiteral("SELECT COUNT(*) FROM orders")), 300);
    }

    // 2,147,483,647 received twice: refused past the bounds, and the export writes true numbers.
    void stockQuantitiesHaveBounds()
    {
        TestDatabase t;
        QTemporaryDir dir;
        const QString catalog = writeFile(dir, QStringLiteral("catalog.csv"), "code,title\nA-1,a\n");
        QCOMPARE(packline(db(t, {QStringLiteral("stock"), QStringLiteral("catalog-import"), catalog})).code,
                 0);
        const QString max = writeFile(dir, QStringLiteral("max.csv"), "code,qty\nA-1,2147483647\n");
        const QString before = snapshot(t.connection());
        for (int i = 0; i < 2; ++i) {
            const Run r = packline(db(t, {QStringLiteral("stock"), QStringLiteral("import"), max}));
            QCOMPARE(r.code, 1);
            QVERIFY2(
                r.errText().contains(QStringLiteral("max.csv:2: qty: 2147483647 units in one receipt is over "
                                                    "the limit of 1000000 per move")),
                qPrintable(r.errText()));
        }
        QCOMPARE(snapshot(t.connection()), before);
        const QString huge =
            writeFile(dir, QStringLiteral("huge.csv"), "code,qty\nA-1,99999999999999999999\n");
        QCOMPARE(packline(db(t, {QStringLiteral("stock"), QStringLiteral("import"), huge})).code, 1);
        const QString level = writeFile(dir, QStringLiteral("level.csv"), "code,qty\nA-1,100000001\n");
        QCOMPARE(packline(db(t, {QStringLiteral("stock"), QStringLiteral("import"), level,
                                 QStringLiteral("--set")}))
                     .code,
                 1);

        // Up to the per-move limit, many times over, until the level limit says no.
        const QString million = writeFile(dir, QStringLiteral("million.csv"), "code,qty\nA-1,1000000\n");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(packline(db(t, {QStringLiteral("stock"), QStringLiteral("import"), million})).code, 0);
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT on_hand FROM stock_levels")), 3000000);
        // Near the level limit, set directly (the ledger is append-only; the level is what is checked).
        Sql::run(t.connection(), QStringLiteral("UPDATE stock_levels SET on_hand = ?"),
                 {StockLimits::kMaxLevel - 10});
        const Run over = packline(db(t, {QStringLiteral("stock"), QStringLiteral("import"), million}));
        QCOMPARE(over.code, 1);
        QVERIFY2(over.errText().contains(QStringLiteral("cannot go above 100000000")),
                 qPrintable(over.errText()));
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(
            packline(db(t, {QStringLiteral("stock"), QStringLiteral("export"), QStringLiteral("-o"), out}))
                .code,
            0);
        QStringDecoder gbk("GB18030");
        const QString exported = gbk.decode(readBytes(out));
        QVERIFY2(exported.contains(QStringLiteral("A-1,99999990,")), qPrintable(exported));
    }
};

QTEST_GUILESS_MAIN(TestInputsCli)
#include "tst_inputs_cli.moc"
