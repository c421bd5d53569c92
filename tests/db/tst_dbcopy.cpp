// packline db copy: a warehouse moved from its SQLite file onto a PostgreSQL server and back into
// a file, every row the same (read with the sqlite3 tool, not with Packline's own digest); a
// target with a warehouse in it refused untouched; a copy that fails leaves nothing behind.
#include "PacklineProcess.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/DatabaseCopy.h"
#include "db/Sql.h"

#include <QDir>
#include <QProcess>
#include <QTest>

namespace {

// Every table's rows in id order as the sqlite3 tool prints them (an independent reader).
QString dumpRows(const QString &file)
{
    QProcess tables;
    tables.start(QStringLiteral("sqlite3"),
                 {file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                       "LIKE 'sqlite%' AND name <> 'schema_migrations' ORDER BY name")});
    tables.waitForFinished();
    QString dump;
    for (const QString &table :
         QString::fromUtf8(tables.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        QProcess rows;
        rows.start(QStringLiteral("sqlite3"),
                   {QStringLiteral("-quote"), file,
                    QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table)});
        rows.waitForFinished();
        dump += QStringLiteral("== %1\n").arg(table) + QString::fromUtf8(rows.readAllStandardOutput());
    }
    return dump;
}

qint64 orders(const QString &database)
{
    Database db;
    if (!db.open(database, Database::IfMissing::Refuse))
        return -1;
    return Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
}
} // namespace

