#include "Database.h"

#include "DatabaseEngine.h"
#include "Migrations.h"
#include "PostgresEngine.h"
#include "Reconnection.h"
#include "ServerAddress.h"
#include "SqliteEngine.h"
#include "StatementCache.h"
#include "base/Error.h"
#include "base/PrivateFiles.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <sys/stat.h>

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

// "file:///…", "mysql://…": a URL, not a file name to create (postgresql:// is a server).
bool isUrl(const QString &path)
{
    static const QRegularExpression url(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+://|postgres(ql)?:)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(path).hasMatch();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
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

bool Database::open(const QString &path, IfMissing ifMissing)
{
    close();
    // A new name for every connection made: caches keyed by connection name (StageCounts) then
    // never mistake a reopened database for the connection they saw.
    m_connectionName = QStringLiteral("packline-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_failure = Failure::None;
    m_error.clear();
    m_schemaLevel = 0;
    if (ServerAddress::isServerUrl(path))
        return openServer(path, ifMissing);
    if (isUrl(path)) { // SQLite would make a file called "file:" and report success
        m_path = m_location = path;
        return fail(Failure::Unsupported,
                    tr("%1 is a URL Packline does not open: give --db the path of a database file, or a "
                       "postgresql:// URI naming a PostgreSQL server.")
                        .arg(path));
    }
    return openFile(path, ifMissing);
}

bool Database::openServer(const QString &uri, IfMissing ifMissing)
{
    const ServerAddress address = ServerAddress::parse(uri);
    m_path = address.valid() ? address.uri() : QString(); // the given text may hold a password
    m_location = address.valid() ? address.shown() : QString();
    if (!address.valid())
        return fail(Failure::OpenFailed, address.error());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(PostgresEngine::driverName(), m_connectionName);
        if (!db.isValid())
            return fail(Failure::OpenFailed,
                        tr("This Packline cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL, "
                           "Debian package libqt6sql6-psql) is not installed."));
        address.applyTo(db);
        if (!db.open())
            return fail(Failure::ServerUnreachable,
                        tr("Cannot connect to the PostgreSQL server at %1:%2 (database %3): %4")
                            .arg(address.host().isEmpty() ? QStringLiteral("localhost") : address.host())
                            .arg(address.port() > 0 ? address.port() : 5432)
                            .arg(address.database(), db.lastError().databaseText().simplified()));
    }
    return setUp(ifMissing);
}

bool Database::openFile(const QString &path, IfMissing ifMissing)
{
    m_path = m_location = QFileInfo(path).absoluteFilePath();

    struct stat st {};
    const bool exists = ::stat(QFile::encodeName(m_path).constData(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return fail(Failure::NotADatabase, tr("%1 is a folder, not a database file.").arg(m_path));
    // Checked before anything opens it: reading a pipe would hang, and SQLite would leave a
    // journal beside a device ("/dev/null-journal").
    if (exists && !S_ISREG(st.st_mode))
        return fail(Failure::NotADatabase,
                    tr("%1 is not an ordinary file (a device or a pipe): a Packline database is a file. "
                       "Nothing was written.")
                        .arg(m_path));
    const QFileInfo file(m_path);
    const QString dirPath = file.absolutePath();
    if (exists) {
        if (!looksLikeSqlite(m_path))
            return fail(
                Failure::NotADatabase,
                tr("%1 is not a Packline database (not an SQLite file). It was not changed.").arg(m_path));
        if (const qint64 names = nameCount(m_path); names > 1)
            return fail(Failure::OpenFailed,
                        tr("%1 has %2 names (hard links). SQLite keeps its journal beside the name a "
                           "database is opened by, so stations using different names would miss each "
                           "other's changes. Remove the extra links and open it by one name; the file was "
                           "not changed.")
                            .arg(m_path)
                            .arg(names));
        if (!file.isWritable())
            return fail(Failure::NotWritable,
                        tr("%1 is read-only: Packline needs to write to it.").arg(m_path));
    } else {
        if (ifMissing == IfMissing::Refuse)
            return fail(Failure::NoDatabase,
                        tr("No database at %1. Check the path (--db or $PACKLINE_DB); packline import or "
                           "packline demo creates a new one.")
                            .arg(m_path));
        if (!QFileInfo(dirPath).isDir()) {
            if (ifMissing != IfMissing::CreateWithFolders)
                return fail(
                    Failure::NotWritable,
                    tr("The folder %1 does not exist: Packline does not create folders for a database "
                       "path it was given. Check the path, or create the folder first.")
                        .arg(dirPath));
            if (!PrivateFiles::makeFolders(dirPath))
                return fail(Failure::NotWritable,
                            tr("Cannot create the folder %1 for the database.").arg(dirPath));
        }
    }
    if (!QFileInfo(dirPath).isWritable())
        return fail(
            Failure::NotWritable,
            tr("The folder %1 is not writable: the database and its journal live there.").arg(dirPath));
    // Made 0600 before SQLite opens it: its -wal and -shm files take the database file's mode.
    try {
        if (!exists)
            PrivateFiles::createEmpty(m_path);
    } catch (const Error &e) {
        return fail(Failure::NotWritable, tr("Cannot create the database %1: %2").arg(m_path, e.message()));
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqliteEngine::driverName(), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return fail(Failure::OpenFailed,
                        QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                            .arg(m_path, db.lastError().text()));
    }
    return setUp(IfMissing::Create); // the file is there now; an empty one gets the schema
}

namespace {
struct SetUpFailure {
    Database::Failure failure = Database::Failure::None;
    QString message;
};

// The engine's part of opening, on a connected db: the level read before anything is written (a
// newer or foreign database must stay as it was), the session, the migrations, change notification.
SetUpFailure setUpConnection(const QSqlDatabase &db, const QString &location, Database::IfMissing ifMissing,
                             int *schemaLevel)
{
    using F = Database::Failure;
    const DatabaseEngine &engine = DatabaseEngine::of(db);
    int level = 0;
    bool foreign = false;
    try {
        level = engine.schemaLevel(db, &foreign);
    } catch (const Error &e) {
        return {F::NotADatabase,
                QCoreApplication::translate("Database", "%1 is not a readable Packline database: %2")
                    .arg(location, e.message())};
    }
    if (foreign)
        return {F::NotADatabase,
                QCoreApplication::translate(
                    "Database", "%1 holds tables that are not Packline's (no schema_migrations table). "
                                "Packline uses a database of its own; nothing was changed.")
                    .arg(location)};
    if (level == 0 && ifMissing == Database::IfMissing::Refuse)
        return {F::NoDatabase,
                QCoreApplication::translate(
                    "Database", "The database %1 has no Packline tables yet. packline import or packline "
                                "demo creates them.")
                    .arg(location)};
    if (level > Migrations::latestLevel())
        return {F::NewerSchema,
                QCoreApplication::translate(
                    "Database", "%1 was written by a newer Packline (schema level %2; this version knows up "
                                "to %3). Update Packline to open it; the database was not changed.")
                    .arg(location)
                    .arg(level)
                    .arg(Migrations::latestLevel())};
    try {
        engine.setUpSession(db);
    } catch (const Error &e) {
        return {F::OpenFailed, QCoreApplication::translate("Database", "Cannot set up the database %1: %2")
                                   .arg(location, e.message())};
    }
    try {
        Migrations::migrate(db);
    } catch (const Error &e) {
        return {F::MigrationFailed,
                QCoreApplication::translate("Database",
                                            "Cannot upgrade the database %1: %2. Nothing was changed.")
                    .arg(location, e.message())};
    }
    *schemaLevel = Migrations::currentLevel(db);
    engine.watchChanges(db);
    return {};
}
} // namespace

bool Database::setUp(IfMissing ifMissing)
{
    m_open = true;
    m_statements.attach(connection());
    // The connection's handle is let go before a failure closes it.
    const SetUpFailure outcome = setUpConnection(connection(), m_location, ifMissing, &m_schemaLevel);
    return outcome.failure == Failure::None || fail(outcome.failure, outcome.message);
}

void Database::close()
{
    m_statements.detach(); // its statements go before the connection does
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
    const QSqlDatabase db = connection();
    // A server that went away closes the notification socket, which marks the connection lost:
    // the watcher's next poll connects again (and counts a change, so every view reloads).
    Reconnection::ensure(db);
    return DatabaseEngine::of(db).othersChanges(db);
}

QString Database::engineName() const
{
    return DatabaseEngine::of(connection()).name();
}
