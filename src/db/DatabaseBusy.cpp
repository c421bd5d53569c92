#include "DatabaseBusy.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseBusy", text);
}

// SQLite's primary result codes; extended codes keep them in the low byte.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
} // namespace

bool DatabaseBusy::is(const QSqlError &error)
{
    // PostgreSQL's SQLSTATE (five characters): a lock not had within lock_timeout, or a transaction
    // the server aborted to break a deadlock or a serialization conflict.
    const QString state = error.nativeErrorCode();
    if (state.size() == 5)
        return state == u"55P03" || state == u"40P01" || state == u"40001";
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric && (code == SqliteBusy || code == SqliteLocked))
        return true;
    return error.databaseText().contains(QLatin1String("database is locked"));
}

bool DatabaseBusy::retryable(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.size() == 5)
        return state == u"40P01" || state == u"40001";
    return is(error);
}

QString DatabaseBusy::explain(const QSqlDatabase &database)
{
    // Who holds the lock is known only when the holder wrote it down (a print job's lease row);
    // SQLite itself does not say.
    const QString file = database.isValid() ? database.databaseName() : QString();
    const QString what =
        file.isEmpty()
            ? tr("Another Packline station or process is writing to the database and did not finish "
                 "within 10 seconds.")
            : tr("Another Packline station or process is writing to the database %1 and did not finish "
                 "within 10 seconds.")
                  .arg(file);
    return what + u' ' +
           tr("Nothing was changed here. Wait until the other station's import, print run or export "
              "is done, then try again; if nothing else is running, close any other Packline window on "
              "this database and try again.");
}
