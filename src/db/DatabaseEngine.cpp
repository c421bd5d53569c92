#include "DatabaseEngine.h"

#include "BulkStatement.h"

#include "PostgresEngine.h"
#include "SqliteEngine.h"
#include "base/Error.h"

#include <QSqlDriver>

namespace {
const SqliteEngine sqlite;
const PostgresEngine postgres;
} // namespace

const DatabaseEngine &DatabaseEngine::of(const QSqlDatabase &db)
{
    if (db.driverName() == PostgresEngine::driverName())
        return postgres;
    return sqlite;
}

const DatabaseEngine &DatabaseEngine::of(const QSqlDriver *driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return postgres;
    return sqlite;
}

std::unique_ptr<BulkStatement> BulkStatement::make(const QSqlDatabase &db, const QString &sql)
{
    return DatabaseEngine::of(db).bulkStatement(db, sql);
}

QList<qint64> DatabaseEngine::newIds(const QSqlDatabase &, const QString &table, int) const
{
    // A programming error, never a person's: intake asks only when newRowBatch() says to.
    throw Error(QStringLiteral("%1 numbers the rows of %2 as it inserts them").arg(name(), table));
}
