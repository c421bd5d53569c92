#include "Transaction.h"

#include "DatabaseBusy.h"
#include "DatabaseEngine.h"
#include "Sql.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db) {
    for (const QString &begin : DatabaseEngine::of(m_db).beginTransaction()) {
        QSqlQuery query(m_db);
        if (query.exec(begin)) {
            m_open = true;
            continue;
        }
        const QSqlError error = query.lastError();
        if (m_open) { // begun, but the write lock was not had: the destructor will not run
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            m_open = false;
        }
        // Where a second writer waits out the busy timeout: when it gives up, say so in words.
        if (DatabaseBusy::is(error))
            throw Error(DatabaseBusy::explain(m_db));
        throw Error(
            QCoreApplication::translate("Sql", "Database error: %1 (in: %2)").arg(error.text(), begin));
    }
}

Transaction::~Transaction() {
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit() {
    Sql::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}
