#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// "database is locked" after the busy wait, said so a person at a station can act on it.
namespace DatabaseBusy {
// SQLite gave up waiting for another connection's write lock (SQLITE_BUSY / SQLITE_LOCKED), or
// PostgreSQL for a row lock (lock_timeout), or aborted a deadlock or serialization conflict.
bool is(const QSqlError &error);
// Of those, the ones where running the whole transaction again can succeed: PostgreSQL aborted it
// (deadlock 40P01, serialization failure 40001), or SQLite said busy. A PostgreSQL lock_timeout
// already waited 10 s for one holder and is not retried.
bool retryable(const QSqlError &error);
// Another station or process is writing: who, when the database records it, and what to do.
// database may be invalid (a statement that does not know its connection): no file named then.
QString explain(const QSqlDatabase &database);
} // namespace DatabaseBusy
