#pragma once

#include "StatementCache.h"

#include <QSqlDatabase>
#include <QString>

// One open connection to a Packline database, migrated to this build's schema: an SQLite file (a
// path) or a database on a PostgreSQL server (a postgresql:// URI). What differs between the two
// is the engine object's (DatabaseEngine). Each process (and each thread) opens its own Database;
// several on one database is normal.
class Database {
public:
    enum class Failure {
        None,
        NotADatabase,
        NewerSchema,
        NotWritable,
        OpenFailed,
        MigrationFailed,
        NoDatabase,       // nothing at the path, and open() was not asked to create it
        Unsupported,      // a URL of another kind (file://…, mysql://…)
        ServerUnreachable // postgresql://…: no server answered at the host and port
    };
    // When nothing is at the path: refuse (commands that read), create the file 0600 in an
    // existing folder (a path a person typed), or also make its folders 0700 (the default path).
    enum class IfMissing { Refuse, Create, CreateWithFolders };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // QStandardPaths::AppDataLocation/packline.db
    static QString defaultPath();
    // --db PATH wins, then $PACKLINE_DB, then the default.
    static QString resolvePath(const QString &commandLinePath);

    // Opens and migrates. On failure returns false, leaves the database as it was, and error() says
    // what is wrong in words a person can act on. Anything but an ordinary file (a folder, a
    // device, a pipe) and a URL other than postgresql:// are refused before SQLite touches them.
    // On a server, the database must exist (createdb); IfMissing then speaks of its tables.
    bool open(const QString &path, IfMissing ifMissing = IfMissing::Create);
    void close();

    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const;
    // The file's absolute path, or the server URI (never with a password): what opens it again.
    QString path() const { return m_path; }
    // What to show a person: the file's path, or "host:port/database" on a server.
    QString location() const { return m_location; }
    // "SQLite", "PostgreSQL".
    QString engineName() const;
    int schemaLevel() const { return m_schemaLevel; }
    QString error() const { return m_error; }
    Failure failure() const { return m_failure; }

    // Changes whenever another connection commits (SQLite's PRAGMA data_version, PostgreSQL's
    // notifications as the event loop delivers them): a cheap poll. A lost server connection is
    // opened again here (throws ConnectionLostError while the server cannot be reached).
    qint64 dataVersion() const;

    // The connection's prepared statements (Sql runs them through StatementCache::of).
    const StatementCache &statements() const { return m_statements; }

private:
    bool fail(Failure failure, const QString &message);
    bool openFile(const QString &path, IfMissing ifMissing);
    bool openServer(const QString &uri, IfMissing ifMissing);
    // The engine's part, once connected: schema level, session, migrations. Refuse: a database
    // with no Packline tables yet is refused (a server's; a file's absence is checked before).
    bool setUp(IfMissing ifMissing);

    QString m_connectionName;
    StatementCache m_statements; // attached to the connection while it is open
    QString m_path;
    QString m_location;
    QString m_error;
    Failure m_failure = Failure::None;
    int m_schemaLevel = 0;
    bool m_open = false;
};
