#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>

// Thin helpers so core code reads as SQL plus bound values; every failure throws Error
// naming the statement, so a Transaction on the stack rolls back.
namespace Sql {
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
void exec(QSqlQuery &query);
// Binds values positionally, then executes (a prepared statement run again).
void exec(QSqlQuery &query, std::initializer_list<QVariant> values);
// Prepare, bind positionally, execute.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
// Runs a query whose rows are read once, in order, each forgotten when the next comes (forward
// only: the engine hands rows over as it makes them, so a table of millions is not held at once).
QSqlQuery stream(const QSqlDatabase &db, const QString &sql);
// The first row's columns, or nullopt when there is none. The statement is finished before this
// returns, so it is kept prepared (StatementCache) for the next call.
std::optional<QVariantList> firstRow(const QSqlDatabase &db, const QString &sql,
                                     std::initializer_list<QVariant> values = {});
// Runs an INSERT of one row (sql without RETURNING) and returns the new row's id, which the
// database numbered (RETURNING id: the same on every engine).
qint64 insert(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
// The new row's id from a prepared "INSERT … RETURNING id" just executed (a statement run many times).
qint64 returnedId(QSqlQuery &query);
// First column of the first row, or an invalid QVariant when there is no row (as firstRow).
QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
// A NOT NULL text column takes "" for a null QString (QtSql binds a null QString as NULL).
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
// An optional column takes NULL for an empty string.
inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace Sql
