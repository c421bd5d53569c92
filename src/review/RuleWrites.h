#pragma once

#include "db/BulkStatement.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

// What a rule run writes, inside the caller's transaction: flags added, reworded and taken off,
// and the priority and cut-off wave of an order. A run over a peak-day import writes a flag for
// most orders, so these are the engine's bulk statements (no round trip per flag on PostgreSQL,
// no QVariant per value on SQLite), each prepared once per batch.
class RuleWrites {
public:
    explicit RuleWrites(const QSqlDatabase &db);

    // An import flag with the same code (unknown_sku) stays as it is.
    void addFlag(qint64 orderId, const QString &code, const QString &reason);
    void rewordFlag(qint64 orderId, const QString &code, const QString &reason);
    void removeFlag(qint64 orderId, const QString &code);
    void setPriority(qint64 orderId, int priority);
    void setWaveDate(qint64 orderId, const QString &waveDate); // empty: none

private:
    QSqlDatabase m_db;
    std::unique_ptr<BulkStatement> m_add, m_reword, m_remove, m_priority, m_wave;
    BulkStatement &statement(std::unique_ptr<BulkStatement> &slot, const char *sql);
};
