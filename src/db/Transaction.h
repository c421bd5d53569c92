#pragma once

#include <QSqlDatabase>

// RAII write transaction: begins on construction, commits only when told,
// rolls back on destruction otherwise (including when an Error is thrown).
// The write lock is taken up front (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN and an advisory
// lock, see PostgresEngine), so a second process waits on the busy timeout instead of failing
// half-way.
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
