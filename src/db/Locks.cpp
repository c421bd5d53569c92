#include "Locks.h"

#include "DatabaseEngine.h"

QString Locks::forUpdate(const QSqlDatabase &db, const QString &sql)
{
    return sql + DatabaseEngine::of(db).lockRowsClause();
}

QString Locks::forUpdateSkipLocked(const QSqlDatabase &db, const QString &sql)
{
    return sql + DatabaseEngine::of(db).lockFreeRowsClause();
}

void Locks::topic(const QSqlDatabase &db, const QString &topic)
{
    DatabaseEngine::of(db).lockTopic(db, topic);
}