class TestDbCopy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no PostgreSQL server: PACKLINE_TEST_PG is not set (scripts/test.sh sets it)");
    }

    void fileToServerAndBackKeepsEveryRow()
    {
        TestDatabase source;
        source.seedDemo(400);
        const QSqlDatabase db = source.connection();
        // Text COPY must carry as it is: tab, line breaks, a backslash, "\N", CJK; and an order
        // that references a newer one (merged into it), which a row-by-row load would refuse.
        Sql::run(db, QStringLiteral("UPDATE orders SET buyer_message = ? WHERE id = 1"),
                 {QStringLiteral("一\t二\n三\r\n四\\N 五\\ \\t")});
        Sql::run(db,
                 QStringLiteral("UPDATE orders SET merged_into = (SELECT MAX(id) FROM orders) WHERE id = 2"));
        Sql::run(db, QStringLiteral("UPDATE orders SET seller_memo = '' , hold_reason = NULL WHERE id = 3"));
        const QString before = dumpRows(source.path());
        QVERIFY(before.contains(QStringLiteral("一")));

        TestServer::Database server; // empty: the copy migrates it
        const CliRun up = packline({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                    source.path(), QStringLiteral("--to"), server.uri()});
        QVERIFY2(up.code == 0, qPrintable(up.err + up.out));
        QVERIFY2(up.out.contains(QStringLiteral("every table's rows and checksum")), qPrintable(up.out));

        {
            Database pg;
            QVERIFY2(pg.open(server.uri(), Database::IfMissing::Refuse), qPrintable(pg.error()));
            const QSqlDatabase c = pg.connection();
            QCOMPARE(
                Sql::scalar(c, QStringLiteral("SELECT buyer_message FROM orders WHERE id = 1")).toString(),
                QStringLiteral("一\t二\n三\r\n四\\N 五\\ \\t"));
            QVERIFY(Sql::scalar(c, QStringLiteral("SELECT hold_reason FROM orders WHERE id = 3")).isNull());
            QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT seller_memo FROM orders WHERE id = 3")).toString(),
                     QString());
            // New rows are numbered after the copied ones.
            const qint64 largest = Sql::scalar(c, QStringLiteral("SELECT MAX(id) FROM shops")).toLongLong();
            const qint64 next = Sql::insert(
                c, QStringLiteral("INSERT INTO shops (name, platform, created_at) VALUES (?, ?, ?)"),
                {QStringLiteral("新店"), QStringLiteral("taobao"), QStringLiteral("2026-12-07 00:00:00")});
            QCOMPARE(next, largest + 1);
            Sql::run(c, QStringLiteral("DELETE FROM shops WHERE id = ?"), {next});
        }
        const CliRun status = packline({QStringLiteral("status"), QStringLiteral("--db"), server.uri()});
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains(QStringLiteral("400")), qPrintable(status.out));

        const QString back = QDir(source.dir()).filePath(QStringLiteral("back.db"));
        const CliRun down = packline({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                      server.uri(), QStringLiteral("--to"), back});
        QVERIFY2(down.code == 0, qPrintable(down.err + down.out));
        QCOMPARE(QFile::permissions(back) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString after = dumpRows(back);
        QCOMPARE(after.size(), before.size());
        QVERIFY(after == before);
        // Nothing of the copy's making is left beside it.
        QCOMPARE(QDir(source.dir()).entryList({QStringLiteral(".back.db*")}, QDir::Hidden | QDir::Files),
                 QStringList());
    }

    void targetWithAWarehouseIsRefusedUntouched()
    {
        TestDatabase source;
        source.seedDemo(50, 3);
        TestServer::Database server;
        {
            Database pg;
            QVERIFY(pg.open(server.uri()));
            Sql::run(
                pg.connection(),
                QStringLiteral(
                    "INSERT INTO shops (name, platform, created_at) VALUES ('A', 'taobao', '2026-12-07')"));
        }
        const CliRun r = packline({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                   source.path(), QStringLiteral("--to"), server.uri()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not empty")) && r.err.contains(QStringLiteral("shops")),
                 qPrintable(r.err));
        QCOMPARE(orders(server.uri()), 0);

        // A file that exists is never written over, even one that is no database.
        const QString file = QDir(source.dir()).filePath(QStringLiteral("notes.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const CliRun r2 = packline({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                    source.path(), QStringLiteral("--to"), file});
        QCOMPARE(r2.code, 1);
        QVERIFY2(r2.err.contains(QStringLiteral("exists")), qPrintable(r2.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void copyThatFailsLeavesNothing()
    {
        TestDatabase source;
        source.seedDemo(80, 5);
        source.db().close();
        // Rows the source should never have held, written past Packline with the sqlite3 tool:
        // an order whose shop does not exist, and a number column holding words.
        QProcess damage;
        damage.start(QStringLiteral("sqlite3"),
                     {source.path(),
                      QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE orders SET shop_id = 999 "
                                     "WHERE id = 5; UPDATE orders SET paid_fen = 'lots' WHERE id = 7;")});
        QVERIFY(damage.waitForFinished());
        QCOMPARE(damage.exitCode(), 0);

        TestServer::Database server;
        const CliRun r = packline({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                   source.path(), QStringLiteral("--to"), server.uri()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("orders")), qPrintable(r.err));
        QCOMPARE(orders(server.uri()), 0);
        // The server database is still a new one: a good copy goes in afterwards.
        {
            Database pg;
            QVERIFY(pg.open(server.uri()));
            QCOMPARE(
                Sql::scalar(pg.connection(), QStringLiteral("SELECT COUNT(*) FROM couriers")).toLongLong(),
                8);
        }

        const QString file = QDir(source.dir()).filePath(QStringLiteral("copy.db"));
        const CliRun r2 = packline({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                    source.path(), QStringLiteral("--to"), file});
        QCOMPARE(r2.code, 1);
        QVERIFY2(r2.err.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(r2.err));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(source.dir()).entryList({QStringLiteral(".copy.db*")}, QDir::Hidden | QDir::Files),
                 QStringList());
    }

    void tablesLoadAfterThoseTheyReference()
    {
        const QStringList order = DatabaseCopy::loadOrder(
            {{QStringLiteral("lines"), {QStringLiteral("orders"), QStringLiteral("skus")}},
             {QStringLiteral("orders"), {QStringLiteral("orders"), QStringLiteral("shops")}},
             {QStringLiteral("shops"), {}},
             {QStringLiteral("skus"), {}}});
        QVERIFY(order.indexOf(QStringLiteral("shops")) < order.indexOf(QStringLiteral("orders")));
        QVERIFY(order.indexOf(QStringLiteral("orders")) < order.indexOf(QStringLiteral("lines")));
        QVERIFY(order.indexOf(QStringLiteral("skus")) < order.indexOf(QStringLiteral("lines")));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 DatabaseCopy::loadOrder({{QStringLiteral("a"), {QStringLiteral("b")}},
                                                          {QStringLiteral("b"), {QStringLiteral("a")}}}));
    }
};

QTEST_GUILESS_MAIN(TestDbCopy)
#include "tst_dbcopy.moc"
