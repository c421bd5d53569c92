#pragma once

#include "ContactRow.h"
#include "MessageTemplate.h"

#include <QList>
#include <QSqlDatabase>

// Who the service desk may contact: unpaid orders for payment reminders (催付), shipped orders
// for shipping notices. Each row carries whether the buyer was already contacted about it.
namespace ContactLists {
// Unpaid (AwaitingPayment) orders, most urgent first (least time left before the platform
// closes them). The close window is per platform (payment_close_windows: Taobao 72 h).
QList<ContactRow> unpaid(const QSqlDatabase &db);
// Shipped / synced-back orders with a tracking number, newest first; `since` (UTC text) limits
// them to orders shipped from then on.
QList<ContactRow> shipped(const QSqlDatabase &db, const QString &since = {});
QList<ContactRow> forKind(const QSqlDatabase &db, ContactKind kind);

// Hours after creation at which the platform closes an unpaid order.
int closeWindowHours(const QSqlDatabase &db, const QString &platform);
void setCloseWindowHours(const QSqlDatabase &db, const struct Actor &actor, const QString &platform,
                         int hours);
} // namespace ContactLists
