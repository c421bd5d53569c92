#include "ui/DatabaseWatcher.h"

#include "base/Error.h"
#include "db/Database.h"

DatabaseWatcher::DatabaseWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_lastVersion = m_database.dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    m_timer.start(intervalMs);
}

void DatabaseWatcher::poll()
{
    try {
        const qint64 v = m_database.dataVersion();
        if (v != m_lastVersion) {
            m_lastVersion = v;
            emit changed();
        }
    } catch (const Error &) {
        // A busy database is no reason to bother the user; the next poll will see it.
    }
}
