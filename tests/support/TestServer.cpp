#include "TestServer.h"

#include "db/Database.h"
#include "db/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// One admin connection per process (to the database the URI names), for CREATE/DROP DATABASE.
QSqlDatabase admin()
{
    const QString name = QStringLiteral("packline-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const ServerAddress address = ServerAddress::parse(TestServer::adminUri());
    if (!address.valid())
        qFatal("PACKLINE_TEST_PG: %s", qPrintable(address.error()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    address.applyTo(db);
    if (!db.open())
        qFatal("cannot reach the test PostgreSQL server %s: %s", qPrintable(address.shown()),
               qPrintable(db.lastError().text()));
    QSqlQuery quiet(db); // no NOTICE for DROP DATABASE IF EXISTS
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

void run(const QString &sql)
{
    QSqlQuery q(admin());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}
} // namespace

namespace {
QString &chosenServer()
{
    static QString uri;
    return uri;
}
} // namespace

void TestServer::useServer(const QString &uri)
{
    chosenServer() = uri;
}

QString TestServer::adminUri()
{
    return chosenServer().isEmpty() ? qEnvironmentVariable("PACKLINE_TEST_PG") : chosenServer();
}

bool TestServer::available()
{
    return !adminUri().isEmpty();
}

QString TestServer::migratedTemplate()
{
    static QString name;
    if (!name.isEmpty())
        return name;
    const TestServer::Database empty;
    {
        ::Database db;
        if (!db.open(empty.uri()))
            qFatal("cannot migrate the template database: %s", qPrintable(db.error()));
    }
    name = empty.name() + QStringLiteral("_tpl");
    run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, empty.name()));
    qAddPostRoutine([] { run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); });
    return name;
}

TestServer::Database::Database(const QString &templateName)
{
    static int counter = 0;
    m_name = QStringLiteral("packline_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    // Names we made (letters, digits, underscores): safe to splice; CREATE DATABASE takes no values.
    run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
            .arg(m_name, templateName));
    m_uri = ServerAddress::parse(adminUri()).withDatabase(m_name).uri();
}

TestServer::Database::~Database()
{
    run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}
