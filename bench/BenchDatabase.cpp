#include "BenchDatabase.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QFileInfo>

double databaseMb(const Database &db)
{
    if (db.engineName() == QStringLiteral("PostgreSQL"))
        return Sql::scalar(db.connection(), QStringLiteral("SELECT pg_database_size(current_database())"))
                   .toLongLong() /
               1048576.0;
    const QString path = db.path();
    return (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0;
}
