#include "TestDatabase.h"

#include "db/Sql.h"
#include "demo/DemoSeeder.h"

#include <QFile>
#include <QTest>
#include <cstdio>
#include <cstdlib>

TestDatabase::TestDatabase()
    : m_db(std::make_unique<Database>())
{
    if (onServer()) {
        if (!TestServer::available()) { // a test without PACKLINE_SKIP_WITHOUT_ENGINE: ctest's skip code
            std::fprintf(stderr, "SKIP: PostgreSQL test without a server (PACKLINE_TEST_PG is not set)\n");
            std::exit(SkipExitCode);
        }
        m_server = std::make_unique<TestServer::Database>(TestServer::migratedTemplate());
        m_path = m_server->uri();
    } else {
        m_path = m_dir.filePath(QStringLiteral("packline.db"));
    }
    if (!m_db->open(m_path))
        qFatal("cannot open test database: %s", qPrintable(m_db->error()));
    if (onServer() != (m_db->engineName() == u"PostgreSQL"))
        qFatal("test database on %s, not the engine asked for", qPrintable(m_db->engineName()));
}

TestDatabase::~TestDatabase()
{
    m_db.reset(); // closed before its server database is dropped
}

QString TestDatabase::engine()
{
    const QString e = qEnvironmentVariable("PACKLINE_TEST_ENGINE");
    return e.isEmpty() ? QStringLiteral("sqlite") : e;
}

void TestDatabase::seedDemo(int orders, quint32 seed)
{
    DemoSeeder::seed(connection(), actor(), {orders, seed, 200});
}

qint64 countRows(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return Sql::scalar(db, sql, values).toLongLong();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

QString TestDatabase::failUpdatesAsDeadlocks(const QString &table, const QString &which)
{
    const QString counter = table + QStringLiteral("_aborts");
    const QString function = QStringLiteral("abort_") + table + QStringLiteral("_updates");
    Sql::run(connection(), QStringLiteral("CREATE SEQUENCE %1").arg(counter));
    Sql::run(
        connection(),
        QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF nextval('%2') "
                       "IN (%3) THEN RAISE EXCEPTION 'forced deadlock' USING ERRCODE = "
                       "'deadlock_detected'; END IF; RETURN NEW; END $$")
            .arg(function, counter, which));
    Sql::run(connection(),
             QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE ON %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                 .arg(function, table));
    return counter;
}
