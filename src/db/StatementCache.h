#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Prepared statements kept per Database connection, so a statement Sql::run, Sql::scalar or a
// Sql::Statement runs again is parsed once, not every time: parsing was about a third of taking a label's
// tracking number and moving its order to Printed. Only statements that can hold no open cursor are kept:
// writes (done as soon as they ran) and Sql::scalar's reads (finished before it returns). A
// caller's SELECT from Sql::run stays its own, so a cursor it keeps open is never reused under it.
//
// Each Database owns one, attached to its connection's driver (which every copy of the connection
// shares) while the connection is open; a connection no Database opened has none, and its
// statements are prepared afresh. A connection is used by one thread at a time (QtSql's rule), and
// so is its cache.
class StatementCache {
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The cache attached to db's connection, or nullptr.
    static StatementCache *of(const QSqlDatabase &db);
    // Attaches this cache to db's connection (Database, once connected).
    void attach(const QSqlDatabase &db);
    // Drops every kept statement and lets go of the connection (before it closes).
    void detach();
    // Drops every kept statement (prepared on a session that is gone), staying attached.
    void clear();

    // The cached statement for sql on db (a copy sharing it), prepared on first use; an invalid
    // query when db has no cache.
    static QSqlQuery statement(const QSqlDatabase &db, const QString &sql);
    // For a statement one owner runs many times (Sql::Statement): the kept statement for sql taken
    // out of the cache, prepared when none is kept, so no one else runs it while the owner reads.
    static QSqlQuery take(const QSqlDatabase &db, const QString &sql);
    // A taken statement back into the cache, finished (dropped when db has no cache any more or
    // another statement for sql is kept meanwhile).
    static void giveBack(const QSqlDatabase &db, const QString &sql, QSqlQuery query);
    // Drops the kept statement for sql on db: after a failure QtSql may have finalized it.
    static void discard(const QSqlDatabase &db, const QString &sql);

    // How many statements are kept (0 once detached).
    qsizetype count() const { return m_statements.size(); }
    // INSERT, UPDATE, DELETE or REPLACE without RETURNING: nothing is left to read once it ran.
    static bool isWrite(const QString &sql);

private:
    QHash<QString, QSqlQuery> m_statements;
    QSqlDriver *m_driver = nullptr; // attached to
};
