#pragma once

#include "base/Error.h"

// The database would not let a write through because another writer was in the way: it gave up
// waiting (SQLite's busy timeout, PostgreSQL's lock_timeout) or aborted this transaction to settle
// a conflict. The message says so in words (DatabaseBusy::explain).
class DatabaseBusyError : public Error {
public:
    DatabaseBusyError(const QString &message, bool retryable)
        : Error(message)
        , m_retryable(retryable)
    {
    }
    // The transaction was aborted to settle a conflict (a PostgreSQL deadlock or serialization
    // failure, SQLite busy): the same work run again from the start can succeed (Transaction::run).
    bool retryable() const { return m_retryable; }

private:
    bool m_retryable;
};
