#pragma once

#include "BulkStatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the connection's own sqlite3 handle, for the few loops that run a
// statement a million times (intake). There QSqlQuery's per-value overhead (a QVariant and a
// placeholder name per bound value, result caching per execution) was a third of the import.
// Same discipline as Sql: values are bound, never spliced; failures throw Error naming the
// statement. Values are bound in order with add*(); step() runs it; reset() readies the next run.
// SQLite's BulkStatement (BulkStatement::make gives it on an SQLite connection).
class SqliteStatement final : public BulkStatement {
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &add(qint64 value) override;
    SqliteStatement &add(const QString &text) override; // a null QString binds "" (NOT NULL text columns)
    SqliteStatement &addNull() override;

    // Runs (or continues) the statement: true while it yields a row.
    bool step() override;
    void reset() override;
    qint64 columnInt(int column) const override;
    QString columnText(int column) const override;
    qint64 lastInsertId() const;
    int changes() const;

    // The connection's sqlite3 handle (throws Error if the driver is not QSQLITE).
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    [[noreturn]] void fail(int code) const;
    // An INSERT's "RETURNING id" is answered from the connection, not by SQLite (see the .cpp).
    static QString withoutReturningId(const QString &sql, bool *stripped);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    int m_next = 1;
    bool m_returnsId = false; // the SQL ended in "RETURNING id", answered by step()
    bool m_idYielded = false; // this run's id row was handed out
    QByteArray m_buffer;      // UTF-8 of the bound texts, alive until reset()
    qsizetype m_used = 0;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};
