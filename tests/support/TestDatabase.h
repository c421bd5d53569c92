#pragma once

#include "TestPaths.h"
#include "TestServer.h"
#include "base/Actor.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A fresh database, migrated and open, gone when destroyed: a file in a temporary folder, or,
// when the test runs on PostgreSQL (PACKLINE_TEST_ENGINE=postgresql: ctest's *_pg tests), a new
// database on the test server. dir() is a temporary folder either way.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    // The engine this test process runs on: "sqlite" or "postgresql".
    static QString engine();
    static bool onServer() { return engine() == u"postgresql"; }
    // False when the engine is PostgreSQL and no server was given (PACKLINE_TEST_PG).
    static bool engineAvailable() { return !onServer() || TestServer::available(); }
    // The exit code of a PostgreSQL test process that finds no server (ctest: SKIP_RETURN_CODE).
    static constexpr int SkipExitCode = 77;
    Database &db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const { return m_path; } // the file, or the server URI: what --db takes
    QString dir() const { return m_dir.path(); }
    // Fills it with demo data (deterministic).
    void seedDemo(int orders, quint32 seed = 7);
    static Actor actor() { return {QStringLiteral("tester"), QStringLiteral("TEST-01")}; }
    // On a server: the updates of table's rows numbered in which ("1", "3, 8": counted from the
    // first update on) fail as a deadlock does (SQLSTATE 40P01), so the writer's transaction is
    // aborted and run again. Returns the sequence that counts the updates. table and which are the
    // test's own fixed text.
    QString failUpdatesAsDeadlocks(const QString &table, const QString &which);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer::Database> m_server; // outlives m_db
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// In initTestCase() of a test that runs on both engines: skips the whole test on PostgreSQL when
// there is no server to run on (a developer without scripts/test.sh).
#define PACKLINE_SKIP_WITHOUT_ENGINE()                                                                       \
    do {                                                                                                     \
        if (!TestDatabase::engineAvailable())                                                                \
            QSKIP(                                                                                           \
                "PostgreSQL test without a server: PACKLINE_TEST_PG is not set (scripts/test.sh sets it)");  \
    } while (false)

// In a test that runs on both engines: a case about files, or about no database at all, runs once,
// in the SQLite run (NAME), and skips in NAME_pg.
#define PACKLINE_ONCE_NOT_ON_SERVER()                                                                        \
    do {                                                                                                     \
        if (TestDatabase::onServer())                                                                        \
            QSKIP("not about the engine: runs once, on SQLite");                                             \
    } while (false)

// Writes bytes to a new file in dir and returns its path (fixtures made in the test).
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// Count rows of a query with bound values, for short assertions.
qint64 countRows(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
