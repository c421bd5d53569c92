#include "Database.h"

#include "Migrations.h"
#include "Sql.h"
#include "StatementCache.h"
#include "base/Error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
QAtomicInt g_connectionCounter;

// A non-empty file must start with SQLite's magic; checked before SQLite touches it,
// so a wrong file (a CSV picked by mistake) is refused without a byte written.
bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true;
    return f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

// How many names (hard links) the file has. SQLite keeps the journal and WAL beside the name it
// was opened by, so two stations opening one file by two names miss each other's writes (and
// print-job leases): such a file is refused.
qint64 nameCount(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return qint64(st.st_nlink);
#else
    Q_UNUSED(path);
#endif
    return 1;
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("packline-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/packline.db");
}

QString Database::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString env = qEnvironmentVariable("PACKLINE_DB");
    return env.isEmpty() ? defaultPath() : env;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::fail(Failure failure, const QString &message)
{
    close();
    m_failure = failure;
    m_error = message;
    return false;
}

bool Database::open(const QString &path)
{
    close();
    // A new name for every connection made: caches keyed by connection name (StageCounts) then
    // never mistake a reopened file for the connection they saw.
    m_connectionName = QStringLiteral("packline-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_path = QFileInfo(path).absoluteFilePath();
    m_failure = Failure::None;
    m_error.clear();

    const QFileInfo file(m_path);
    if (file.isDir())
        return fail(
            Failure::NotADatabase,
            QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(m_path));
    if (file.exists()) {
        if (!looksLikeSqlite(m_path))
            return fail(
                Failure::NotADatabase,
                QCoreApplication::translate(
                    "Database", "%1 is not a Packline database (not an SQLite file). It was not changed.")
                    .arg(m_path));
        if (const qint64 names = nameCount(m_path); names > 1)
            return fail(Failure::OpenFailed,
                        QCoreApplication::translate(
                            "Database",
                            "%1 has %2 names (hard links). SQLite keeps its journal beside the name a "
                            "database is opened by, so stations using different names would miss each "
                            "other's changes. Remove the extra links and open it by one name; the file was "
                            "not changed.")
                            .arg(m_path)
                            .arg(names));
        if (!file.isWritable())
            return fail(
                Failure::NotWritable,
                QCoreApplication::translate("Database", "%1 is read-only: Packline needs to write to it.")
                    .arg(m_path));
    }
    const QString dirPath = file.absolutePath();
    if (!QDir().mkpath(dirPath))
        return fail(Failure::NotWritable,
                    QCoreApplication::translate("Database", "Cannot create the folder %1 for the database.")
                        .arg(dirPath));
    if (!QFileInfo(dirPath).isWritable())
        return fail(Failure::NotWritable,
                    QCoreApplication::translate(
                        "Database", "The folder %1 is not writable: the database and its journal live there.")
                        .arg(dirPath));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return fail(Failure::OpenFailed,
                        QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                            .arg(m_path, db.lastError().text()));
    }
    m_open = true;
    StatementCache::track(m_connectionName);
    QSqlDatabase db = connection();

    // Read the level before writing anything: a newer file must stay byte-for-byte as it was.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next())
        return fail(Failure::NotADatabase,
                    QCoreApplication::translate("Database", "%1 is not a readable Packline database: %2")
                        .arg(m_path, probe.lastError().text()));
    const int level = probe.value(0).toInt();
    probe.finish();
    if (level > Migrations::latestLevel())
        return fail(Failure::NewerSchema,
                    QCoreApplication::translate(
                        "Database",
                        "%1 was written by a newer Packline (schema level %2; this version knows up to %3). "
                        "Update Packline to open it; the file was not changed.")
                        .arg(m_path)
                        .arg(level)
                        .arg(Migrations::latestLevel()));

    try {
        // PRAGMA values cannot be bound; these are constants (SQLite-only settings).
        Sql::run(db, QStringLiteral("PRAGMA busy_timeout = 10000"));
        Sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        Sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const Error &e) {
        return fail(Failure::OpenFailed,
                    QCoreApplication::translate("Database", "Cannot set up the database %1: %2")
                        .arg(m_path, e.message()));
    }

    QString migrationError;
    if (!Migrations::migrate(db, &migrationError))
        return fail(Failure::MigrationFailed,
                    QCoreApplication::translate("Database",
                                                "Cannot upgrade the database %1: %2. Nothing was changed.")
                        .arg(m_path, migrationError));
    m_schemaLevel = Migrations::currentLevel(db);
    return true;
}

void Database::close()
{
    StatementCache::forget(m_connectionName); // its statements go before the connection does
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

qint64 Database::dataVersion() const
{
    return Sql::scalar(connection(), QStringLiteral("PRAGMA data_version")).toLongLong();
}
