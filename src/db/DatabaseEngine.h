#pragma once

#include "base/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class BulkLoad;
class BulkStatement;
class QSqlDriver;

// What differs between the database engines Packline runs on (SQLite files, PostgreSQL servers):
// session setup, the schema level, migration dialect, transactions, change notification, busy
// errors. One stateless object per engine; what a connection needs to remember lives on the
// connection. Nothing outside src/db asks which engine it is on: it asks the engine object.
class DatabaseEngine {
public:
    virtual ~DatabaseEngine() = default;

    // The engine of an open connection (by its Qt driver).
    static const DatabaseEngine &of(const QSqlDatabase &db);
    static const DatabaseEngine &of(const QSqlDriver *driver);

    // "SQLite", "PostgreSQL": for status output and messages.
    virtual QString name() const = 0;
    // The tag of this engine's own migration files: NNNN_name.<tag>.sql runs after NNNN_name.sql.
    virtual QString migrationTag() const = 0;

    // Session settings, once after connecting (throws Error).
    virtual void setUpSession(const QSqlDatabase &db) const = 0;
    // The highest schema level applied (0: none). foreign is set when the database holds tables
    // that are not Packline's (nothing may be written then).
    virtual int schemaLevel(const QSqlDatabase &db, bool *foreign = nullptr) const = 0;
    // Records level as the schema level, inside the migration's transaction.
    virtual void recordSchemaLevel(const QSqlDatabase &db, int level) const = 0;
    // Inside the migration's transaction, before anything is read: one migrating process at a time.
    virtual void lockSchema(const QSqlDatabase &db) const = 0;
    // A migration statement in this engine's dialect (the shared files are written for SQLite).
    virtual QString adaptMigration(const QString &statement) const = 0;
    // Before migrating: whether this connection's role may change the schema; refused with why. On
    // a server, stations connect as a role with table rights only; the database's owner migrates.
    virtual Result<> mayMigrate(const QSqlDatabase &db) const = 0;
    // After migrations ran (inside their transaction): engine-wide objects over every table.
    virtual void afterMigrations(const QSqlDatabase &db) const = 0;

    // Whether sql can be a prepared statement (PostgreSQL prepares queries and writes, not DDL or SET).
    virtual bool canPrepare(const QString &sql) const = 0;
    // Before one long write transaction (an import): what the engine needs to keep it fast.
    virtual void prepareBulkWrite(const QSqlDatabase &db) const = 0;
    // The fastest way this engine runs one statement many times (see BulkStatement).
    virtual std::unique_ptr<BulkStatement> bulkStatement(const QSqlDatabase &db,
                                                         const QString &sql) const = 0;
    // How many new rows a bulk writer (an import) gathers and then writes in one go, numbered with
    // newIds and appended with bulkLoad; 0: one at a time through bulkStatement, where that is this
    // engine's fastest (SQLite, in the process).
    virtual int newRowBatch() const { return 0; }
    // count ids for table's id column, taken at once and never given out again (a writer that rolls
    // back leaves a gap), ascending. Only where newRowBatch() > 0 (else throws Error).
    virtual QList<qint64> newIds(const QSqlDatabase &db, const QString &table, int count) const;
    // Before any statement on the connection: writes the bulk statements sent ahead without waiting
    // (PostgreSQL's pipeline) have been answered; throws Error for the first the server refused.
    virtual void settleWrites(const QSqlDriver *driver) const = 0;
    // As settleWrites, refusals forgotten (before a ROLLBACK, which undoes them anyway).
    virtual void dropWrites(const QSqlDriver *driver) const = 0;
    // The statements that open a write transaction, run in order.
    virtual QStringList beginTransaction() const = 0;
    // The statements that open a read-only transaction that sees one moment of the whole database
    // while others write (a copy of it is consistent).
    virtual QStringList beginSnapshot() const = 0;

