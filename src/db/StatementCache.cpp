#include "StatementCache.h"

#include "Sql.h"

#include <QSqlDriver>

namespace {
// Statements with values spliced into their text (IN lists of varying length) would grow the
// cache without end; past this many it starts again.
constexpr qsizetype MaxStatements = 256;

// The driver's property that points at its connection's cache.
constexpr char CacheProperty[] = "packline_statementCache";
} // namespace

StatementCache::~StatementCache()
{
    detach();
}

StatementCache *StatementCache::of(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver ? static_cast<StatementCache *>(driver->property(CacheProperty).value<void *>()) : nullptr;
}

void StatementCache::attach(const QSqlDatabase &db)
{
    detach();
    m_driver = db.driver();
    if (m_driver)
        m_driver->setProperty(CacheProperty, QVariant::fromValue(static_cast<void *>(this)));
}

void StatementCache::detach()
{
    clear(); // the statements go before the connection does
    if (m_driver && m_driver->property(CacheProperty).value<void *>() == this)
        m_driver->setProperty(CacheProperty, QVariant());
    m_driver = nullptr;
}

void StatementCache::clear()
{
    m_statements.clear();
}

QSqlQuery StatementCache::statement(const QSqlDatabase &db, const QString &sql)
{
    StatementCache *cache = of(db);
    if (!cache)
        return QSqlQuery();
    QHash<QString, QSqlQuery> &statements = cache->m_statements;
    // A shared copy on purpose (QtSql deprecates copying): the caller runs the kept statement.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    const auto it = statements.constFind(sql);
    if (it != statements.constEnd())
        return it.value();
    if (statements.size() >= MaxStatements)
        statements.clear();
    QSqlQuery query = Sql::prepare(db, sql);
    statements.insert(sql, query);
    return query;
    QT_WARNING_POP
}

QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED // QHash may copy a kept statement (a shared copy) as it grows
    QSqlQuery
    StatementCache::take(const QSqlDatabase &db, const QString &sql)
{
    if (StatementCache *cache = of(db)) {
        const auto it = cache->m_statements.find(sql);
        if (it != cache->m_statements.end()) {
            QSqlQuery query = std::move(it.value());
            cache->m_statements.erase(it);
            return query;
        }
    }
    return Sql::prepare(db, sql);
}

void StatementCache::giveBack(const QSqlDatabase &db, const QString &sql, QSqlQuery query)
{
    query.finish();
    StatementCache *cache = of(db);
    if (!cache || cache->m_statements.contains(sql))
        return;
    if (cache->m_statements.size() >= MaxStatements)
        cache->m_statements.clear();
    cache->m_statements.insert(sql, std::move(query));
}
QT_WARNING_POP

void StatementCache::discard(const QSqlDatabase &db, const QString &sql)
{
    if (StatementCache *cache = of(db))
        cache->m_statements.remove(sql);
}

bool StatementCache::isWrite(const QString &sql)
{
    const QStringView text = QStringView(sql).trimmed();
    for (const char *verb : {"INSERT", "UPDATE", "DELETE", "REPLACE"})
        if (text.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
    return false;
}
