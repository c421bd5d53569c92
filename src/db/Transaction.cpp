#include "Transaction.h"

#include "DatabaseBusy.h"
#include "DatabaseBusyError.h"
#include "DatabaseEngine.h"
#include "Reconnection.h"
#include "Sql.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

namespace {
// Connections (by name) with a Transaction open in this thread; a connection lives in one thread.
// A second BEGIN on one of them is a fault: SQLite refuses it, but PostgreSQL only warns and the
// inner commit would then commit the outer work half-done.
thread_local QSet<QString> t_open;
} // namespace

Transaction::Transaction(const QSqlDatabase &db, Kind kind)
    : m_db(db)
{
    if (isOpen(m_db))
        throw Error(QCoreApplication::translate("Sql", "Database error: a transaction is already open on "
                                                       "connection %1 (transactions do not nest).")
                        .arg(m_db.connectionName()));
    Reconnection::ensure(m_db); // a connection lost since the last statement is opened again
    DatabaseEngine::of(m_db).settleWrites(m_db.driver());
    const DatabaseEngine &engine = DatabaseEngine::of(m_db);
    for (const QString &begin : kind == Kind::Write ? engine.beginTransaction() : engine.beginSnapshot()) {
        QSqlQuery query(m_db);
        if (query.exec(begin)) {
            m_open = true;
            t_open.insert(m_db.connectionName());
            continue;
        }
        const QSqlError error = query.lastError();
        if (m_open) { // begun, but the write lock was not had: the destructor will not run
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            m_open = false;
            t_open.remove(m_db.connectionName());
        }
        fail(error, begin, true);
    }
}

void Transaction::fail(const QSqlError &error, const QString &statement, bool nothingSent) const
{
    if (Reconnection::lost(m_db.driver()))
        Reconnection::fail(error.text(), nothingSent);
    // Where a second writer waits out the busy timeout: when it gives up, say so in words.
    if (DatabaseBusy::is(error))
        throw DatabaseBusyError(DatabaseBusy::explain(m_db), DatabaseBusy::retryable(error));
    throw Error(
        QCoreApplication::translate("Sql", "Database error: %1 (in: %2)").arg(error.text(), statement));
}

Transaction::~Transaction()
{
    if (m_open) {
        DatabaseEngine::of(m_db).dropWrites(m_db.driver()); // the rollback undoes them
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        t_open.remove(m_db.connectionName());
    }
}

Savepoint::Savepoint(const QSqlDatabase &db, const QString &name)
    : m_db(db)
    , m_name(name)
{
    Sql::run(m_db, QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_open)
        return;
    DatabaseEngine::of(m_db).dropWrites(m_db.driver()); // the rollback undoes them
    QSqlQuery q(m_db); // no throwing here: a failure leaves the transaction to its own rollback
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}

void Savepoint::release()
{
    Sql::run(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    m_open = false;
}

void Transaction::commit()
{
    DatabaseEngine::of(m_db).settleWrites(m_db.driver()); // a refused write throws: rolled back whole
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        // When it fails, the destructor rolls back. Asked to commit, a server whose link broke may
        // have committed before it did: that is not work to run again (nothingSent false).
        fail(query.lastError(), QStringLiteral("COMMIT"), false);
    }
    m_open = false;
    t_open.remove(m_db.connectionName());
}

namespace {
// Runs of one transaction, and the time after which a conflict is the caller's (SQLite's busy
// timeout is 10 s: one more go after it, not four).
constexpr int kAttempts = 5;
constexpr qint64 kBudgetMs = 15000;
constexpr int kReconnectAttempts = 4;
std::atomic_int g_retries = 0;
} // namespace

int Transaction::retries()
{
    return g_retries.load();
}

bool Transaction::isOpen(const QSqlDatabase &db)
{
    return t_open.contains(db.connectionName());
}

bool Transaction::pauseBeforeReconnect(const ConnectionLostError &e, int attempt)
{
    // A server restarting takes a moment: 0.2, 0.4, 0.6 s before connecting again.
    if (!e.retryable() || attempt >= kReconnectAttempts)
        return false;
    QThread::msleep(200 * attempt);
    ++g_retries;
    return true;
}

bool Transaction::pauseBeforeRetry(const DatabaseBusyError &e, int attempt, const QElapsedTimer &since)
{
    if (!e.retryable() || attempt >= kAttempts || since.elapsed() > kBudgetMs)
        return false;
    // 5-20 ms, doubling: random so that the two writers that collided do not collide again.
    const int base = 5 << (attempt - 1);
    QThread::msleep(base + QRandomGenerator::global()->bounded(3 * base));
    ++g_retries;
    return true;
}
