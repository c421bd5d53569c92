#pragma once

#include "MessageTemplate.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QSqlDatabase>

// The record of who contacted which buyer about which order (payment reminder, shipping notice),
// so nobody is contacted twice: one row per (order, kind), enforced by a UNIQUE index, so two
// desks racing on the same order end with one row and the other desk told who was first.
namespace BuyerContacts {
// Inside the caller's Transaction. Refuses (naming who and when) when already contacted.
Result<> record(const QSqlDatabase &db, const Actor &actor, qint64 orderId, ContactKind kind, Channel channel,
                const QString &message, const QString &batchFile = {});
// In its own transaction.
Result<> recordNow(const QSqlDatabase &db, const Actor &actor, qint64 orderId, ContactKind kind,
                   Channel channel, const QString &message);
} // namespace BuyerContacts
