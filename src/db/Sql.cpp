#include "Sql.h"

#include "DatabaseBusy.h"
#include "DatabaseBusyError.h"
#include "DatabaseEngine.h"
#include "Reconnection.h"
#include "StatementCache.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    if (Reconnection::lost(query.driver()))
        Reconnection::fail(query.lastError().text(), true);
    if (DatabaseBusy::is(query.lastError())) // the raw "database is locked" tells a person nothing
        throw DatabaseBusyError(DatabaseBusy::explain(QSqlDatabase()),
                                DatabaseBusy::retryable(query.lastError()));
    throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                    .arg(query.lastError().text(), sql.simplified().left(200)));
}

// Before a statement: a lost connection is opened again, and writes sent ahead are answered.
void ready(const QSqlDatabase &db)
{
    Reconnection::ensure(db);
    DatabaseEngine::of(db).settleWrites(db.driver());
}
} // namespace

QSqlQuery Sql::prepare(const QSqlDatabase &db, const QString &sql)
{
    ready(db);
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query, sql);
    return query;
}

QSqlQuery Sql::stream(const QSqlDatabase &db, const QString &sql)
{
    ready(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query, sql);
    exec(query);
    return query;
}

void Sql::exec(QSqlQuery &query)
{
    DatabaseEngine::of(query.driver()).settleWrites(query.driver()); // a statement prepared earlier
    // Flags are INTEGER 0/1 columns: a bool binds as 1/0 on every engine (PostgreSQL's driver
    // would send TRUE, which an integer column refuses).
    const QVariantList bound = query.boundValues();
    for (qsizetype i = 0; i < bound.size(); ++i) {
        if (bound.at(i).typeId() == QMetaType::Bool)
            query.bindValue(int(i), bound.at(i).toBool() ? 1 : 0);
    }
    if (!query.exec())
        fail(query, query.lastQuery());
}

void Sql::exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    exec(query);
}

namespace {
// A statement to run sql with: the kept one when it may be reused here, else a fresh one.
struct Statement {
    QSqlQuery query;
    bool kept = false;
};

Statement statementFor(const QSqlDatabase &db, const QString &sql, bool reusable)
{
    if (reusable) {
        ready(db); // before the cache: connecting again empties it
        QSqlQuery cached = StatementCache::statement(db, sql);
        if (!cached.lastQuery().isEmpty()) {
            cached.finish();
            return {std::move(cached), true};
        }
    }
    return {Sql::prepare(db, sql), false};
}

void bindAndExec(const QSqlDatabase &db, Statement &s, std::initializer_list<QVariant> values)
{
    try {
        Sql::exec(s.query, values);
    } catch (const Error &) {
        if (s.kept) // QtSql finalizes a statement whose values failed to bind: parse it afresh
            StatementCache::discard(db, s.query.lastQuery());
        throw;
    }
}
} // namespace

QSqlQuery Sql::run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    if (values.size() == 0 && !DatabaseEngine::of(db).canPrepare(sql)) { // DDL, SET, COMMIT on a server
        ready(db);
        QSqlQuery query(db);
        if (!query.exec(sql))
            fail(query, sql);
        return query;
    }
    Statement s = statementFor(db, sql, StatementCache::isWrite(sql));
    bindAndExec(db, s, values);
    return std::move(s.query);
}

std::optional<QVariantList> Sql::firstRow(const QSqlDatabase &db, const QString &sql,
                                          std::initializer_list<QVariant> values)
{
    Statement s = statementFor(db, sql, true);
    bindAndExec(db, s, values);
    QSqlQuery &query = s.query;
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

qint64 Sql::insert(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    const std::optional<QVariantList> row = firstRow(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!row)
        throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                        .arg(QStringLiteral("no row inserted"), sql.simplified().left(200)));
    return row->value(0).toLongLong();
}

qint64 Sql::returnedId(QSqlQuery &query)
{
    if (!query.next())
        throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                        .arg(QStringLiteral("no row inserted"), query.lastQuery().simplified().left(200)));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    const std::optional<QVariantList> row = firstRow(db, sql, values);
    return row ? row->value(0) : QVariant();
}
