#pragma once

#include <QSqlDatabase>
#include <QString>

// One open connection to a Packline database file, migrated to this build's schema.
// Each process (and each thread) opens its own Database; several on one file is normal.
class Database {
public:
    enum class Failure {
        None,
        NotADatabase,
        NewerSchema,
        NotWritable,
        OpenFailed,
        MigrationFailed,
        NoDatabase, // nothing at the path, and open() was not asked to create it
        Unsupported // a server URL (postgresql://…): not in this build yet
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

    // Opens and migrates. On failure returns false, leaves the file as it was, and error() says
    // what is wrong in words a person can act on. Anything but an ordinary file (a folder, a
    // device, a pipe) and a URL are refused before SQLite touches them.
    bool open(const QString &path, IfMissing ifMissing = IfMissing::Create);
    void close();

    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaLevel() const { return m_schemaLevel; }
    QString error() const { return m_error; }
    Failure failure() const { return m_failure; }

    // Changes whenever another connection commits (SQLite's PRAGMA data_version): a cheap poll.
    qint64 dataVersion() const;

private:
    bool fail(Failure failure, const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Failure m_failure = Failure::None;
    int m_schemaLevel = 0;
    bool m_open = false;
};
