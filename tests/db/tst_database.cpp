// The database file: created and migrated, reopened, refused when it is not ours or is newer,
// transactions that fail leave nothing.
#include "TestDatabase.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Migrations.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <atomic>
#include <functional>
#include <thread>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabaseFile : public QObject {
    Q_OBJECT
private slots:
    void migratesFromEmpty()
    {
        TestDatabase t;
        QVERIFY(Migrations::latestLevel() >= 1);
        QCOMPARE(t.db().schemaLevel(), Migrations::latestLevel());
        for (const char *table : {"shops", "orders", "order_lines", "skus", "sku_barcodes", "stock_levels",
                                  "stock_ledger", "couriers", "operators", "audit_log"})
            QVERIFY2(countRows(t.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"),
                               {QString::fromLatin1(table)}) == 1,
                     table);
        QCOMPARE(Sql::scalar(t.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(Sql::scalar(t.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(Sql::scalar(t.connection(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 5000);
    }

    void pendingLevelsFillGaps()
    {
        // A file migrated by a build that had 5 and 7 but not yet 3 and 6 still gets 3 and 6.
        QCOMPARE(Migrations::pending({1, 2, 3, 5, 6, 7}, {1, 2, 5, 7}), (QList<int>{3, 6}));
        QCOMPARE(Migrations::pending({1, 2}, {1, 2}), QList<int>{});
    }

    void everyLevelIsRecordedAndLegacyFilesAdoptTheLedger()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.db"));
        qint64 levels = 0;
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.error()));
            levels = countRows(db.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
            QVERIFY(levels >= 2);
            QCOMPARE(countRows(db.connection(), QStringLiteral("SELECT MAX(level) FROM schema_migrations")),
                     Migrations::latestLevel());
            // A file from before the ledger: only user_version says how far it got.
            Sql::run(db.connection(), QStringLiteral("DROP TABLE schema_migrations"));
        }
        Database again; // must not re-run any script (it would fail on existing tables)
        QVERIFY2(again.open(path), qPrintable(again.error()));
        QCOMPARE(countRows(again.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 levels);
    }

    void reopensWithData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.error()));
            Sql::run(
                db.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', 'S', 'x')"));
        }
        Database again;
        QVERIFY2(again.open(path), qPrintable(again.error()));
        QCOMPARE(countRows(again.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 1);
        QCOMPARE(again.schemaLevel(), Migrations::latestLevel());
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            Database db;
            QVERIFY(db.open(path));
            Sql::run(db.connection(), QStringLiteral("PRAGMA user_version = 999"));
            Sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.failure(), Database::Failure::NewerSchema);
        QVERIFY2(db.error().contains(QStringLiteral("newer")), qPrintable(db.error()));
        QVERIFY(db.error().contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesNotADatabaseAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("orders.csv"), QByteArray("订单编号,买家会员名\n=\"123\",buyer\n"));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.failure(), Database::Failure::NotADatabase);
        QVERIFY2(db.error().contains(QStringLiteral("not a Packline database")), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesUnwritableFolder()
    {
        // /proc refuses new files even to root, so this holds in CI too.
        Database db;
        QVERIFY(!db.open(QStringLiteral("/proc/packline-test/packline.db")));
        QCOMPARE(db.failure(), Database::Failure::NotWritable);
        QVERIFY(!db.error().isEmpty());
    }

    void failedTransactionLeavesNothing()
    {
        TestDatabase t;
        const Actor actor = TestDatabase::actor();
        try {
            Transaction tx(t.connection());
            Sql::run(
                t.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', 'S', 'x')"));
            AuditLog::record(t.connection(), actor, QStringLiteral("shop"), 1, QStringLiteral("create"));
            Sql::run(t.connection(), QStringLiteral("INSERT INTO no_such_table VALUES (1)")); // throws
            tx.commit();
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("no_such_table")));
        }
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 0);
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    }

    void uncommittedTransactionRollsBack()
    {
        TestDatabase t;
        {
            Transaction tx(t.connection());
            Sql::run(
                t.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', 'S', 'x')"));
        }
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 0);
    }

    void auditLogIsAppendOnly()
    {
        TestDatabase t;
        AuditLog::record(t.connection(), TestDatabase::actor(), QStringLiteral("order"), 1,
                         QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(Error, Sql::run(t.connection(), QStringLiteral("DELETE FROM audit_log")));
        QVERIFY_THROWS_EXCEPTION(
            Error, Sql::run(t.connection(), QStringLiteral("UPDATE audit_log SET action = 'y'")));
        QCOMPARE(
            countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'x'")),
            1);
    }

    void twoConnectionsSeeEachOther()
    {
        TestDatabase t;
        Database second;
        QVERIFY(second.open(t.path()));
        const qint64 v = second.dataVersion();
        Sql::run(t.connection(),
                 QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'J', 'x')"));
        QVERIFY(second.dataVersion() != v);
        QCOMPARE(countRows(second.connection(), QStringLiteral("SELECT COUNT(*) FROM shops")), 1);
    }

    void busyDatabaseSaysWhatToDo()
    {
        TestDatabase t;
        Database second;
        QVERIFY(second.open(t.path(), Database::IfMissing::Refuse));
        Sql::run(second.connection(), QStringLiteral("PRAGMA busy_timeout = 200")); // not 10 s
        Transaction holder(t.connection());                                         // another station writing
        const auto check = [&](const std::function<void()> &write) {
            try {
                write();
                QFAIL("expected the database to be busy");
            } catch (const Error &e) {
                QVERIFY2(
                    e.message().contains(QStringLiteral("Another Packline station or process is writing")),
                    qPrintable(e.message()));
                QVERIFY2(e.message().contains(QStringLiteral("try again")), qPrintable(e.message()));
                QVERIFY2(!e.message().contains(QStringLiteral("database is locked")),
                         qPrintable(e.message()));
            }
        };
        check([&] {
            Transaction waiting(second.connection());
            Q_UNUSED(waiting);
        });
        try {
            Transaction waiting(second.connection());
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(t.path()), qPrintable(e.message())); // which database
        }
        check([&] { // a write outside a transaction waits the same way
            Sql::run(
                second.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'J', 'x')"));
        });
    }

    // Transaction::run: a write that finds the database busy runs again after a short pause
    // instead of failing, a bounded number of times.
    void busyIsRetriedByRun()
    {
        TestDatabase t;
        Database second;
        QVERIFY(second.open(t.path(), Database::IfMissing::Refuse));
        Sql::run(second.connection(), QStringLiteral("PRAGMA busy_timeout = 100"));
        std::atomic_bool locked = false;
        std::thread holder([path = t.path(), &locked] {
            Database station; // its own connection, on its own thread
            if (!station.open(path))
                qFatal("cannot open %s", qPrintable(path));
            {
                Transaction tx(station.connection());
                locked = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
            }
            station.close();
        });
        QTRY_VERIFY(locked.load()); // the other station has the write lock now
        const int before = Transaction::retries();
        const int runs = Transaction::run(second.connection(), [&, n = 0](Transaction &tx) mutable {
            Sql::run(
                second.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'R', 'x')"));
            tx.commit();
            return ++n;
        });
        holder.join();
        QCOMPARE(runs, 1); // the work ran once to the end (the busy BEGIN never got into it)
        QVERIFY(Transaction::retries() > before);
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM shops WHERE name = 'R'")), 1);
    }

    void pathResolution()
    {
        qputenv("PACKLINE_DB", "/tmp/from-env.db");
        QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/cli.db")), QStringLiteral("/tmp/cli.db"));
        QCOMPARE(Database::resolvePath(QString()), QStringLiteral("/tmp/from-env.db"));
        qunsetenv("PACKLINE_DB");
        QVERIFY(Database::resolvePath(QString()).endsWith(QStringLiteral("/packline.db")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_database.moc"
