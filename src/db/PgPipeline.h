#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVarLengthArray>

struct pg_conn;
class QSqlDriver;

// libpq's pipeline mode on the QPSQL driver's own connection: writes whose answers nobody waits
// for (an import's order lines and flags) are sent one after another without waiting a round trip
// for each, and their answers are read when anything else is about to use the connection
// (settle). A write the server refused makes settle throw, naming that statement, before the next
// statement runs: the transaction is then aborted and rolls back whole, as with any failed write.
// Qt's own statements cannot run while the connection is in pipeline mode, so every path into the
// connection settles first (Sql, Transaction, the bulk statements, COPY).
namespace PgPipeline {
// QPSQL's connection (its handle is the PGconn pointer, registered as the opaque type pg_conn*).
pg_conn *connectionOf(const QSqlDriver *driver);
// Whether the connection is gone. Reads what the server left on the link first: libpq can still
// say CONNECTION_OK after a write to a dead link failed, until it reads the end of it.
bool linkLost(pg_conn *connection);
// libpq's parameter array for text values (a null QByteArray is SQL NULL); it points into values.
QVarLengthArray<const char *, 32> parameters(const QList<QByteArray> &values);
// Sends a prepared statement's run without waiting for its answer (enters pipeline mode).
// values are text (null: SQL NULL), as many as the statement has parameters.
void send(pg_conn *connection, const QByteArray &name, const QString &sql, const QList<QByteArray> &values);
// Reads every pending answer and leaves pipeline mode; throws Error for the first refused write.
void settle(pg_conn *connection);
// As settle, but forgets refusals (before a ROLLBACK, which undoes those writes anyway).
void discard(pg_conn *connection);
} // namespace PgPipeline
