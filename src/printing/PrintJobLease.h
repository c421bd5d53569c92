#pragma once

#include "base/Actor.h"
#include "db/OwnerLock.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

// Who prints a job: a row in print_job_leases, so every way of reaching the database (a symlink,
// a hard link, another computer on PostgreSQL) sees the same owner. The owner is this runner's
// random token, with its host, process and station for the person who is refused.
//
// acquire() and hold() run in the caller's write transaction: the lease is taken, renewed or
// found lost in the same commit as the pages it covers. A holder whose heartbeat is older than
// the stale time ($PACKLINE_PRINT_LEASE_STALE_SECONDS, default 30), or whose process is gone on
// this host, is taken over (audited).
class PrintJobLease {
public:
    PrintJobLease(const QSqlDatabase &db, const Actor &actor, qint64 jobId);

    // Takes the lease when it is free, ours, or its holder is stale; throws Error naming the
    // holder otherwise. Call inside a write Transaction.
    void acquire();
    // While held: throws Error when someone took the lease over (lost() is then true, and stays
    // so: every later call throws the same), else
    // renews the heartbeat when it is a few seconds old. When not held: acquire(). Inside a
    // write Transaction.
    void hold();
    // Gives the lease up (its own statement); nothing when not held.
    void release();
    // The transaction that acquired the lease was rolled back (Transaction::run runs it again):
    // not held, so the next hold() acquires it again.
    void rolledBack() { m_held = false; }

    bool held() const { return m_held; }
    bool lost() const { return m_lost; }
    static int staleSeconds();

private:
    QString holderText(const QVariantList &row) const;

    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_jobId;
    QString m_token;
    QString m_host;
    qint64 m_pid;
    bool m_held = false;
    bool m_lost = false;
    QString m_lostReason;
    QElapsedTimer m_sinceBeat; // since the heartbeat this runner wrote last
    OwnerLock m_owner;         // held while this runner holds the lease (where the engine has one)
};
