#include "orders/OrdersPager.h"

#include "db/Sql.h"
#include "orders/OrdersQuery.h"

#include <algorithm>

QString OrdersSortKey::orderBy() const
{
    QStringList terms;
    for (const SortPart &p : parts) {
        QString t = p.column + (p.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        // SQLite's own NULL order, written out so PostgreSQL (NULLs last ascending) reads the same.
        if (p.nullable)
            t += p.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        terms << t;
    }
    return terms.join(QStringLiteral(", "));
}

OrdersPager::OrdersPager(QSqlDatabase db, const QStringList &columns, const OrdersFilter &filter,
                         OrdersSortKey key)
    : m_db(std::move(db))
    , m_key(std::move(key))
{
    const OrdersQuery where = OrdersQuery::from(filter, m_key.stageByIndex);
    m_where = where.where;
    // Rows read by id test the stage too, written so the planner looks each id up instead of
    // walking the stage's index (same values, same order).
    m_whereById = OrdersQuery::from(filter, false).where;
    m_values = where.values;
    m_orderBy = m_key.orderBy();
    m_keyAt = int(columns.size());
    QStringList all = columns;
    for (const SortPart &p : std::as_const(m_key.parts))
        all << p.column;
    m_select = QStringLiteral("SELECT ") + all.join(QStringLiteral(", ")) + QStringLiteral(" FROM orders");
}

// The rows after the cursor (v0, v1, …, id) in key order are, one piece after the other:
//   k0 = v0 AND … AND k(n-2) = v(n-2) AND id after v(n-1)
//   …
//   k0 after v0
// where "after" follows the direction and NULL order (NULL lowest): ascending, after v is
// k > v (after NULL: k IS NOT NULL); descending, after v is k < v and then the NULLs (after
// NULL: nothing). Equal to NULL is IS NULL. Each piece is an equality prefix and one range:
// exactly what an index on the key serves.
QList<OrdersPager::Piece> OrdersPager::pieces() const
{
    QList<Piece> result;
    if (m_cursor.isEmpty())
        return {Piece{}};
    const QList<SortPart> &parts = m_key.parts;
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        Piece prefix;
        for (qsizetype j = 0; j < i; ++j) {
            if (m_cursor.at(j).isNull()) {
                prefix.conditions << parts.at(j).column + QStringLiteral(" IS NULL");
            } else {
                prefix.conditions << parts.at(j).column + QStringLiteral(" = ?");
                prefix.values << m_cursor.at(j);
            }
        }
        const SortPart &p = parts.at(i);
        const QVariant &v = m_cursor.at(i);
        auto add = [&](const QString &condition, bool bound) {
            Piece piece = prefix;
            piece.conditions << p.column + condition;
            if (bound)
                piece.values << v;
            result << piece;
        };
        if (!p.descending) {
            if (v.isNull())
                add(QStringLiteral(" IS NOT NULL"), false);
            else
                add(QStringLiteral(" > ?"), true);
        } else if (!v.isNull()) {
            add(QStringLiteral(" < ?"), true);
            if (p.nullable)
                add(QStringLiteral(" IS NULL"), false);
        }
    }
    if (!m_key.seekable && result.size() > 1) {
        // One scan: the pieces as one OR (no index order to walk piece by piece).
        QStringList ors;
        Piece all;
        for (const Piece &piece : std::as_const(result)) {
            ors << u'(' + piece.conditions.join(QStringLiteral(" AND ")) + u')';
            all.values << piece.values;
        }
        all.conditions << u'(' + ors.join(QStringLiteral(" OR ")) + u')';
        return {all};
    }
    return result;
}

namespace {
constexpr int kByIds = 256; // ids a page's read binds (padded with the last): one statement

// What joins one more condition to where.
QString whereOrAnd(const QString &where)
{
    return where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
}
} // namespace

QString OrdersPager::listSql() const
{
    const Piece after = pieces().constFirst(); // unseekable: the rows after the cursor as one OR
    return QStringLiteral("SELECT id FROM orders") + m_where + whereOrAnd(m_where) +
           after.conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") + m_orderBy;
}

QString OrdersPager::byIdsSql() const
{
    // The filter again: a row that left it since the list was made is not shown.
    return m_select + m_whereById + whereOrAnd(m_whereById) + QStringLiteral("id IN (") +
           QStringLiteral("?,").repeated(kByIds - 1) + QStringLiteral("?) ORDER BY ") + m_orderBy;
}

QStringList OrdersPager::nextSql() const
{
    if (!m_key.seekable && !m_cursor.isEmpty())
        return m_listed ? QStringList{byIdsSql()} : QStringList{listSql(), byIdsSql()};
    QStringList sql;
    for (const Piece &piece : pieces()) {
        QString where = m_where;
        if (!piece.conditions.isEmpty())
            where += whereOrAnd(where) + piece.conditions.join(QStringLiteral(" AND "));
        sql << m_select + where + QStringLiteral(" ORDER BY ") + m_orderBy + QStringLiteral(" LIMIT ?");
    }
    return sql;
}

Sql::Statement &OrdersPager::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.try_emplace(sql, m_db, sql).first;
    return it->second;
}

int OrdersPager::next(int limit, const std::function<void(const QSqlQuery &)> &row)
{
    if (!m_key.seekable && !m_cursor.isEmpty())
        return nextListed(limit, row);
    const QList<Piece> list = pieces();
    const QStringList sql = nextSql();
    int read = 0;
    for (qsizetype i = 0; i < list.size() && read < limit; ++i) {
        read +=
            readRows(prepared(sql.at(i)).run(m_values + list.at(i).values + QVariantList{limit - read}), row);
    }
    return read;
}

int OrdersPager::readRows(QSqlQuery &q, const std::function<void(const QSqlQuery &)> &row)
{
    int read = 0;
    QVariantList last;
    while (q.next()) {
        row(q);
        ++read;
        last.clear();
        for (qsizetype k = 0; k < m_key.parts.size(); ++k)
            last << q.value(m_keyAt + int(k));
    }
    q.finish();
    if (!last.isEmpty())
        m_cursor = last;
    return read;
}

int OrdersPager::nextListed(int limit, const std::function<void(const QSqlQuery &)> &row)
{
    if (!m_listed) {
        QSqlQuery q = Sql::run(m_db, listSql(), m_values + pieces().constFirst().values);
        while (q.next())
            m_ids << q.value(0).toLongLong();
        m_idAt = 0;
        m_listed = true;
    }
    // Rows gone since the list was made are skipped: a page is short only at the list's end.
    int read = 0;
    while (read < limit && m_idAt < m_ids.size()) {
        const qsizetype take = std::min<qsizetype>({qsizetype(limit - read), m_ids.size() - m_idAt, kByIds});
        QVariantList values = m_values;
        for (qsizetype i = 0; i < kByIds; ++i)
            values << m_ids.at(m_idAt + std::min(i, take - 1));
        m_idAt += take;
        read += readRows(prepared(byIdsSql()).run(values), row);
    }
    return read;
}
