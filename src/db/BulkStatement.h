#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

// A prepared statement for the loops that run one statement a million times (intake): values are
// bound in order with add*(), step() runs it, reset() readies the next run. Same discipline as
// Sql: values are bound, never spliced; failures throw Error naming the statement. Each engine
// makes its fastest kind (DatabaseEngine::bulkStatement): SqliteStatement on SQLite's own handle,
// PipelineStatement on PostgreSQL (runs without rows sent ahead, see PgPipeline). New ids come from
// "RETURNING id" (step() then yields the row).
class BulkStatement {
public:
    virtual ~BulkStatement() = default;

    // The engine's kind of statement for sql on db.
    static std::unique_ptr<BulkStatement> make(const QSqlDatabase &db, const QString &sql);
    // The statement in slot, made there on first use (a loop that needs it only sometimes).
    static BulkStatement &cached(std::unique_ptr<BulkStatement> &slot, const QSqlDatabase &db,
                                 const QString &sql)
    {
        if (!slot)
            slot = make(db, sql);
        return *slot;
    }

    virtual BulkStatement &add(qint64 value) = 0;
    virtual BulkStatement &add(const QString &text) = 0; // a null QString binds "" (NOT NULL text columns)
    virtual BulkStatement &addNull() = 0;
    BulkStatement &addNullable(const QString &text) { return text.isEmpty() ? addNull() : add(text); }
    BulkStatement &addNullable(qint64 value) { return value == 0 ? addNull() : add(value); } // ids

    // Runs (or continues) the statement: true while it yields a row.
    virtual bool step() = 0;
    // Runs a statement that yields no rows, then resets it.
    void exec()
    {
        step();
        reset();
    }
    virtual void reset() = 0;
    virtual qint64 columnInt(int column) const = 0;
    virtual QString columnText(int column) const = 0;
};
