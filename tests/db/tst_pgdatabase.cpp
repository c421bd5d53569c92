// A Packline database on a PostgreSQL server (the throwaway cluster scripts/test.sh starts): opened
// by URI and migrated to the same tables and columns as an SQLite file, refused untouched when it is
// newer, foreign or (for reading commands) empty, never showing a password, naming host and port
// when the server is not there, and telling other connections of commits through LISTEN/NOTIFY.
#include "PacklineProcess.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/BulkStatement.h"
#include "db/Migrations.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>
#include <thread>

namespace {
using Columns = QSet<QString>; // "table.column"

Columns sqliteColumns(const QSqlDatabase &db)
{
    Columns columns;
    QSqlQuery tables = Sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', "
                                                   "'view') AND name NOT LIKE 'sqlite%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        while (q.next())
            columns << table + u'.' + q.value(0).toString();
    }
    return columns;
}

Columns serverColumns(const QSqlDatabase &db)
{
    Columns columns;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                    "WHERE table_schema = current_schema()"));
    while (q.next()) {
        // The server's own bookkeeping behind the view order_stage_counts (migration 21), which
        // SQLite computes from the orders instead.
        if (q.value(0).toString() != u"order_stage_deltas")
            columns << q.value(0).toString() + u'.' + q.value(1).toString();
    }
    return columns;
}

// Every table's name and row count, and the ledger of levels: what "untouched" is compared by.
QStringList contents(const QString &uri)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
    ServerAddress::parse(uri).applyTo(db);
    QStringList out;
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        while (q.next())
            out << q.value(0).toString();
        QSqlQuery levels(db);
        if (levels.exec(QStringLiteral("SELECT level FROM schema_migrations ORDER BY level")))
            while (levels.next())
                out << levels.value(0).toString();
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}

} // namespace

