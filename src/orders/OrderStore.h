#pragma once

#include "Order.h"

#include <QSqlDatabase>
#include <optional>

// Reads and writes whole orders with their lines. Writers call it inside their own
// Transaction and write the audit row themselves (the store knows no actor).
namespace OrderStore {
// Inserts the order and its lines; sets order.id and each line's id. Returns the id.
qint64 insert(const QSqlDatabase &db, Order &order);
std::optional<Order> load(const QSqlDatabase &db, qint64 id);
// Locks the orders' rows until the transaction ends, in id order so that two writers locking
// overlapping sets queue instead of deadlocking: a second station deciding on the same order waits
// here, then reads what the first committed.
void lock(const QSqlDatabase &db, QList<qint64> ids);
std::optional<qint64> findId(const QSqlDatabase &db, qint64 shopId, const QString &platformOrderNo);
} // namespace OrderStore
