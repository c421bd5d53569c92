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
std::optional<qint64> findId(const QSqlDatabase &db, qint64 shopId, const QString &platformOrderNo);
} // namespace OrderStore
