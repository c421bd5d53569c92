#pragma once

#include "ConnectionLostError.h"
#include "DatabaseBusyError.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <utility>

// RAII write transaction: begins on construction, commits only when told,
// rolls back on destruction otherwise (including when an Error is thrown).
// On SQLite the write lock is taken up front (BEGIN IMMEDIATE), so a second process waits on the
// busy timeout instead of failing half-way. On PostgreSQL writers run side by side: where they
// touch the same rows they keep apart by row locks and guarded updates (Locks, StageMachine's
// version check), and a conflict the server settles by aborting one of them is retried (run()),
// as is work whose connection was lost before it committed (the server rolled it back).
class Transaction {
public:
    // Write: the engine's write transaction. Snapshot: read-only, one moment of the whole database
    // for every read in it while others go on writing (a consistent copy).
    enum class Kind { Write, Snapshot };
    explicit Transaction(const QSqlDatabase &db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws Error when the commit fails

    // Runs work(tx) in a write transaction of its own and returns what it returns; work calls
    // tx.commit() to keep its writes. When the engine aborts the transaction to settle a conflict
    // with another writer (DatabaseBusyError::retryable: a PostgreSQL deadlock or serialization failure,
    // SQLite busy), everything is rolled back and work runs again from the start, a few times
    // after a short random pause, then the error goes to the caller. So work must compute what it
    // returns afresh on each run (no counters carried over from a failed attempt).
    template <typename Work>
    static auto run(const QSqlDatabase &db, Work &&work) -> decltype(work(std::declval<Transaction &>()))
    {
        QElapsedTimer since;
        since.start();
        for (int attempt = 1;; ++attempt) {
            try {
                Transaction tx(db);
                return work(tx);
            } catch (const DatabaseBusyError &e) {
                if (!pauseBeforeRetry(e, attempt, since))
                    throw;
            } catch (const ConnectionLostError &e) {
                if (!pauseBeforeReconnect(e, attempt))
                    throw;
            }
        }
    }

    // Transactions run again by run() in this process (for tests and measurements).
    static int retries();
    // Whether a Transaction is open on db's connection in this thread.
    static bool isOpen(const QSqlDatabase &db);

private:
    // Throws the error for a failed BEGIN or COMMIT: lost connection, busy, or a fault.
    [[noreturn]] void fail(const QSqlError &error, const QString &statement, bool nothingSent) const;
    // Whether run() tries again after its attempt-th run failed with e; sleeps a short while first.
    static bool pauseBeforeRetry(const DatabaseBusyError &e, int attempt, const QElapsedTimer &since);
    // The same after the connection was lost before COMMIT: the next run connects again.
    static bool pauseBeforeReconnect(const ConnectionLostError &e, int attempt);

    QSqlDatabase m_db;
    bool m_open = false;
};

// A savepoint in the caller's transaction: work refused half-way (another station took the stock
// between a check and a write) undoes its own writes and nothing else of the transaction, unless
// it was released. name is a fixed identifier, never a person's text.
class Savepoint {
public:
    Savepoint(const QSqlDatabase &db, const QString &name);
    ~Savepoint(); // rolls back to the savepoint unless released
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    void release(); // keeps the writes made since (throws Error when that fails)

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_open = true;
};
