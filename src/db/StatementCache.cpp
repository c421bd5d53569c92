#include "StatementCache.h"

#include "Sql.h"

#include <QHash>
#include <QMutex>
#include <memory>

namespace {
// Statements with values spliced into their text (IN lists of varying length) would grow the
// cache without end; past this many it starts again.
constexpr qsizetype MaxStatements = 256;

using Statements = QHash<QString, QSqlQuery>;

QMutex g_lock;
// Connection name → its statements. Each connection is used by one thread at a time (QtSql's
// rule), so only the map itself needs the lock.
QHash<QString, std::shared_ptr<Statements>> g_connections;

std::shared_ptr<Statements> statementsOf(const QString &connectionName)
{
    QMutexLocker locker(&g_lock);
    return g_connections.value(connectionName);
}
} // namespace

void StatementCache::track(const QString &connectionName)
{
    QMutexLocker locker(&g_lock);
    g_connections.insert(connectionName, std::make_shared<Statements>());
}

void StatementCache::forget(const QString &connectionName)
{
    std::shared_ptr<Statements> statements;
    {
        QMutexLocker locker(&g_lock);
        statements = g_connections.take(connectionName);
    }
    // Destroyed here, outside the lock and before the connection closes.
}

QSqlQuery StatementCache::statement(const QSqlDatabase &db, const QString &sql)
{
    const std::shared_ptr<Statements> statements = statementsOf(db.connectionName());
    if (!statements)
        return QSqlQuery();
    // A shared copy on purpose (QtSql deprecates copying): the caller runs the kept statement.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    const auto it = statements->constFind(sql);
    if (it != statements->constEnd())
        return it.value();
    if (statements->size() >= MaxStatements)
        statements->clear();
    QSqlQuery query = Sql::prepare(db, sql);
    statements->insert(sql, query);
    return query;
    QT_WARNING_POP
}

QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED // QHash may copy a kept statement (a shared copy) as it grows
    QSqlQuery
    StatementCache::take(const QSqlDatabase &db, const QString &sql)
{
    if (const std::shared_ptr<Statements> statements = statementsOf(db.connectionName())) {
        const auto it = statements->find(sql);
        if (it != statements->end()) {
            QSqlQuery query = std::move(it.value());
            statements->erase(it);
            return query;
        }
    }
    return Sql::prepare(db, sql);
}

void StatementCache::giveBack(const QSqlDatabase &db, const QString &sql, QSqlQuery query)
{
    query.finish();
    const std::shared_ptr<Statements> statements = statementsOf(db.connectionName());
    if (!statements || statements->contains(sql))
        return;
    if (statements->size() >= MaxStatements)
        statements->clear();
    statements->insert(sql, std::move(query));
}
QT_WARNING_POP

void StatementCache::discard(const QSqlDatabase &db, const QString &sql)
{
    if (const std::shared_ptr<Statements> statements = statementsOf(db.connectionName()))
        statements->remove(sql);
}

qsizetype StatementCache::count(const QString &connectionName)
{
    const std::shared_ptr<Statements> statements = statementsOf(connectionName);
    return statements ? statements->size() : 0;
}

bool StatementCache::isWrite(const QString &sql)
{
    const QStringView text = QStringView(sql).trimmed();
    for (const char *verb : {"INSERT", "UPDATE", "DELETE", "REPLACE"})
        if (text.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
    return false;
}
