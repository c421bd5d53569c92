#include "Reconnection.h"

#include "ConnectionLostError.h"
#include "DatabaseEngine.h"
#include "OwnerLock.h"
#include "StatementCache.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopedValueRollback>
#include <QSqlDriver>
#include <QSqlError>

namespace {
// On the connection's driver, which outlives a close and open: how often it was opened again.
constexpr char GenerationProperty[] = "packlineConnectionGeneration";
// When the last try to connect again failed (ms since the epoch): the next try waits a moment, so
// a window polling for changes does not stall on a server that is not there yet.
constexpr char FailedAtProperty[] = "packlineReconnectFailedAt";
constexpr qint64 kPauseAfterFailureMs = 2000;

QString where(const QSqlDatabase &db)
{
    return QStringLiteral("%1:%2/%3").arg(db.hostName()).arg(db.port()).arg(db.databaseName());
}

[[noreturn]] void unreachable(const QSqlDatabase &db, const QString &why)
{
    throw ConnectionLostError(
        QCoreApplication::translate("Reconnection",
                                    "The database server %1 cannot be reached: %2. Nothing was saved; "
                                    "Packline connects again when you try again.")
            .arg(where(db), why.trimmed()),
        true);
}
} // namespace

bool Reconnection::lost(const QSqlDriver *driver)
{
    return DatabaseEngine::of(driver).failedForLostConnection(driver);
}

void Reconnection::ensure(const QSqlDatabase &db)
{
    const DatabaseEngine &engine = DatabaseEngine::of(db);
    if (!engine.connectionLost(db.driver()))
        return;
    // Connecting again runs statements of its own (session settings), which must not try again.
    thread_local bool reconnecting = false;
    if (reconnecting)
        return;
    const QScopedValueRollback guard(reconnecting, true);
    if (Transaction::isOpen(db))
        fail(QCoreApplication::translate("Reconnection", "the transaction it was in is gone"), true);
    QSqlDatabase connection = db; // the same connection: every handle on it sees it open again
    QSqlDriver *driver = connection.driver();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 failedAt = driver->property(FailedAtProperty).toLongLong();
    if (failedAt > 0 && now - failedAt < kPauseAfterFailureMs)
        unreachable(connection,
                    QCoreApplication::translate("Reconnection", "it did not answer a moment ago"));
    if (StatementCache *statements = StatementCache::of(connection))
        statements->clear(); // prepared on the old server session
    connection.close();
    driver->setProperty(GenerationProperty, driver->property(GenerationProperty).toInt() + 1);
    const auto failed = [&](const QString &why) {
        connection.close();
        driver->setProperty(FailedAtProperty, QDateTime::currentMSecsSinceEpoch());
        unreachable(connection, why);
    };
    if (!connection.open())
        failed(connection.lastError().text());
    try {
        engine.resumeSession(connection);
        OwnerLock::takeAgain(connection);
    } catch (const Error &e) {
        failed(e.message());
    }
    driver->setProperty(FailedAtProperty, QVariant());
}

void Reconnection::fail(const QString &text, bool retryable)
{
    if (retryable)
        throw ConnectionLostError(
            QCoreApplication::translate("Reconnection",
                                        "The connection to the database server was lost (%1). Nothing of "
                                        "this step was saved; Packline connects again when you try again.")
                .arg(text.trimmed()),
            true);
    throw ConnectionLostError(
        QCoreApplication::translate("Reconnection",
                                    "The connection to the database server was lost while saving (%1). "
                                    "Look whether the change was saved before doing it again.")
            .arg(text.trimmed()),
        false);
}

bool Reconnection::reopenedSince(const QSqlDatabase &db, int &seen)
{
    ensure(db);
    const int now = generation(db);
    if (now == seen)
        return false;
    seen = now;
    return true;
}

int Reconnection::generation(const QSqlDatabase &db)
{
    return db.driver() ? db.driver()->property(GenerationProperty).toInt() : 0;
}
