#include "PreparedStatements.h"

#include "Sql.h"

PreparedStatements::PreparedStatements(const QSqlDatabase &db)
    : m_db(db)
{
}

PreparedStatements::~PreparedStatements() = default;

QSqlQuery &PreparedStatements::run(const QString &sql, std::initializer_list<QVariant> values)
{
    std::shared_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query)
        query = std::make_shared<QSqlQuery>(Sql::prepare(m_db, sql));
    query->finish();
    int i = 0;
    for (const QVariant &v : values)
        query->bindValue(i++, v);
    Sql::exec(*query);
    return *query;
}

QVariant PreparedStatements::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = run(sql, values);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}