class TestPgDatabase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no PostgreSQL server: PACKLINE_TEST_PG is not set (scripts/test.sh sets it)");
    }

    void migratesToTheSameTablesAsSqlite()
    {
        TestServer::Database server;
        Database db;
        QVERIFY2(db.open(server.uri()), qPrintable(db.error()));
        QCOMPARE(db.engineName(), QStringLiteral("PostgreSQL"));
        QCOMPARE(db.schemaLevel(), Migrations::latestLevel());
        TestDatabase file; // SQLite: this test does not set PACKLINE_TEST_ENGINE
        QCOMPARE(file.db().engineName(), QStringLiteral("SQLite"));
        const Columns onServer = serverColumns(db.connection());
        const Columns inFile = sqliteColumns(file.connection());
        QCOMPARE(onServer - inFile, Columns());
        QCOMPARE(inFile - onServer, Columns());
        QVERIFY(onServer.size() > 200);
        QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM couriers")),
                 countRows(file.connection(), QStringLiteral("SELECT COUNT(*) FROM couriers")));
        // Ids are numbered by the database, 64-bit as SQLite's rowids.
        const qint64 id = Sql::insert(db.connection(),
                                      QStringLiteral("INSERT INTO shops (platform, name, created_at) "
                                                     "VALUES (?, ?, ?)"),
                                      {QStringLiteral("jd"), QStringLiteral("京东店"), QStringLiteral("x")});
        QCOMPARE(
            Sql::insert(db.connection(),
                        QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES (?, ?, ?)"),
                        {QStringLiteral("jd"), QStringLiteral("二店"), QStringLiteral("x")}),
            id + 1);
        QCOMPARE(
            Sql::scalar(db.connection(), QStringLiteral("SELECT data_type FROM information_schema.columns "
                                                        "WHERE table_name = 'orders' AND column_name = 'id'"))
                .toString(),
            QStringLiteral("bigint"));
    }

    void reopensWithoutMigratingAgain()
    {
        TestServer::Database server;
        {
            Database db;
            QVERIFY2(db.open(server.uri()), qPrintable(db.error()));
        }
        const QStringList before = contents(server.uri());
        Database again;
        QVERIFY2(again.open(server.uri(), Database::IfMissing::Refuse), qPrintable(again.error()));
        QCOMPARE(again.schemaLevel(), Migrations::latestLevel());
        QCOMPARE(contents(server.uri()), before);
    }

    void refusesNewerSchemaUntouched()
    {
        TestServer::Database server;
        {
            Database db;
            QVERIFY(db.open(server.uri()));
            Sql::run(db.connection(),
                     QStringLiteral("INSERT INTO schema_migrations (level, applied_at) VALUES (?, 'later')"),
                     {Migrations::latestLevel() + 5});
        }
        const QStringList before = contents(server.uri());
        Database db;
        QVERIFY(!db.open(server.uri()));
        QCOMPARE(db.failure(), Database::Failure::NewerSchema);
        QVERIFY2(db.error().contains(QString::number(Migrations::latestLevel() + 5)), qPrintable(db.error()));
        QCOMPARE(contents(server.uri()), before);
    }

    void refusesForeignDatabaseUntouched()
    {
        TestServer::Database server;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            ServerAddress::parse(server.uri()).applyTo(raw);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id serial PRIMARY KEY, total int)")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        for (const auto ifMissing : {Database::IfMissing::Create, Database::IfMissing::Refuse}) {
            Database db;
            QVERIFY(!db.open(server.uri(), ifMissing));
            QCOMPARE(db.failure(), Database::Failure::NotADatabase);
            QCOMPARE(contents(server.uri()), QStringList{QStringLiteral("invoices")});
        }
    }

    void emptyDatabaseIsRefusedToReaders()
    {
        TestServer::Database server;
        Database db;
        QVERIFY(!db.open(server.uri(), Database::IfMissing::Refuse));
        QCOMPARE(db.failure(), Database::Failure::NoDatabase);
        QCOMPARE(contents(server.uri()), QStringList());
        QVERIFY(db.open(server.uri(), Database::IfMissing::Create));
    }

    void passwordIsRefusedAndNeverShown()
    {
        TestServer::Database server;
        const ServerAddress a = ServerAddress::parse(server.uri());
        const QString secret = QStringLiteral("s3cr3t-Pw");
        const QStringList uris{
            QStringLiteral("postgresql://postgres:%1@localhost/%2").arg(secret, server.name()),
            QStringLiteral("postgresql:///%1?host=%2&password=%3").arg(server.name(), a.host(), secret)};
        for (const QString &uri : uris) {
            Database db;
            QVERIFY(!db.open(uri));
            QVERIFY2(!db.error().contains(secret), qPrintable(db.error()));
            QVERIFY2(db.error().contains(QStringLiteral("pgpass")), qPrintable(db.error()));
            QVERIFY(!db.path().contains(secret));
            const CliRun r = packline({QStringLiteral("status"), QStringLiteral("--db"), uri});
            QCOMPARE(r.code, 1);
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(r.err));
        }
    }

    void unreachableServerNamesHostAndPort()
    {
        const QString uri = QStringLiteral("postgresql://packline@127.0.0.1:1/warehouse?connect_timeout=5");
        Database db;
        QVERIFY(!db.open(uri));
        QCOMPARE(db.failure(), Database::Failure::ServerUnreachable);
        QVERIFY2(db.error().contains(QStringLiteral("127.0.0.1:1")), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QStringLiteral("warehouse")), qPrintable(db.error()));
        const CliRun r = packline({QStringLiteral("status"), QStringLiteral("--db"), uri});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1:1")), qPrintable(r.err));
    }

    void statusNamesEngineAndServer()
    {
        TestServer::Database server;
        const CliRun created = packline({QStringLiteral("demo"), QStringLiteral("--orders"),
                                         QStringLiteral("20"), QStringLiteral("--db"), server.uri()});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const CliRun r = packline({QStringLiteral("status"), QStringLiteral("--db"), server.uri()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const ServerAddress a = ServerAddress::parse(server.uri());
        QVERIFY2(r.out.contains(QStringLiteral("PostgreSQL")), qPrintable(r.out));
        QVERIFY2(r.out.contains(a.shown()), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Orders:       20")), qPrintable(r.out));
    }

    // The README's roles: the database's owner migrates; stations connect as a role that may read
    // and write the tables but not change them (nor the audit log's append-only trigger).
    void stationsConnectWithTableRightsOnly()
    {
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString owner = QStringLiteral("pl_owner_") + suffix;
        const QString station = QStringLiteral("pl_station_") + suffix;
        const auto psql = [](const QString &uri, const QString &sql) {
            QProcess p;
            p.start(QStringLiteral("psql"), {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                             QStringLiteral("-q"), uri, QStringLiteral("-c"), sql});
            p.waitForFinished();
            return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
        };
        // After the database (declared below) is dropped, with the rights granted in it.
        const auto dropRoles = qScopeGuard([&] {
            const QString error =
                psql(TestServer::adminUri(),
                     QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2").arg(owner, station));
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
        });
        TestServer::Database server;
        const auto as = [&](const QString &role) {
            QUrl url(server.uri());
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("user"));
            query.addQueryItem(QStringLiteral("user"), role);
            url.setQuery(query);
            return url.toString();
        };
        const auto admin = [&](const QString &sql) {
            return psql(server.uri(), sql);
        };
        // Names we made (letters, digits, underscores).
        QCOMPARE(admin(QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2; CREATE ROLE %1 LOGIN; "
                                      "CREATE ROLE %2 LOGIN; ALTER DATABASE %3 OWNER TO %1")
                           .arg(owner, station, server.name())),
                 QString());
        QCOMPARE(admin(QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 GRANT SELECT, INSERT, UPDATE, "
                                      "DELETE ON TABLES TO %2; ALTER DEFAULT PRIVILEGES FOR ROLE %1 GRANT "
                                      "USAGE, SELECT ON SEQUENCES TO %2")
                           .arg(owner, station)),
                 QString());
        // A station cannot make the tables: it says who must, and changes nothing.
        const CliRun early = packline({QStringLiteral("demo"), QStringLiteral("--orders"),
                                       QStringLiteral("5"), QStringLiteral("--db"), as(station)});
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(station) && early.err.contains(QStringLiteral("packline db migrate")),
                 qPrintable(early.err));
        QCOMPARE(contents(server.uri()), QStringList());

        const CliRun migrated =
            packline({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), as(owner)});
        QVERIFY2(migrated.code == 0, qPrintable(migrated.err));
        QVERIFY2(migrated.out.contains(QStringLiteral("schema level")), qPrintable(migrated.out));

        // The day's work as the station: data in, review, submit, numbers from the sequences.
        const CliRun demo = packline({QStringLiteral("demo"), QStringLiteral("--orders"),
                                      QStringLiteral("40"), QStringLiteral("--db"), as(station)});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        const CliRun review = packline({QStringLiteral("review"), QStringLiteral("--submit-approved"),
                                        QStringLiteral("--db"), as(station)});
        QVERIFY2(review.code == 0, qPrintable(review.err));
        const CliRun status = packline({QStringLiteral("status"), QStringLiteral("--db"), as(station)});
        QVERIFY2(status.out.contains(QStringLiteral("Orders:       40")), qPrintable(status.out));

        // What a station may not do.
        Database db;
        QVERIFY2(db.open(as(station), Database::IfMissing::Refuse), qPrintable(db.error()));
        for (const QString &sql : {QStringLiteral("DROP TABLE orders"),
                                   QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
                                   QStringLiteral("CREATE TABLE notes (x int)")}) {
            try {
                Sql::run(db.connection(), sql);
                QFAIL(qPrintable(QStringLiteral("a station ran: ") + sql));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("permission denied")) ||
                             e.message().contains(QStringLiteral("must be owner")),
                         qPrintable(e.message()));
            }
        }
        db.close();
    }

    // An import's lines go to the server without a round trip each (libpq's pipeline); what the
    // server refused is known before the next statement and before COMMIT, and nothing of it stays.
    void bulkWritesSentAheadAreSettledBeforeAnythingElse()
    {
        TestServer::Database server;
        Database db;
        QVERIFY(db.open(server.uri()));
        const QSqlDatabase c = db.connection();
        const QString insert =
            QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES (?, ?, ?)");
        {
            Transaction tx(c);
            auto shops = BulkStatement::make(c, insert);
            for (int i = 0; i < 2500; ++i) // more than one batch of answers
                shops->add(QStringLiteral("taobao"))
                    .add(QStringLiteral("店%1").arg(i))
                    .add(QStringLiteral("t"))
                    .exec();
            auto returning = BulkStatement::make(c, insert + QStringLiteral(" RETURNING id"));
            returning->add(QStringLiteral("pdd")).add(QStringLiteral("拼")).add(QStringLiteral("t"));
            QVERIFY(returning->step());
            QVERIFY(returning->columnInt(0) > 2500);
            returning->reset();
            shops->add(QStringLiteral("jd")).add(QStringLiteral("京")).add(QStringLiteral("t")).exec();
            QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM shops")), 2502);
            tx.commit();
        }
        // A refused write surfaces at the next statement, naming itself; the transaction is gone.
        {
            Transaction tx(c);
            auto shops = BulkStatement::make(c, insert);
            shops->add(QStringLiteral("jd")).add(QStringLiteral("新")).add(QStringLiteral("t")).exec();
            shops->add(QStringLiteral("jd"))
                .add(QStringLiteral("京"))
                .add(QStringLiteral("t"))
                .exec(); // taken
            shops->add(QStringLiteral("jd")).add(QStringLiteral("后")).add(QStringLiteral("t")).exec();
            try {
                Sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM shops"));
                QFAIL("a refused write went unnoticed");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("duplicate key")) &&
                             e.message().contains(QStringLiteral("INSERT INTO shops")),
                         qPrintable(e.message()));
            }
        }
        // And at COMMIT, when nothing else ran after it.
        {
            Transaction tx(c);
            auto shops = BulkStatement::make(c, insert);
            shops->add(QStringLiteral("jd")).add(QStringLiteral("京")).add(QStringLiteral("t")).exec();
            QVERIFY_THROWS_EXCEPTION(Error, tx.commit());
        }
        QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM shops")), 2502);
        QCOMPARE(countRows(c, QStringLiteral("SELECT COUNT(*) FROM shops WHERE name IN ('新', '后')")), 0);
    }

    void appendOnlyTablesRefuseChanges()
    {
        TestServer::Database server;
        Database db;
        QVERIFY(db.open(server.uri()));
        AuditLog::record(db.connection(), TestDatabase::actor(), QStringLiteral("order"), 1,
                         QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(Error, Sql::run(db.connection(), QStringLiteral("DELETE FROM audit_log")));
        QVERIFY_THROWS_EXCEPTION(
            Error, Sql::run(db.connection(), QStringLiteral("UPDATE audit_log SET action = 'y'")));
        QCOMPARE(
            countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'x'")),
            1);
    }

    void failedTransactionLeavesNothing()
    {
        TestServer::Database server;
        Database db;
        QVERIFY(db.open(server.uri()));
        try {
            Transaction tx(db.connection());
            Sql::run(db.connection(), QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES "
                                                     "('jd', 'J', 'x')"));
            Sql::run(db.connection(), QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
            tx.commit();
            QFAIL("expected an error");
        } catch (const Error &) {
        }
        QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 0);
        // The connection is usable again after the rolled-back transaction.
        Transaction tx(db.connection());
        Sql::run(db.connection(),
                 QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'J', 'x')"));
        tx.commit();
        QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 1);
    }

    // A transaction inside an open one is refused before it begins: PostgreSQL would only warn at
    // the second BEGIN, and the inner commit would then commit the outer work half-done.
    void nestedTransactionIsRefused()
    {
        TestServer::Database server;
        Database db, other;
        QVERIFY(db.open(server.uri()));
        QVERIFY(other.open(server.uri()));
        try {
            Transaction outer(db.connection());
            Sql::run(
                db.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'J', 'x')"));
            try {
                Transaction inner(db.connection());
                QFAIL("a nested transaction began");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("do not nest")), qPrintable(e.message()));
            }
            // The outer one is still open: nothing is committed until it says so.
            QCOMPARE(countRows(other.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 0);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 0);
        Transaction::run(db.connection(), [&](Transaction &tx) { // a new one begins once it has ended
            Sql::run(
                db.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'J', 'x')"));
            tx.commit();
        });
        QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 1);
    }

    // Two stations lock the same two rows in opposite order: the server aborts one (deadlock,
    // 40P01), Transaction::run rolls it back and runs it again; both writes land, nothing is
    // shown to anyone.
    void deadlockIsRetriedNotShown()
    {
        TestServer::Database server;
        {
            Database db;
            QVERIFY2(db.open(server.uri()), qPrintable(db.error()));
            Sql::run(db.connection(),
                     QStringLiteral("CREATE TABLE scratch (id BIGINT PRIMARY KEY, v BIGINT)"));
            Sql::run(db.connection(), QStringLiteral("INSERT INTO scratch VALUES (1, 0), (2, 0)"));
        }
        std::atomic_int firstHalves = 0;
        std::atomic_int retried = 0;
        const auto station = [&](qint64 first, qint64 second) {
            Database db; // a connection of its own, on its own thread
            if (!db.open(server.uri()))
                qFatal("%s", qPrintable(db.error()));
            const QSqlDatabase c = db.connection();
            const int before = Transaction::retries();
            Transaction::run(c, [&, attempt = 0](Transaction &tx) mutable {
                Sql::run(c, QStringLiteral("UPDATE scratch SET v = v + 1 WHERE id = ?"), {first});
                if (++attempt == 1) { // both hold their first row before either asks for its second
                    ++firstHalves;
                    while (firstHalves.load() < 2)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                Sql::run(c, QStringLiteral("UPDATE scratch SET v = v + 1 WHERE id = ?"), {second});
                tx.commit();
            });
            retried += Transaction::retries() - before;
        };
        std::thread a(station, 1, 2), b(station, 2, 1);
        a.join();
        b.join();
        QVERIFY(retried.load() >= 1);
        Database db;
        QVERIFY(db.open(server.uri()));
        QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT SUM(v) FROM scratch")), 4);
    }

    void otherConnectionsHearOfCommits()
    {
        TestServer::Database server;
        Database station1;
        Database station2;
        QVERIFY(station1.open(server.uri()));
        QVERIFY(station2.open(server.uri()));
        const qint64 seen = station2.dataVersion();
        Sql::run(station1.connection(),
                 QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'J', 'x')"));
        QTRY_VERIFY_WITH_TIMEOUT(station2.dataVersion() != seen, 1000); // within a second
        // A station's own commits are not news to it.
        const qint64 own = station1.dataVersion();
        Sql::run(station1.connection(),
                 QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'K', 'x')"));
        QTest::qWait(200);
        QCOMPARE(station1.dataVersion(), own);
    }
};

QTEST_GUILESS_MAIN(TestPgDatabase)
#include "tst_pgdatabase.moc"
