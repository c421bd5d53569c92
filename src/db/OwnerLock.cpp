#include "OwnerLock.h"

#include "DatabaseEngine.h"
#include "base/Error.h"

#include <QSqlDriver>
#include <QVariantMap>

namespace {
// On the connection's driver: how many owners of this connection hold each key.
constexpr char HoldersProperty[] = "packlineOwnerLocks";

int holders(const QSqlDatabase &db, qint64 key)
{
    return db.driver()->property(HoldersProperty).toMap().value(QString::number(key)).toInt();
}

void setHolders(const QSqlDatabase &db, qint64 key, int n)
{
    QVariantMap map = db.driver()->property(HoldersProperty).toMap();
    if (n > 0)
        map.insert(QString::number(key), n);
    else
        map.remove(QString::number(key));
    db.driver()->setProperty(HoldersProperty, map);
}
} // namespace

OwnerLock::OwnerLock(const QSqlDatabase &db, qint64 key)
    : m_db(db)
    , m_key(key)
{
}

OwnerLock::~OwnerLock()
{
    try {
        release();
    } catch (const Error &) {
        // The connection is gone or broken: so is the lock.
    }
}

OwnerLock::State OwnerLock::tryTake()
{
    if (m_state == State::Taken || m_state == State::HeldHere)
        return m_state;
    const int here = holders(m_db, m_key);
    if (here > 0) {
        setHolders(m_db, m_key, here + 1);
        return m_state = State::HeldHere;
    }
    const std::optional<bool> taken = DatabaseEngine::of(m_db).tryOwnerLock(m_db, m_key);
    if (!taken)
        return m_state = State::Unknown;
    if (!*taken)
        return m_state = State::HeldElsewhere;
    setHolders(m_db, m_key, 1);
    return m_state = State::Taken;
}

void OwnerLock::takeAgain(const QSqlDatabase &db)
{
    const QVariantMap held = db.driver()->property(HoldersProperty).toMap();
    for (auto it = held.begin(); it != held.end(); ++it)
        DatabaseEngine::of(db).tryOwnerLock(db, it.key().toLongLong());
}

void OwnerLock::release()
{
    if (m_state != State::Taken && m_state != State::HeldHere) {
        m_state = State::Free;
        return;
    }
    m_state = State::Free;
    const int here = holders(m_db, m_key) - 1;
    setHolders(m_db, m_key, here);
    if (here == 0)
        DatabaseEngine::of(m_db).releaseOwnerLock(m_db, m_key);
}
