#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <memory>

// Appends whole rows, ids included, to one table inside the open write transaction, as fast as
// the engine can (DatabaseEngine::bulkLoad): COPY … FROM STDIN on PostgreSQL (one statement, so
// a row may reference a row later in the same load), a prepared INSERT on SQLite. For moving a
// database (DatabaseCopy) and an import's batches of new orders (ids from
// DatabaseEngine::newIds), not for rows that need checking one by one. Failures throw Error
// naming the table; the caller's transaction (or savepoint) then rolls everything back.
class BulkLoad {
public:
    virtual ~BulkLoad() = default;
    // values in the order of the columns the load was made for; null, integer or text.
    virtual void add(const QVariantList &values) = 0;
    // Ends the load: the rows are in the table (throws when the engine refuses any of them).
    virtual void finish() = 0;

    // A load made of one prepared INSERT run per row (BulkStatement). With a key (the columns of a
    // unique index), a row whose key is there already is skipped (ON CONFLICT (key) DO NOTHING).
    static std::unique_ptr<BulkLoad> byInsert(const QSqlDatabase &db, const QString &table,
                                              const QStringList &columns, const QStringList &key = {});
};
