#include "Sql.h"

#include "StatementCache.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                    .arg(query.lastError().text(), sql.simplified().left(200)));
}
} // namespace

QSqlQuery Sql::prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query, sql);
    return query;
}

void Sql::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

namespace {
// A cached statement when one may be reused here, else a fresh one.
QSqlQuery statementFor(const QSqlDatabase &db, const QString &sql, bool reusable)
{
    if (reusable) {
        QSqlQuery cached = StatementCache::statement(db, sql);
        if (!cached.lastQuery().isEmpty()) {
            cached.finish();
            return cached;
        }
    }
    return Sql::prepare(db, sql);
}

void bindAndExec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    Sql::exec(query);
}
} // namespace

QSqlQuery Sql::run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = statementFor(db, sql, StatementCache::isWrite(sql));
    bindAndExec(query, values);
    return query;
}

std::optional<QVariantList> Sql::firstRow(const QSqlDatabase &db, const QString &sql,
                                          std::initializer_list<QVariant> values)
{
    QSqlQuery query = statementFor(db, sql, true);
    bindAndExec(query, values);
    std::optional<QVariantList> row;
    if (query.next()) {
        const int columns = query.record().count();
        row.emplace();
        row->reserve(columns);
        for (int c = 0; c < columns; ++c)
            row->append(query.value(c));
    }
    query.finish(); // a kept statement must not hold a read open
    return row;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    const std::optional<QVariantList> row = firstRow(db, sql, values);
    return row ? row->value(0) : QVariant();
}
