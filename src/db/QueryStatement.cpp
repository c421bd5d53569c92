#include "QueryStatement.h"

#include "Sql.h"

QueryStatement::QueryStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(Sql::prepare(db, sql))
{
    m_query.setForwardOnly(true);
}

QueryStatement &QueryStatement::add(qint64 value)
{
    m_query.bindValue(m_next++, value);
    return *this;
}

QueryStatement &QueryStatement::add(const QString &text)
{
    m_query.bindValue(m_next++, Sql::text(text));
    return *this;
}

QueryStatement &QueryStatement::addNull()
{
    m_query.bindValue(m_next++, QVariant());
    return *this;
}

bool QueryStatement::step()
{
    if (!m_executed) {
        Sql::exec(m_query);
        m_executed = true;
    }
    return m_query.isSelect() && m_query.next();
}

void QueryStatement::reset()
{
    m_query.finish();
    m_next = 0;
    m_executed = false;
}

qint64 QueryStatement::columnInt(int column) const
{
    return m_query.value(column).toLongLong();
}

QString QueryStatement::columnText(int column) const
{
    return m_query.value(column).toString();
}
