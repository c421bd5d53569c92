#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Prepared statements kept per Database connection, so a statement Sql::run, Sql::scalar or a
// Sql::Statement runs again is parsed once, not every time: parsing was about a third of taking a label's
// tracking number and moving its order to Printed. Only statements that can hold no open cursor are kept:
// writes (done as soon as they ran) and Sql::scalar's reads (finished before it returns). A
// caller's SELECT from Sql::run stays its own, so a cursor it keeps open is never reused under it.
// Database registers a connection when it opens and forgets it before it closes.
namespace StatementCache {
void track(const QString &connectionName);
void forget(const QString &connectionName);
// The cached statement for sql on db (a copy sharing it), prepared on first use; an invalid
// query when db is not tracked.
QSqlQuery statement(const QSqlDatabase &db, const QString &sql);
// For a statement one owner runs many times (Sql::Statement): the kept statement for sql taken
// out of the cache, prepared when none is kept, so no one else runs it while the owner reads.
QSqlQuery take(const QSqlDatabase &db, const QString &sql);
// A taken statement back into the cache, finished (dropped when db is not tracked any more or
// another statement for sql is kept meanwhile).
void giveBack(const QSqlDatabase &db, const QString &sql, QSqlQuery query);
// Drops the kept statement for sql on db: after a failure QtSql may have finalized it.
void discard(const QSqlDatabase &db, const QString &sql);
// How many statements are kept for a connection (0 once it is forgotten).
qsizetype count(const QString &connectionName);
// INSERT, UPDATE, DELETE or REPLACE without RETURNING: nothing is left to read once it ran.
bool isWrite(const QString &sql);
} // namespace StatementCache
