#pragma once

#include "DatabaseEngine.h"

// SQLite files: PRAGMAs, PRAGMA user_version, BEGIN IMMEDIATE (the write lock up front, waited for
// by busy_timeout), PRAGMA data_version.
class SqliteEngine : public DatabaseEngine {
public:
    static QString driverName() { return QStringLiteral("QSQLITE"); }

    QString name() const override { return QStringLiteral("SQLite"); }
    QString migrationTag() const override { return QStringLiteral("sqlite"); }
    void setUpSession(const QSqlDatabase &db) const override;
    int schemaLevel(const QSqlDatabase &db, bool *foreign = nullptr) const override;
    void recordSchemaLevel(const QSqlDatabase &db, int level) const override;
    void lockSchema(const QSqlDatabase &) const override {} // BEGIN IMMEDIATE holds the write lock
    QString adaptMigration(const QString &statement) const override { return statement; }
    void afterMigrations(const QSqlDatabase &) const override {}
    Result<> mayMigrate(const QSqlDatabase &) const override { return {}; } // a file: checked as it opens
    void settleWrites(const QSqlDriver *) const override {}                 // every statement runs to its end
    void dropWrites(const QSqlDriver *) const override {}
    bool canPrepare(const QString &) const override { return true; }
    void prepareBulkWrite(const QSqlDatabase &db) const override;
    std::unique_ptr<BulkStatement> bulkStatement(const QSqlDatabase &db, const QString &sql) const override;
    QStringList beginTransaction() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    // A deferred BEGIN: in WAL mode its first read fixes the snapshot, and writers go on.
    QStringList beginSnapshot() const override { return {QStringLiteral("BEGIN")}; }
    QMap<QString, QStringList> tableReferences(const QSqlDatabase &db) const override;
    std::unique_ptr<BulkLoad> bulkLoad(const QSqlDatabase &db, const QString &table,
                                       const QStringList &columns) const override;
    void continueIds(const QSqlDatabase &, const QString &) const override {} // rowids go on from the largest
    // Row by row is the fastest in the process (a prepared INSERT … ON CONFLICT DO NOTHING).
    std::unique_ptr<BulkLoad> bulkInsertNew(const QSqlDatabase &db, const QString &table,
                                            const QStringList &columns,
                                            const QStringList &key) const override;
    // SQLite plans by its indexes without statistics; ANALYZE would change the import's plans.
    void afterBulkWrite(const QSqlDatabase &, const QStringList &) const override {}
    QList<Index> indexesToSetAside(const QSqlDatabase &db, const QString &table) const override;
    // A write transaction is the only writer: nothing more to lock.
    QString lockRowsClause() const override { return {}; }
    QString lockFreeRowsClause() const override { return {}; }
    void lockTopic(const QSqlDatabase &, const QString &) const override {}
    // A file is on one computer: its holders are told apart by host and process id (see callers).
    std::optional<bool> tryOwnerLock(const QSqlDatabase &, qint64) const override { return std::nullopt; }
    void releaseOwnerLock(const QSqlDatabase &, qint64) const override {}
    void watchChanges(const QSqlDatabase &) const override {}                // data_version needs no set-up
    bool connectionLost(const QSqlDriver *) const override { return false; } // a file
    bool failedForLostConnection(const QSqlDriver *) const override { return false; }
    void resumeSession(const QSqlDatabase &) const override {}
    qint64 othersChanges(const QSqlDatabase &db) const override;
    qint64 anyChanges(const QSqlDatabase &db) const override;
};
