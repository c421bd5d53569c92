// The command line: `packline import` (summary, rejected rows on stderr and in a CSV next to
// the input, exit codes), `packline export-shipping` (GBK upload, --mark-synced), and a kill -9
// in the middle of a big import that must leave the database exactly as it was.
#include "ExportGenerator.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/StageMachine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QTest>
#include <csignal>

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/") + name;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run packline(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PACKLINE_BINARY), args);
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Everything a failed import could have touched, as text.
QString snapshot(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table :
         {"orders", "order_lines", "order_flags", "import_runs", "shops", "audit_log", "after_sales"}) {
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
    }
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

class TestIntakeCli : public QObject {
    Q_OBJECT

    void copyFixtures(const QString &dir)
    {
        for (const char *name : {"ExportOrderList_A.csv", "ExportOrderDetailList_A.csv",
                                 "ExportOrderList_B.csv", "ExportOrderDetailList_B.csv"})
            QVERIFY(QFile::copy(fixture(QLatin1String(name)), dir + u'/' + QLatin1String(name)));
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)
    void importReportsRejectedRows()
    {
        TestDatabase t;
        copyFixtures(t.dir());
        const Run r = packline({QStringLiteral("import"), QStringLiteral("--db"), t.path(),
                                t.dir() + QStringLiteral("/ExportOrderList_A.csv"),
                                t.dir() + QStringLiteral("/ExportOrderDetailList_A.csv")});
        QCOMPARE(r.code, 1); // rows were rejected (after importing the rest)
        QVERIFY2(r.out.contains(QStringLiteral("4 new")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("ExportOrderList_A.csv:9: 订单状态 [火星状态]")));
        QFile report(t.dir() + QStringLiteral("/ExportOrderList_A.csv.rejected.csv"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(report.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 8);
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM orders")), 4);

        // A clean pair exits 0; a missing file exits 1 and changes nothing.
        const Run ok = packline({QStringLiteral("import"), QStringLiteral("--db"), t.path(),
                                 t.dir() + QStringLiteral("/ExportOrderList_B.csv"),
                                 t.dir() + QStringLiteral("/ExportOrderDetailList_B.csv")});
        QCOMPARE(ok.code, 0);
        const QString before = snapshot(t.connection());
        const Run missing = packline({QStringLiteral("import"), QStringLiteral("--db"), t.path(),
                                      t.dir() + QStringLiteral("/nope.csv")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope.csv")));
        QCOMPARE(snapshot(t.connection()), before);
        QCOMPARE(packline({QStringLiteral("import"), QStringLiteral("--db"), t.path()}).code, 2);
    }

    void exportShipping()
    {
        TestDatabase t;
        copyFixtures(t.dir());
        packline({QStringLiteral("import"), QStringLiteral("--db"), t.path(),
                  t.dir() + QStringLiteral("/ExportOrderList_B.csv"),
                  t.dir() + QStringLiteral("/ExportOrderDetailList_B.csv")});
        // Walk two orders to Shipped with couriers and tracking numbers (the other capabilities do this for
        // real).
        const QSqlDatabase db = t.connection();
        {
            Transaction tx(db);
            int n = 0;
            for (const QString &no :
                 {QStringLiteral("3456789012345678901"), QStringLiteral("1234567890123456800")}) {
                const qint64 id =
                    Sql::scalar(db, QStringLiteral("SELECT id FROM orders WHERE platform_order_no = ?"), {no})
                        .toLongLong();
                Sql::run(db,
                         QStringLiteral("UPDATE orders SET courier_code = ?, tracking_no = ? WHERE id = ?"),
                         {n == 0 ? QStringLiteral("ZTO") : QStringLiteral("SF"),
                          n == 0 ? QStringLiteral("73100000000001") : QStringLiteral("SF1234567890123"), id});
                Stage from = Stage::Imported;
                for (Stage to :
                     {Stage::Reviewed, Stage::Submitted, Stage::Printed, Stage::Packed, Stage::Shipped}) {
                    QVERIFY(StageMachine::apply(db, TestDatabase::actor(), {id, from, to, {}}).ok);
                    from = to;
                }
                ++n;
            }
            tx.commit();
        }
        const QString out = t.dir() + QStringLiteral("/upload.csv");
        Run r = packline({QStringLiteral("export-shipping"), QStringLiteral("--db"), t.path(),
                          QStringLiteral("--platform"), QStringLiteral("taobao"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QStringDecoder gbk("GB18030");
        QCOMPARE(QString(gbk.decode(bytes)),
                 QStringLiteral("订单编号,物流公司,运单号\r\n3456789012345678901,中通快递,73100000000001\r\n"
                                "1234567890123456800,顺丰速运,SF1234567890123\r\n"));
        QVERIFY(!bytes.contains(QStringLiteral("中通").toUtf8())); // GBK, not UTF-8
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'shipped'")),
                 2); // not marked yet

        r = packline({QStringLiteral("export-shipping"), QStringLiteral("--db"), t.path(),
                      QStringLiteral("-o"), out, QStringLiteral("--mark-synced")});
        QCOMPARE(r.code, 0);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = 'synced_back'")), 2);
        r = packline(
            {QStringLiteral("export-shipping"), QStringLiteral("--db"), t.path(), QStringLiteral("-o"), out});
        QVERIFY(r.out.contains(QStringLiteral("0 orders")));
    }

    // 回传 done right: only the orders in the file that was uploaded are marked; one shipped after
    // the file was written waits for the next upload.
    void confirmMarksExactlyTheUploadedOrders()
    {
        TestDatabase t;
        t.seedDemo(400);
        const QSqlDatabase db = t.connection();
        const QString out = t.dir() + QStringLiteral("/upload.csv");
        QCOMPARE(packline({QStringLiteral("export-shipping"), QStringLiteral("--db"), t.path(),
                           QStringLiteral("-o"), out})
                     .code,
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int written = int(file.readAll().count("\r\n")) - 1; // minus the header
        QVERIFY(written > 0);
        const qint64 late =
            Sql::scalar(db,
                        QStringLiteral("SELECT id FROM orders WHERE stage = 'packed' AND tracking_no IS "
                                       "NOT NULL AND courier_code IN (SELECT code FROM couriers) LIMIT 1"))
                .toLongLong();
        QVERIFY(late > 0);
        QVERIFY(StageMachine::move(db, TestDatabase::actor(), {late, Stage::Packed, Stage::Shipped, {}}).ok);

        Run r = packline({QStringLiteral("export-shipping"), QStringLiteral("--db"), t.path(),
                          QStringLiteral("--confirm"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("%1 orders marked").arg(written)), qPrintable(r.out));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {late}).toString(),
                 QStringLiteral("shipped"));
        // Confirming again changes nothing and says so.
        r = packline({QStringLiteral("export-shipping"), QStringLiteral("--db"), t.path(),
                      QStringLiteral("--confirm"), out});
        QVERIFY2(
            r.out.contains(QStringLiteral("0 orders marked as synced back (%1 were already)").arg(written)),
            qPrintable(r.out));
    }

    // A typo in --shop is refused, naming the platform's shops and the closest, with nothing
    // written; a new shop is made only with --new-shop; and order numbers already in another shop
    // of the platform are reported instead of "nothing was duplicated".
    void shopTypoIsRefusedAndOverlapIsReported()
    {
        TestDatabase t;
        copyFixtures(t.dir());
        const QStringList pair{t.dir() + QStringLiteral("/ExportOrderList_B.csv"),
                               t.dir() + QStringLiteral("/ExportOrderDetailList_B.csv")};
        const QStringList import =
            QStringList{QStringLiteral("import"), QStringLiteral("--db"), t.path()} + pair;
        const QString orders = QStringLiteral("SELECT COUNT(*) FROM orders");
        const QString shop = QStringLiteral("--shop");

        Run r = packline(import + QStringList{shop, QStringLiteral("星河旗舰店")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no taobao shop named “星河旗舰店”")), qPrintable(r.err));
        QCOMPARE(countRows(t.connection(), orders), 0);
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 0);

        r = packline(import + QStringList{shop, QStringLiteral("星河旗舰店"), QStringLiteral("--new-shop")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(countRows(t.connection(), orders), 3);

        const QString before = snapshot(t.connection());
        r = packline(import + QStringList{shop, QStringLiteral("星河旗舰")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the closest is “星河旗舰店”")), qPrintable(r.err));
        QCOMPARE(snapshot(t.connection()), before);

        // Asked for on purpose: made, and the overlap with the first shop is said.
        r = packline(import + QStringList{shop, QStringLiteral("月亮小铺"), QStringLiteral("--new-shop")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(countRows(t.connection(), orders), 6);
        QVERIFY2(
            r.err.contains(QStringLiteral("3 order number(s) of this file were already in shop 星河旗舰店")),
            qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("nothing was duplicated")), qPrintable(r.out));
    }

    // A single-file order report from another shop system; its listings matched from a CSV file
    // (exported again byte for byte); a column mapping shared as JSON and used by name.
    void singleFileListingsAndMappings()
    {
        TestDatabase t;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(t.dir() + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        const QStringList db{QStringLiteral("--db"), t.path()};
        // Copies: an import writes FILE.rejected.csv beside its file, never into the source tree.
        for (const char *name : {"shop_quoted.csv", "pdd_orders.csv"})
            QVERIFY(QFile::copy(fixture(QLatin1String(name)), t.dir() + u'/' + QLatin1String(name)));
        const auto copied = [&](const QString &name) -> QString {
            return t.dir() + u'/' + name;
        };
        write(QStringLiteral("catalog.csv"), "code,title\nTS-BLK-XL,T-shirt\nMUG-WHT,Mug\nSPOON,Spoon\n");
        Run r = packline(QStringList{QStringLiteral("stock"), QStringLiteral("catalog-import")} + db +
                         QStringList{t.dir() + QStringLiteral("/catalog.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = packline(QStringList{QStringLiteral("import")} + db +
                     QStringList{copied(QStringLiteral("shop_quoted.csv"))});
        QCOMPARE(r.code, 1); // one row rejected
        QVERIFY2(r.out.contains(QStringLiteral("3 new")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "  Inferred: order report alone: lines from titles (宝贝标题 × 宝贝总数量")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("shop_quoted.csv:5: 宝贝总数量 [两件]")), qPrintable(r.err));
        r = packline(QStringList{QStringLiteral("listings"), QStringLiteral("unmatched")} + db);
        QVERIFY2(r.out.startsWith(QStringLiteral("Unmatched listing: 3 orders, 2 listings\n")),
                 qPrintable(r.out));

        // Written the way `listings export` writes it, so the export is the same bytes.
        const QByteArray listings = "\xEF\xBB\xBFouter_code,title,spec,sku,qty\r\n"
                                    ",纯棉T恤 男款 短袖,颜色分类:黑色;尺码:XL,TS-BLK-XL,1\r\n"
                                    ",马克杯 陶瓷 大容量,套餐一：杯+勺,MUG-WHT,1\r\n"
                                    ",马克杯 陶瓷 大容量,套餐一：杯+勺,SPOON,2\r\n";
        write(QStringLiteral("listings.csv"), listings);
        r = packline(QStringList{QStringLiteral("listings"), QStringLiteral("import")} + db +
                     QStringList{t.dir() + QStringLiteral("/listings.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("2 listing(s) mapped, 0 mapped anew; 3 waiting order(s) now matched")),
                 qPrintable(r.out));
        QCOMPARE(countRows(t.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE flag = 'unknown_sku'")),
                 0);
        const QString exported = t.dir() + QStringLiteral("/exported.csv");
        r = packline(QStringList{QStringLiteral("listings"), QStringLiteral("export"), QStringLiteral("-o"),
                                 exported} +
                     db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), listings);

        // Column mappings: share the built-in 拼多多 one under a shop's name, import with it.
        const QString json = t.dir() + QStringLiteral("/pdd.json");
        r = packline(QStringList{QStringLiteral("mappings"), QStringLiteral("export"), QStringLiteral("pdd"),
                                 QStringLiteral("-o"), json} +
                     db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = packline(QStringList{QStringLiteral("mappings"), QStringLiteral("import"), json,
                                 QStringLiteral("--name"), QStringLiteral("myshop")} +
                     db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = packline(QStringList{QStringLiteral("mappings"), QStringLiteral("list")} + db);
        QVERIFY2(r.out.contains(QStringLiteral("myshop\tsaved\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("pdd\tbuilt in\n")), qPrintable(r.out));
        r = packline(
            QStringList{QStringLiteral("import"), QStringLiteral("--mapping"), QStringLiteral("nosuch")} +
            db + QStringList{copied(QStringLiteral("pdd_orders.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no column mapping named “nosuch”")), qPrintable(r.err));
        r = packline(
            QStringList{QStringLiteral("import"), QStringLiteral("--mapping"), QStringLiteral("myshop")} +
            db + QStringList{copied(QStringLiteral("pdd_orders.csv"))});
        QVERIFY2(r.out.contains(QStringLiteral("pdd_orders.csv (myshop,")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2 new")), qPrintable(r.out));
    }

    void killMidImportLeavesDatabaseAsBefore()
    {
        TestDatabase t;
        copyFixtures(t.dir());
        QCOMPARE(packline({QStringLiteral("import"), QStringLiteral("--db"), t.path(),
                           t.dir() + QStringLiteral("/ExportOrderList_B.csv"),
                           t.dir() + QStringLiteral("/ExportOrderDetailList_B.csv")})
                     .code,
                 0);
        const QString before = snapshot(t.connection());

        const QString orders = t.dir() + QStringLiteral("/ExportOrderList_big.csv");
        const QString items = t.dir() + QStringLiteral("/ExportOrderDetailList_big.csv");
        ExportGenerator{150000, true, 3, {QStringLiteral("TS-BLK-XL")}}.write(orders, items);

        QProcess p;
        p.start(QStringLiteral(PACKLINE_BINARY),
                {QStringLiteral("import"), QStringLiteral("--db"), t.path(), orders, items});
        QVERIFY(p.waitForStarted());
        // Wait until the import is writing (SQLite: the WAL grows past 2 MB; a server: the import's
        // session holds a transaction id, and a moment more), then kill it without warning.
        const auto writing = [&] {
            if (TestDatabase::onServer())
                return countRows(t.connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> "
                                                "pg_backend_pid() AND backend_xid IS NOT NULL")) > 0;
            return QFileInfo(t.path() + QStringLiteral("-wal")).size() >= 2 * 1024 * 1024;
        };
        QElapsedTimer timer;
        timer.start();
        while (!writing() && p.state() == QProcess::Running && timer.elapsed() < 120000)
            QTest::qWait(20);
        if (TestDatabase::onServer())
            QTest::qWait(500);
        QVERIFY2(p.state() == QProcess::Running,
                 "the import finished before it could be killed: make the file bigger");
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // A fresh connection sees the database exactly as before the file.
        Database reopened;
        QVERIFY2(reopened.open(t.path()), qPrintable(reopened.error()));
        if (!TestDatabase::onServer())
            QCOMPARE(Sql::scalar(reopened.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
        QCOMPARE(snapshot(reopened.connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "tst_intake_cli.moc"
