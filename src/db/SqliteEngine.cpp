#include "SqliteEngine.h"

#include "BulkLoad.h"
#include "Sql.h"
#include "SqliteStatement.h"

void SqliteEngine::setUpSession(const QSqlDatabase &db) const
{
    // PRAGMA values cannot be bound; these are constants.
    Sql::run(db, QStringLiteral("PRAGMA busy_timeout = 10000"));
    Sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    Sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

int SqliteEngine::schemaLevel(const QSqlDatabase &db, bool *foreign) const
{
    if (foreign)
        *foreign = false; // a file that is not SQLite's is refused before it is opened
    return Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void SqliteEngine::recordSchemaLevel(const QSqlDatabase &db, int level) const
{
    // PRAGMA takes no bound values; the level is our own integer.
    Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(level));
}

qint64 SqliteEngine::othersChanges(const QSqlDatabase &db) const
{
    return Sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
}

qint64 SqliteEngine::anyChanges(const QSqlDatabase &db) const
{
    // Both only grow, so their sum stays put exactly when neither moved.
    const auto row =
        Sql::firstRow(db, QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version"));
    return row ? row->value(0).toLongLong() + row->value(1).toLongLong() : -1;
}

void SqliteEngine::prepareBulkWrite(const QSqlDatabase &db) const
{
    // A bigger page cache for the one long transaction, so index pages are not spilled to the WAL
    // and read back again and again: with 64 MB a 100k-order file wrote each page about four times
    // (strace: 125k pwrites for a 29k-page file). 96 MB keeps a 1M-order import inside its 300 MB
    // budget.
    Sql::run(db, QStringLiteral("PRAGMA cache_size = -98304"));
    // Inside the long transaction every insert keeps a statement journal of the pages it touches.
    // Once one statement's journal outgrew 64 KiB SQLite kept it as a temp file for the rest of the
    // connection: 2.26M of a 100k-order import's 2.4M pwrites (strace) went to it. In memory it
    // holds one statement's pages at a time.
    Sql::run(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

QList<DatabaseEngine::Index> SqliteEngine::indexesToSetAside(const QSqlDatabase &db,
                                                             const QString &table) const
{
    // Those a CREATE INDEX made (origin 'c'; not a constraint's), but not the unique ones (they check
    // what is written) nor the partial ones: a row their WHERE leaves out costs them nothing, and a
    // new order is in none of most (a tracking number, a merge), while making one again reads the
    // whole table.
    QList<Index> indexes;
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT i.name, m.sql FROM pragma_index_list(?) i JOIN sqlite_master m "
                                "ON m.name = i.name WHERE i.origin = 'c' AND i.\"unique\" = 0 AND "
                                "i.partial = 0 ORDER BY i.seq DESC"),
                 {table});
    while (q.next())
        indexes << Index{q.value(0).toString(), q.value(1).toString()};
    return indexes;
}

std::unique_ptr<BulkStatement> SqliteEngine::bulkStatement(const QSqlDatabase &db, const QString &sql) const
{
    return std::make_unique<SqliteStatement>(db, sql);
}

QMap<QString, QStringList> SqliteEngine::tableReferences(const QSqlDatabase &db) const
{
    QMap<QString, QStringList> references;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                              "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    while (q.next())
        references.insert(q.value(0).toString(), {});
    q = Sql::run(db, QStringLiteral("SELECT m.name, f.\"table\" FROM sqlite_master m, "
                                    "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"));
    while (q.next()) {
        QStringList &parents = references[q.value(0).toString()];
        if (!parents.contains(q.value(1).toString()))
            parents << q.value(1).toString();
    }
    return references;
}

std::unique_ptr<BulkLoad> SqliteEngine::bulkLoad(const QSqlDatabase &db, const QString &table,
                                                 const QStringList &columns) const
{
    // Foreign keys are checked at COMMIT, as PostgreSQL's COPY checks them at its end: a row may
    // reference one loaded after it.
    Sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    return BulkLoad::byInsert(db, table, columns);
}

std::unique_ptr<BulkLoad> SqliteEngine::bulkInsertNew(const QSqlDatabase &db, const QString &table,
                                                      const QStringList &columns,
                                                      const QStringList &key) const
{
    return BulkLoad::byInsert(db, table, columns, key);
}
