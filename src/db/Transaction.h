#pragma once

#include <QSqlDatabase>

// RAII write transaction: begins on construction, commits only when told,
// rolls back on destruction otherwise (including when an Error is thrown).
// On SQLite it is BEGIN IMMEDIATE, so the write lock is taken up front and a second
// process waits on busy_timeout instead of failing half-way with SQLITE_BUSY.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws Error when the commit fails

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
