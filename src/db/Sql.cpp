#include "Sql.h"

#include "DatabaseBusy.h"
#include "DatabaseBusyError.h"
#include "DatabaseEngine.h"
#include "Reconnection.h"
#include "StatementCache.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
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

QString Sql::columnList(const QSqlDatabase &db, const QStringList &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const QString &c : columns)
        names << db.driver()->escapeIdentifier(c, QSqlDriver::FieldName);
    return names.join(u',');
}

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
    return stream(db, sql, {});
}

QSqlQuery Sql::stream(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    ready(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query, sql);
    exec(query, values);
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

namespace {
void bindAndExec(QSqlQuery &query, std::span<const QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    Sql::exec(query);
}
} // namespace

void Sql::exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    bindAndExec(query, values);
}

namespace {
// The current row's columns, or nullopt at the end; the query is finished (a kept statement must
// not hold a read open).
std::optional<QVariantList> firstRowOf(QSqlQuery &query)
{
    std::optional<QVariantList> row;
    if (query.next()) {
        const int columns = query.record().count();
        row.emplace();
        row->reserve(columns);
        for (int c = 0; c < columns; ++c)
            row->append(query.value(c));
    }
    query.finish();
    return row;
}

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

void bindAndExec(const QSqlDatabase &db, Statement &s, std::span<const QVariant> values)
{
    try {
        bindAndExec(s.query, values);
    } catch (const Error &) {
        if (s.kept) // QtSql finalizes a statement whose values failed to bind: parse it afresh
            StatementCache::discard(db, s.query.lastQuery());
        throw;
    }
}

QSqlQuery runWith(const QSqlDatabase &db, const QString &sql, std::span<const QVariant> values)
{
    if (values.empty() && !DatabaseEngine::of(db).canPrepare(sql)) { // DDL, SET, COMMIT on a server
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

std::optional<QVariantList> firstRowWith(const QSqlDatabase &db, const QString &sql,
                                         std::span<const QVariant> values)
{
    Statement s = statementFor(db, sql, true);
    bindAndExec(db, s, values);
    return firstRowOf(s.query);
}
} // namespace

QSqlQuery Sql::run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return runWith(db, sql, values);
}

QSqlQuery Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return runWith(db, sql, values);
}

std::optional<QVariantList> Sql::firstRow(const QSqlDatabase &db, const QString &sql,
                                          std::initializer_list<QVariant> values)
{
    return firstRowWith(db, sql, values);
}

std::optional<QVariantList> Sql::firstRow(const QSqlDatabase &db, const QString &sql,
                                          const QVariantList &values)
{
    return firstRowWith(db, sql, values);
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
    const std::optional<QVariantList> row = firstRowWith(db, sql, values);
    return row ? row->value(0) : QVariant();
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    const std::optional<QVariantList> row = firstRowWith(db, sql, values);
    return row ? row->value(0) : QVariant();
}

Sql::Statement::Statement(const QSqlDatabase &db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{
}

Sql::Statement::~Statement()
{
    if (m_prepared && Reconnection::generation(m_db) == m_generation)
        StatementCache::giveBack(m_db, m_sql, std::move(m_query));
}

QSqlQuery &Sql::Statement::exec(std::span<const QVariant> values)
{
    if (m_prepared && Reconnection::reopenedSince(m_db, m_generation))
        m_prepared = false; // prepared on a connection that was lost since
    if (!m_prepared) {
        ready(m_db);
        m_query = StatementCache::take(m_db, m_sql);
        m_generation = Reconnection::generation(m_db);
        m_prepared = true;
    }
    m_query.finish(); // a SELECT left half-read starts again from the top
    try {
        bindAndExec(m_query, values);
    } catch (const Error &) {
        m_prepared = false; // QtSql finalizes a statement whose values failed to bind: parse it afresh
        m_query = QSqlQuery();
        throw;
    }
    return m_query;
}

QSqlQuery &Sql::Statement::run(std::initializer_list<QVariant> values)
{
    return exec(values);
}

QSqlQuery &Sql::Statement::run(const QVariantList &values)
{
    return exec(values);
}

std::optional<QVariantList> Sql::Statement::firstRow(std::initializer_list<QVariant> values)
{
    return firstRowOf(exec(values));
}

QVariant Sql::Statement::scalar(std::initializer_list<QVariant> values)
{
    const std::optional<QVariantList> row = firstRow(values);
    return row ? row->value(0) : QVariant();
}
