// How statements run again are kept prepared: SqliteStatement (SQLite's BulkStatement, intake),
// and the StatementCache behind Sql::run, Sql::scalar and Sql::Statement (loops, printing).
#include "TestDatabase.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "db/SqliteStatement.h"
#include "db/StatementCache.h"

#include <QSqlDriver>
#include <QSqlResult>
#include <sqlite3.h>

#include <QTest>

class TestStatements : public QObject {
    Q_OBJECT
private slots:
    void sqliteStatementBindsTextsNullsAndNumbers()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        Sql::run(db, QStringLiteral(
                         "CREATE TABLE s (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT, n INTEGER)"));
        SqliteStatement insert(db, QStringLiteral("INSERT INTO s (a, b, n) VALUES (?, ?, ?)"));
        // A value bigger than the reused buffer (64 KB) is copied instead; both must land intact.
        const QString big = QStringLiteral("中文").repeated(40000);
        const QString emoji = QStringLiteral("收货人 😀 ") + QChar(0xD83D); // ends in a lone surrogate
        insert.add(QStringLiteral("订单编号")).addNullable(QString()).add(qint64(1) << 40);
        insert.step();
        QCOMPARE(insert.changes(), 1);
        const qint64 first = insert.lastInsertId();
        insert.reset();
        insert.add(QString()).add(big).addNullable(qint64(0)).exec();
        insert.add(emoji).addNullable(QStringLiteral("b")).add(7).exec();

        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT a, b, n, typeof(b), typeof(n) FROM s ORDER BY id"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("订单编号"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("null"));
        QCOMPARE(q.value(2).toLongLong(), qint64(1) << 40);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString(u""_qs)); // a null QString binds "" (NOT NULL columns)
        QCOMPARE(q.value(1).toString(), big);
        QCOMPARE(q.value(4).toString(), QStringLiteral("null"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("收货人 😀")));
        QCOMPARE(q.value(1).toString(), QStringLiteral("b"));
        q.finish();

        SqliteStatement find(db, QStringLiteral("SELECT a FROM s WHERE id = ?"));
        find.add(first);
        QVERIFY(find.step());
        QCOMPARE(find.columnText(0), QStringLiteral("订单编号"));
        QVERIFY(!find.step());
        find.reset();
    }

    void sqliteStatementErrorsNameTheStatement()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        try {
            SqliteStatement bad(db, QStringLiteral("INSERT INTO no_such_table VALUES (?)"));
            QFAIL("a statement on a missing table was prepared");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("no_such_table")), qPrintable(e.message()));
        }
        Sql::run(db, QStringLiteral("CREATE TABLE u (x TEXT NOT NULL UNIQUE)"));
        SqliteStatement insert(db, QStringLiteral("INSERT INTO u (x) VALUES (?)"));
        insert.add(QStringLiteral("a")).exec();
        insert.add(QStringLiteral("a"));
        QVERIFY_THROWS_EXCEPTION(Error, insert.step());
    }

    // A statement run in a loop is parsed once; its owner has it alone, so a half-read cursor is
    // never run over; when the owner is done it goes back to the connection's cache for the next.
    void statementsAreReusedFinishedAndGivenBack()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const auto handle = [](const QSqlQuery &q) {
            const QVariant h = q.result()->handle();
            return *static_cast<void *const *>(h.constData());
        };
        Sql::run(db, QStringLiteral("CREATE TABLE p (x INTEGER)"));
        const QString all = QStringLiteral("SELECT x FROM p ORDER BY x");
        void *kept = nullptr; // the statement the cache holds for all in the end
        {
            Sql::Statement insert(db, QStringLiteral("INSERT INTO p (x) VALUES (?)"));
            for (int i = 0; i < 5; ++i)
                QCOMPARE(insert.run({i}).numRowsAffected(), 1);
            Sql::Statement sum(db, QStringLiteral("SELECT SUM(x) FROM p WHERE x >= ?"));
            QCOMPARE(sum.scalar({2}).toInt(), 9);
            QCOMPARE(sum.scalar({4}).toInt(), 4);
            QCOMPARE(*sum.firstRow({3}), QVariantList{7});
            QVERIFY(!Sql::Statement(db, QStringLiteral("SELECT x FROM p WHERE x < ?")).firstRow({0}));

            // A SELECT left half-read is finished when it runs again, so it restarts from the top.
            Sql::Statement rows(db, all);
            QSqlQuery &first = rows.run();
            QVERIFY(first.next() && first.next());
            void *const parsed = handle(first);
            // Meanwhile the same SQL elsewhere gets a statement of its own: the cursor is untouched.
            QVERIFY(Sql::firstRow(db, all));
            Sql::Statement other(db, all);
            QSqlQuery &mine = other.run();
            QVERIFY(handle(mine) != parsed);
            kept = handle(mine);
            QVERIFY(mine.next());
            QCOMPARE(mine.value(0).toInt(), 0);
            QCOMPARE(first.value(0).toInt(), 1);
            QSqlQuery &again = rows.run();
            QCOMPARE(handle(again), parsed); // run again without parsing
            QVERIFY(again.next());
            QCOMPARE(again.value(0).toInt(), 0);
            again.finish();

            QVERIFY_THROWS_EXCEPTION(Error, Sql::Statement(db, QStringLiteral("SELECT nope FROM p")).run());
            // A value that fails to bind leaves QtSql's statement finalized: it is parsed afresh.
            sqlite3 *connection = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
            const int limit = sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, 100);
            QVERIFY_THROWS_EXCEPTION(Error, insert.run({QString(200, u'x')}));
            sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, limit);
            QCOMPARE(insert.run({5}).numRowsAffected(), 1);
        }
        // Given back, finished (other first; rows found one kept already): the next owner runs the
        // same parse, and no read is left open.
        {
            Sql::Statement later(db, all);
            QSqlQuery &q = later.run();
            QCOMPARE(handle(q), kept);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(StatementCache::of(db)->count() >= 3);
        Database reader;
        QVERIFY(reader.open(t.path()));
        QCOMPARE(Sql::scalar(reader.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(),
                 0);
    }

    // Writes and scalar reads are parsed once per connection; a caller's cursor is never shared,
    // no kept statement holds a read open, and closing the database drops them first.
    void sqlRunKeepsWritesAndScalarsPrepared()
    {
        TestDatabase t;
        {
            const QSqlDatabase db = t.connection();
            Sql::run(db, QStringLiteral("CREATE TABLE c (x INTEGER)"));
            // The sqlite3_stmt behind a query: the same one means it was not parsed again.
            const auto handle = [](const QSqlQuery &q) {
                const QVariant h = q.result()->handle();
                return *static_cast<void *const *>(h.constData());
            };
            const QString insert = QStringLiteral("INSERT INTO c (x) VALUES (?)");
            {
                const QSqlQuery one = Sql::run(db, insert, {1}); // alive: a new parse gets a new address
                const QSqlQuery two = Sql::run(db, insert, {2});
                QCOMPARE(handle(two), handle(one));
                QCOMPARE(two.lastInsertId().toInt(), 2);
            }
            QCOMPARE(
                Sql::run(db, QStringLiteral("UPDATE c SET x = x + ? WHERE x = ?"), {10, 2}).numRowsAffected(),
                1);
            QCOMPARE(Sql::run(db, QStringLiteral("UPDATE c SET x = x + ? WHERE x = ?"), {10, 99})
                         .numRowsAffected(),
                     0);
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT SUM(x) FROM c WHERE x > ?"), {0}).toInt(), 13);
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT SUM(x) FROM c WHERE x > ?"), {5}).toInt(), 12);
            const auto row = Sql::firstRow(db, QStringLiteral("SELECT x, x * 2 FROM c ORDER BY x"));
            QVERIFY(row);
            QCOMPARE(*row, (QVariantList{1, 2}));
            QVERIFY(!Sql::firstRow(db, QStringLiteral("SELECT x FROM c WHERE x < 0")));

            // Two cursors on the same SELECT from Sql::run walk on their own.
            {
                QSqlQuery a = Sql::run(db, QStringLiteral("SELECT x FROM c ORDER BY x"));
                QVERIFY(a.next());
                QSqlQuery b = Sql::run(db, QStringLiteral("SELECT x FROM c ORDER BY x"));
                QVERIFY(b.next() && b.next());
                QCOMPARE(a.value(0).toInt(), 1);
                QCOMPARE(b.value(0).toInt(), 12);
            }

            // No kept statement holds a read: another connection can checkpoint the whole log away.
            Database other;
            QVERIFY(other.open(t.path()));
            QCOMPARE(
                Sql::scalar(other.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(),
                0); // 0 = not blocked by a reader
            // A value that fails to bind leaves QtSql's statement finalized: it is parsed afresh.
            sqlite3 *connection = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
            const int limit = sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, 100);
            QVERIFY_THROWS_EXCEPTION(
                Error, Sql::run(db, QStringLiteral("INSERT INTO c (x) VALUES (?)"), {QString(200, u'x')}));
            sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, limit);
            QCOMPARE(Sql::run(db, QStringLiteral("INSERT INTO c (x) VALUES (?)"), {5}).numRowsAffected(), 1);
            // Nor does one stand in the way of changing the schema.
            Sql::run(db, QStringLiteral("DROP TABLE c"));
            QVERIFY(StatementCache::isWrite(QStringLiteral("  update c set x = 1")));
            QVERIFY(!StatementCache::isWrite(QStringLiteral("INSERT INTO c (x) VALUES (1) RETURNING x")));
            QVERIFY(!StatementCache::isWrite(QStringLiteral("SELECT 1")));
        }
        QCOMPARE(StatementCache::of(t.connection()), &t.db().statements()); // the Database's own
        QVERIFY(t.db().statements().count() >= 4);
        const QSqlDatabase connection = t.connection();
        t.db().close(); // its statements go before the connection does
        QCOMPARE(t.db().statements().count(), 0);
        QCOMPARE(StatementCache::of(connection), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"
