#pragma once

#include <QString>

// The PostgreSQL server the tests run on: PACKLINE_TEST_PG, a libpq URI that scripts/test.sh sets
// (a throwaway cluster of its own). Each TestServer::Database is a fresh database on it, dropped
// when the object goes.
namespace TestServer {
// The admin URI, empty when no server was given (tests that need one skip then).
QString adminUri();
// A server other than PACKLINE_TEST_PG's (a benchmark's --db URI): set before anything else here.
void useServer(const QString &uri);
bool available();

// A database this process migrated once (dropped when the application ends): fresh Packline
// databases are copies of it (CREATE DATABASE … TEMPLATE), not migrated one by one.
QString migratedTemplate();

class Database {
public:
    // CREATE DATABASE packline_t_<pid>_<n>, empty or a copy of templateName (qFatal when the server
    // refuses).
    explicit Database(const QString &templateName = QStringLiteral("template0"));
    ~Database(); // DROP DATABASE … WITH (FORCE)
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    QString uri() const { return m_uri; } // the new database's URI
    QString name() const { return m_name; }

private:
    QString m_name;
    QString m_uri;
};
} // namespace TestServer
