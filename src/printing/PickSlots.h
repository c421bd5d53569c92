#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Pick-list slots: each order on a printed pick list gets a slot number (1… in the list's order)
// and a slot code printed next to it as Code 128. The code is "PL<job>-<slot>": job 42, slot 7 →
// "PL42-7". No courier's tracking format and no platform order number has the "PL…-…" shape, so
// the pack station can tell a slot code from the other parcel codes by its look alone.
namespace PickSlots {
struct Slot {
    int slot = 0;
    qint64 orderId = 0;
};

QString code(qint64 jobId, int slot);
// The job and slot a scanned code names, or nullopt when it is not a slot code.
std::optional<std::pair<qint64, int>> parse(const QString &code);
// Numbers the job's orders 1… in the given order (repeats skipped), in the caller's Transaction.
void assign(const QSqlDatabase &db, qint64 jobId, const QList<qint64> &orderIds);
QList<Slot> forJob(const QSqlDatabase &db, qint64 jobId);
// The order in the slot a scanned code names (one primary-key lookup).
std::optional<qint64> orderFor(const QSqlDatabase &db, const QString &code);
} // namespace PickSlots
