#pragma once

#include <QSqlDatabase>

class QSqlDriver;

// A station outlives its connection to the database server: a server restarted overnight, a
// firewall that drops an idle link, a cable pulled and put back. A statement that finds the
// connection gone throws ConnectionLostError; the next statement on that connection (Sql, a
// Transaction) connects again first, with the same address, session settings and change
// notification and an empty statement cache, so the station carries on without a restart.
// Never inside an open transaction: its earlier statements died with the old connection, and
// the rest must not run on a new one as if they had not.
namespace Reconnection {
// After a statement on driver's connection failed: whether the connection is gone (never on an
// engine with no connection to lose).
bool lost(const QSqlDriver *driver);
// Before a statement on db: connects again when the connection was lost. Throws
// ConnectionLostError when it was lost inside an open transaction or the server cannot be
// reached yet.
void ensure(const QSqlDatabase &db);
// The error for a statement that failed because the connection was lost (text: the driver's).
[[noreturn]] void fail(const QString &text, bool retryable);
// For an owner of statements prepared on db: ensure(db), then whether the connection was opened
// again since seen (the generation the owner last saw, updated), so its statements are gone.
bool reopenedSince(const QSqlDatabase &db, int &seen);
// How often db's connection was opened again so far (what reopenedSince compares), without
// connecting.
int generation(const QSqlDatabase &db);
} // namespace Reconnection
