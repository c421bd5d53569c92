#pragma once

#include "DatabaseEngine.h"

// PostgreSQL servers (Qt's QPSQL driver): SET for the session, the schema_migrations ledger as
// the schema level, an advisory lock around migrations, the shared migrations rewritten for
// PostgreSQL's types (see adaptMigration), LISTEN/NOTIFY for other stations' changes.
class PostgresEngine : public DatabaseEngine {
public:
    static QString driverName() { return QStringLiteral("QPSQL"); }
    // The channel every commit that changed a table notifies (a statement trigger per table).
    static QString changeChannel() { return QStringLiteral("packline_changes"); }

    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QString migrationTag() const override { return QStringLiteral("pg"); }
    void setUpSession(const QSqlDatabase &db) const override;
    int schemaLevel(const QSqlDatabase &db, bool *foreign = nullptr) const override;
    void recordSchemaLevel(const QSqlDatabase &, int) const override {} // schema_migrations says it
    void lockSchema(const QSqlDatabase &db) const override;
    QString adaptMigration(const QString &statement) const override;
    void afterMigrations(const QSqlDatabase &db) const override;
    Result<> mayMigrate(const QSqlDatabase &db) const override;
    void settleWrites(const QSqlDriver *driver) const override;
    void dropWrites(const QSqlDriver *driver) const override;
    bool canPrepare(const QString &sql) const override;
    void prepareBulkWrite(const QSqlDatabase &) const override {} // the server's own buffers
    std::unique_ptr<BulkStatement> bulkStatement(const QSqlDatabase &db, const QString &sql) const override;
    // An import's new orders in batches: numbered with one nextval over generate_series, then COPY.
    int newRowBatch() const override { return 1000; }
    QList<qint64> newIds(const QSqlDatabase &db, const QString &table, int count) const override;
    QStringList beginTransaction() const override;
    QStringList beginSnapshot() const override;
    QMap<QString, QStringList> tableReferences(const QSqlDatabase &db) const override;
    std::unique_ptr<BulkLoad> bulkLoad(const QSqlDatabase &db, const QString &table,
                                       const QStringList &columns) const override;
    void continueIds(const QSqlDatabase &db, const QString &table) const override;
    std::unique_ptr<BulkLoad> bulkInsertNew(const QSqlDatabase &db, const QString &table,
                                            const QStringList &columns,
                                            const QStringList &key) const override;
    // ANALYZE: a freshly filled table has no statistics until autovacuum comes round (a minute or
    // more), and the planner's guesses meanwhile scan the whole table per query.
    void afterBulkWrite(const QSqlDatabase &db, const QStringList &tables) const override;
    // None (the default): a station's role does not own the tables (DROP INDEX is the owner's), and
    // dropping one locks every other station out of the table until the import commits, where
    // today they go on reading and packing beside it.
    QString lockRowsClause() const override { return QStringLiteral(" FOR UPDATE"); }
    QString lockFreeRowsClause() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }
    void lockTopic(const QSqlDatabase &db, const QString &topic) const override;
    std::optional<bool> tryOwnerLock(const QSqlDatabase &db, qint64 key) const override;
    void releaseOwnerLock(const QSqlDatabase &db, qint64 key) const override;
    void watchChanges(const QSqlDatabase &db) const override;
    bool connectionLost(const QSqlDriver *driver) const override;
    bool failedForLostConnection(const QSqlDriver *driver) const override;
    void resumeSession(const QSqlDatabase &db) const override;
    qint64 othersChanges(const QSqlDatabase &db) const override;
    qint64 anyChanges(const QSqlDatabase &) const override { return -1; }
};
