#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// Tracking numbers per courier: imported from a list or a range, validated by the courier's format,
// handed out once. Taking a number is a guarded UPDATE (state = 'free' in the WHERE) inside the
// caller's write transaction, so two processes never get the same one.
struct PoolImport {
    int added = 0;
    int duplicates = 0;   // already in the pool: skipped, not an error
    QStringList problems; // "row 12: 'SF12' does not look like …"
};

struct PoolLevel {
    QString courierCode;
    QString courierName;
    int free = 0;
    int used = 0;
    int lowWater = 0;
    bool low() const { return free < lowWater; }
};

namespace TrackingPool {
// Validates every number first; nothing is added when any row is bad (the file gets fixed and re-run).
PoolImport importList(const QSqlDatabase &db, const Actor &actor, const QString &courierCode,
                      const QStringList &numbers);
// A file with one number per line (its first CSV column), read by the importers' CsvReader
// (encodings, field and row caps, control characters); problems name the file's lines.
PoolImport importFile(const QSqlDatabase &db, const Actor &actor, const QString &courierCode,
                      const QString &path);
// A range "first..last" with the same prefix/suffix; for S10 the check digit is recomputed.
PoolImport importRange(const QSqlDatabase &db, const Actor &actor, const QString &courierCode,
                       const QString &first, const QString &last);
// Inside the caller's Transaction: the next free number, marked used by orderId; nullopt when empty.
std::optional<QString> take(const QSqlDatabase &db, const QString &courierCode, qint64 orderId);
QList<PoolLevel> levels(const QSqlDatabase &db);
// One line per low pool, for people ("ZTO: 12 left, below 200").
QStringList lowWarnings(const QSqlDatabase &db);
} // namespace TrackingPool
