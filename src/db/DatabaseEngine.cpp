#include "DatabaseEngine.h"

#include "BulkStatement.h"

#include "PostgresEngine.h"
#include "SqliteEngine.h"

const DatabaseEngine &DatabaseEngine::of(const QSqlDatabase &db)
{
    static const SqliteEngine sqlite;
    static const PostgresEngine postgres;
    if (db.driverName() == PostgresEngine::driverName())
        return postgres;
    return sqlite;
}

std::unique_ptr<BulkStatement> BulkStatement::make(const QSqlDatabase &db, const QString &sql)
{
    return DatabaseEngine::of(db).bulkStatement(db, sql);
}
