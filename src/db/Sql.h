#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>
#include <span>

// Thin helpers so core code reads as SQL plus bound values; every failure throws Error
// naming the statement, so a Transaction on the stack rolls back.
namespace Sql {
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
void exec(QSqlQuery &query);
// Binds values positionally, then executes (a prepared statement run again).
void exec(QSqlQuery &query, std::initializer_list<QVariant> values);
// Prepare, bind positionally, execute.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
// The same with values gathered at run time (a filter's conditions, an IN list).
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Runs a query whose rows are read once, in order, each forgotten when the next comes (forward
// only: the engine hands rows over as it makes them, so a table of millions is not held at once).
QSqlQuery stream(const QSqlDatabase &db, const QString &sql);
// The same with bound values.
QSqlQuery stream(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values);
// The first row's columns, or nullopt when there is none. The statement is finished before this
// returns, so it is kept prepared (StatementCache) for the next call.
std::optional<QVariantList> firstRow(const QSqlDatabase &db, const QString &sql,
                                     std::initializer_list<QVariant> values = {});
std::optional<QVariantList> firstRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Runs an INSERT of one row (sql without RETURNING) and returns the new row's id, which the
// database numbered (RETURNING id: the same on every engine).
qint64 insert(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
// The new row's id from a prepared "INSERT … RETURNING id" just executed (a statement run many times).
qint64 returnedId(QSqlQuery &query);
// First column of the first row, or an invalid QVariant when there is no row (as firstRow).
QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Column names (from the catalog, never a person's text) quoted as identifiers, comma-separated.
QString columnList(const QSqlDatabase &db, const QStringList &columns);
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

// A statement one owner runs many times (a loop over orders, a print job, a pager): prepared on
// its first run only, and the owner's alone while the owner lives, so rows it reads are never run
// over by anyone else. It is taken from the connection's StatementCache (parsed there once per
// connection) and put back when the owner is done, so the next owner does not parse it again; a
// connection opened again since (Reconnection) gets it prepared afresh. Values are bound and
// failures throw Error, as run().
class Statement {
public:
    Statement(const QSqlDatabase &db, QString sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds values in order and executes. A SELECT's rows are read from the query returned, until
    // the next run() or finish(): finish it when done, so no read snapshot lingers.
    QSqlQuery &run(std::initializer_list<QVariant> values = {});
    QSqlQuery &run(const QVariantList &values);
    // The first row's columns (nullopt when none) or its first column (invalid when none); the
    // cursor is finished.
    std::optional<QVariantList> firstRow(std::initializer_list<QVariant> values = {});
    QVariant scalar(std::initializer_list<QVariant> values = {});
    void finish() { m_query.finish(); }
    const QString &sql() const { return m_sql; }

private:
    QSqlQuery &exec(std::span<const QVariant> values);

    QSqlDatabase m_db;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_generation = 0; // of the connection it was prepared on (Reconnection)
};
} // namespace Sql
