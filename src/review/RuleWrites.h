#pragma once

#include "db/BulkLoad.h"
#include "db/BulkStatement.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

// What a rule run writes, inside the caller's transaction: flags added, reworded and taken off,
// and the priority and cut-off wave of an order. A run over a peak-day import writes a flag for
// most orders, so these are the engine's bulk writes: new flags through its bulk insert that skips
// existing keys (one COPY and one INSERT per batch on PostgreSQL, a prepared INSERT per flag on
// SQLite), the rest through its bulk statements (no round trip each on PostgreSQL), each prepared
// once per batch.
class RuleWrites {
public:
    // newOrders: the flags go to orders written in this transaction, which have no rule flags yet
    // (an import's pass): added by the engine's plain bulk load (COPY on PostgreSQL), no check for
    // one there already. The caller leaves out codes the import itself wrote (unknown_sku).
    explicit RuleWrites(const QSqlDatabase &db, bool newOrders = false);

    // An import flag with the same code (unknown_sku) stays as it is. Written by finish() at the
    // latest, so an order's flag is added once per RuleWrites and not also reworded or removed.
    void addFlag(qint64 orderId, const QString &code, const QString &reason);
    void rewordFlag(qint64 orderId, const QString &code, const QString &reason);
    void removeFlag(qint64 orderId, const QString &code);
    void setPriority(qint64 orderId, int priority);
    void setWaveDate(qint64 orderId, const QString &waveDate); // empty: none
    // Before the transaction commits: the flags added are written (throws Error as any write).
    void finish();

private:
    QSqlDatabase m_db;
    bool m_newOrders;
    std::unique_ptr<BulkLoad> m_add;
    std::unique_ptr<BulkStatement> m_reword, m_remove, m_priority, m_wave;
    BulkStatement &statement(std::unique_ptr<BulkStatement> &slot, const char *sql);
};
