#pragma once

#include <QSqlDatabase>

// A lock held by one connection across its transactions, until released or until the connection
// ends: on PostgreSQL a session advisory lock, which the server drops as soon as its holder's
// process or computer is gone, so the next station need not wait for a lease to expire. Keys are
// per kind of owner (a print job's id, …); one connection may take the same key twice (two
// runners in one process), counted, and only the first take says Taken.
class OwnerLock {
public:
    enum class State {
        Free,          // not tried, or released
        Taken,         // this connection took it: no other connection holds it
        HeldHere,      // this connection held it already (another owner in this process)
        HeldElsewhere, // another connection holds it: its owner is alive
        Unknown        // the engine has no such lock (SQLite): ask the owner's row
    };

    OwnerLock(const QSqlDatabase &db, qint64 key);
    ~OwnerLock(); // releases (best effort)
    OwnerLock(const OwnerLock &) = delete;
    OwnerLock &operator=(const OwnerLock &) = delete;

    // Takes it when nobody else holds it; never waits. Again while held: the same state.
    State tryTake();
    void release();
    State state() const { return m_state; }
    // After db's connection was opened again (Reconnection): the server dropped every lock of
    // the old one, so the keys this connection held are taken again where nobody took them
    // meanwhile; where someone did, its owner finds out from its own row (a lease's token).
    static void takeAgain(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    qint64 m_key;
    State m_state = State::Free;
};
