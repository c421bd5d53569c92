#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// A PostgreSQL server and database named by a libpq connection URI (postgresql://user@host:5432/db,
// postgres://…, query parameters such as ?host=/run/postgresql&sslmode=require), parsed by libpq
// itself. A password in the URI is refused: passwords come from libpq's own places (~/.pgpass,
// PGPASSFILE, a service file), so Packline never holds one that could end up in a message.
class ServerAddress {
public:
    // True for text that names a server rather than a file ("postgresql://…", "postgres://…").
    static bool isServerUrl(const QString &text);
    // Parses uri; on failure valid() is false and error() says why (with no password in it).
    static ServerAddress parse(const QString &uri);

    bool valid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString host() const { return m_host; } // empty: libpq's default (the local socket)
    int port() const { return m_port; }     // -1: libpq's default (5432)
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    // Every other libpq keyword given (sslmode, service, connect_timeout, …), as QPSQL's connect
    // options ("key=value;key=value").
    QString connectOptions() const;
    // The same server and database as a URI with every value percent-encoded (no password: parse
    // refuses one); withDatabase names another database on the same server.
    QString uri() const;
    ServerAddress withDatabase(const QString &database) const;
    // Sets host, port, database, user and connect options on a QPSQL connection not yet open.
    void applyTo(QSqlDatabase &db) const;
    // "host:port/database" for messages, status and the title bar: never a password.
    QString shown() const;

private:
    QString m_error;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QList<QPair<QString, QString>> m_options;
};
