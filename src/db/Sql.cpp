#include "Sql.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &sql) {
    throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                    .arg(query.lastError().text(), sql.simplified().left(200)));
}
} // namespace

QSqlQuery Sql::prepare(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query, sql);
    return query;
}

void Sql::exec(QSqlQuery &query) {
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery Sql::run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values) {
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    exec(query);
    return query;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values) {
    QSqlQuery query = run(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}
