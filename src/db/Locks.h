#pragma once

#include <QSqlDatabase>
#include <QString>

// Explicit write locks, the same call on every engine. On SQLite a write transaction already has
// the database to itself (BEGIN IMMEDIATE) and these cost nothing; on PostgreSQL writers run side
// by side, and these keep them apart where they decide on the same thing.
namespace Locks {
// sql, a SELECT of rows this write transaction decides on and then changes (one table, no outer
// join), with those rows locked until the transaction ends: a second writer waits at the same
// SELECT, then reads what the first committed.
QString forUpdate(const QSqlDatabase &db, const QString &sql);
// As forUpdate, but rows another writer holds are passed over: takers from one pool each get a
// row of their own instead of queueing for the first.
QString forUpdateSkipLocked(const QSqlDatabase &db, const QString &sql);
// Inside a write transaction: waits until no other transaction holds topic (something with no
// row to lock yet, e.g. "the open handover of courier ZTO"), then holds it until this one ends.
void topic(const QSqlDatabase &db, const QString &topic);
} // namespace Locks
