#include "PreparedStatements.h"

#include "Reconnection.h"
#include "Sql.h"
#include "base/Error.h"

PreparedStatements::PreparedStatements(const QSqlDatabase &db)
    : m_db(db)
{
}

PreparedStatements::~PreparedStatements() = default;

QSqlQuery &PreparedStatements::run(const QString &sql, std::initializer_list<QVariant> values)
{
    if (Reconnection::reopenedSince(m_db, m_generation))
        m_queries.clear(); // prepared on a connection that was lost since
    std::shared_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query)
        query = std::make_shared<QSqlQuery>(Sql::prepare(m_db, sql));
    query->finish();
    try {
        Sql::exec(*query, values);
    } catch (const Error &) {
        m_queries.remove(sql); // QtSql finalizes a statement whose values failed to bind
        throw;
    }
    return *query;
}

QVariant PreparedStatements::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = run(sql, values);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}