    // Moving a whole database (DatabaseCopy). Packline's tables (not the engine's own), each with
    // the tables its foreign keys reference.
    virtual QMap<QString, QStringList> tableReferences(const QSqlDatabase &db) const = 0;
    // Appends whole rows, ids included, to table in the open write transaction (see BulkLoad).
    virtual std::unique_ptr<BulkLoad> bulkLoad(const QSqlDatabase &db, const QString &table,
                                               const QStringList &columns) const = 0;
    // After rows were loaded with their own ids into a table with an id column: the next row the
    // database numbers comes after them.
    virtual void continueIds(const QSqlDatabase &db, const QString &table) const = 0;
    // Inserts rows into table in the open write transaction, skipping those whose key (the columns
    // of a unique index) is there already or came earlier in the same load, as INSERT … ON
    // CONFLICT (key) DO NOTHING row by row would. The rows are in the table once finish() returned
    // (not before: other statements may run in between, on keys of their own). PostgreSQL stages
    // them (StagedInsert: one COPY and one INSERT … SELECT), SQLite inserts each as it comes.
    virtual std::unique_ptr<BulkLoad> bulkInsertNew(const QSqlDatabase &db, const QString &table,
                                                    const QStringList &columns,
                                                    const QStringList &key) const = 0;
    // A plain (not unique) index a bulk writer may drop and make again, by its name and the
    // statement that makes it.
    struct Index {
        QString name;
        QString create;
    };
    // The plain indexes of table that a bulk writer much bigger than the table may drop inside its
    // transaction and make again before it commits (IndexesAside); none where the engine cannot.
    virtual QList<Index> indexesToSetAside(const QSqlDatabase &, const QString &) const { return {}; }
    // After a bulk writer wrote many new rows to tables (an import, inside its transaction before
    // its review rules query them): what the engine needs to plan the next queries over them well.
    // Never throws, and never spoils the open transaction.
    virtual void afterBulkWrite(const QSqlDatabase &db, const QStringList &tables) const = 0;

    // Explicit write locks (see Locks): what keeps writers apart where SQLite's single writer did.
    // Appended to a SELECT of rows the transaction decides on and then changes: a second writer
    // waits for the first to end, then reads what it committed. Empty on an engine whose write
    // transaction holds the whole database already.
    virtual QString lockRowsClause() const = 0;
    // As lockRowsClause, but rows another writer holds are passed over (a pool: every taker its own).
    virtual QString lockFreeRowsClause() const = 0;
    // Inside a write transaction: one holder of topic at a time, until the transaction ends.
    virtual void lockTopic(const QSqlDatabase &db, const QString &topic) const = 0;
    // A lock the connection holds (across its transactions) until released or until the
    // connection ends, whichever computer it is on: true taken, false another connection holds
    // it, nullopt the engine has no such lock. Taking it twice on one connection counts twice.
    virtual std::optional<bool> tryOwnerLock(const QSqlDatabase &db, qint64 key) const = 0;
    virtual void releaseOwnerLock(const QSqlDatabase &db, qint64 key) const = 0;

    // Starts change notification on a freshly opened connection.
    virtual void watchChanges(const QSqlDatabase &db) const = 0;
    // Whether the connection behind driver is gone: the server went away or the network dropped
    // it (Reconnection). Never on an engine with no connection to lose.
    virtual bool connectionLost(const QSqlDriver *driver) const = 0;
    // After a statement failed: whether it failed because the connection is gone. Unlike
    // connectionLost it reads what the server left on the link, since a client that only wrote
    // to a dead link has not found out yet.
    virtual bool failedForLostConnection(const QSqlDriver *driver) const = 0;
    // On a connection opened again after it was lost: the session as setUpSession and
    // watchChanges left it, and one change counted, since notifications sent meanwhile were missed.
    virtual void resumeSession(const QSqlDatabase &db) const = 0;
    // A number that changes when another connection commits (cheap; for polling).
    virtual qint64 othersChanges(const QSqlDatabase &db) const = 0;
    // A number that changes whenever anyone commits, this connection included; -1 when the engine
    // cannot tell cheaply (then caches must not trust it).
    virtual qint64 anyChanges(const QSqlDatabase &db) const = 0;
};
