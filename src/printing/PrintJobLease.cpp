#include "PrintJobLease.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <sys/types.h>
#endif

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrintJobLease", text);
}

// Real time, not the business clock a test may freeze: leases are compared across processes.
QString timeText(qint64 secondsAgo = 0)
{
    return Clock::toText(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo));
}

// A process on this host that no longer exists cannot be printing (a kill -9, a crash): its
// lease need not wait for the stale time. Other hosts' processes only age out.
bool goneHere(const QString &host, qint64 pid)
{
#ifdef Q_OS_UNIX
    return host == QSysInfo::machineHostName() && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(host);
    Q_UNUSED(pid);
    return false;
#endif
}

const QString ReadLease = QStringLiteral(
    "SELECT token, host, pid, station, operator, heartbeat_at FROM print_job_leases WHERE job_id = ?");
} // namespace

PrintJobLease::PrintJobLease(const QSqlDatabase &db, const Actor &actor, qint64 jobId)
    : m_db(db)
    , m_actor(actor)
    , m_jobId(jobId)
    , m_token(QString::number(QRandomGenerator::system()->generate64(), 16) +
              QString::number(QRandomGenerator::system()->generate64(), 16))
    , m_host(QSysInfo::machineHostName())
    , m_pid(QCoreApplication::applicationPid())
    , m_owner(db, jobId)
{
}

int PrintJobLease::staleSeconds()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("PACKLINE_PRINT_LEASE_STALE_SECONDS", &ok);
    return ok && s > 0 ? s : 30;
}

QString PrintJobLease::holderText(const QVariantList &row) const
{
    return tr("process %1 on %2, station %3")
        .arg(row.at(2).toLongLong())
        .arg(row.at(1).toString(), row.at(3).toString());
}

void PrintJobLease::acquire()
{
    // Taken: no connection anywhere holds this job, so a holder in the row is gone.
    const bool nobodyElse = m_owner.tryTake() == OwnerLock::State::Taken;
    const auto row = Sql::firstRow(m_db, Locks::forUpdate(m_db, ReadLease), {m_jobId});
    const QString now = timeText();
    if (!row) {
        // ON CONFLICT: on PostgreSQL another computer may insert between the read and here.
        const int n = Sql::run(m_db,
                               QStringLiteral("INSERT INTO print_job_leases (job_id, token, host, pid, "
                                              "station, operator, acquired_at, heartbeat_at) VALUES (?, ?, "
                                              "?, ?, ?, ?, ?, ?) ON CONFLICT (job_id) DO NOTHING"),
                               {m_jobId, m_token, m_host, m_pid, Sql::text(m_actor.station),
                                Sql::text(m_actor.operatorName), now, now})
                          .numRowsAffected();
        if (n != 1)
            return acquire(); // someone was quicker: read who
    } else if (row->at(0).toString() != m_token) {
        const bool stale = row->at(5).toString() < timeText(staleSeconds());
        if (!stale && !nobodyElse && !goneHere(row->at(1).toString(), row->at(2).toLongLong())) {
            m_owner.release();
            throw Error(tr("Print job %1 is being printed by another Packline (%2). Let it finish, or "
                           "pause it there.")
                            .arg(m_jobId)
                            .arg(holderText(*row)));
        }
        // Compare-and-swap on the old token: of two stations taking over at once, one wins.
        const int n = Sql::run(m_db,
                               QStringLiteral("UPDATE print_job_leases SET token = ?, host = ?, pid = ?, "
                                              "station = ?, operator = ?, acquired_at = ?, heartbeat_at = ? "
                                              "WHERE job_id = ? AND token = ?"),
                               {m_token, m_host, m_pid, Sql::text(m_actor.station),
                                Sql::text(m_actor.operatorName), now, now, m_jobId, row->at(0)})
                          .numRowsAffected();
        if (n != 1)
            return acquire();
        AuditLog::record(m_db, m_actor, QStringLiteral("print_job"), m_jobId,
                         QStringLiteral("lease_takeover"),
                         {{QStringLiteral("host"), row->at(1).toString()},
                          {QStringLiteral("pid"), row->at(2).toLongLong()},
                          {QStringLiteral("station"), row->at(3).toString()},
                          {QStringLiteral("heartbeat_at"), row->at(5).toString()}},
                         {{QStringLiteral("host"), m_host}, {QStringLiteral("pid"), m_pid}});
    } else {
        Sql::run(m_db, QStringLiteral("UPDATE print_job_leases SET heartbeat_at = ? WHERE job_id = ?"),
                 {now, m_jobId});
    }
    m_held = true;
    m_sinceBeat.start();
}

void PrintJobLease::hold()
{
    if (m_lost)
        throw Error(m_lostReason); // once taken over, this runner stays stopped
    if (!m_held)
        return acquire();
    const auto row = Sql::firstRow(m_db, Locks::forUpdate(m_db, ReadLease), {m_jobId});
    if (!row || row->at(0).toString() != m_token) {
        m_held = false;
        m_lost = true;
        m_owner.release();
        m_lostReason =
            row ? tr("Print job %1 was taken over by another Packline (%2) while this one was not "
                     "answering. This one stopped without printing further.")
                      .arg(m_jobId)
                      .arg(holderText(*row))
                : tr("Print job %1 is no longer held by this Packline (its lease was removed). This "
                     "one stopped without printing further.")
                      .arg(m_jobId);
        throw Error(m_lostReason);
    }
    // A few beats per stale time, written in the step's own commit. A runner that took a stale
    // lease over from a live holder gets the owner lock once that one lets go.
    if (m_sinceBeat.elapsed() >= staleSeconds() * 1000 / 5) {
        if (m_owner.state() == OwnerLock::State::HeldElsewhere || m_owner.state() == OwnerLock::State::Free)
            m_owner.tryTake();
        Sql::run(
            m_db,
            QStringLiteral("UPDATE print_job_leases SET heartbeat_at = ? WHERE job_id = ? AND token = ?"),
            {timeText(), m_jobId, m_token});
        m_sinceBeat.start();
    }
}

void PrintJobLease::release()
{
    if (!m_held)
        return;
    Sql::run(m_db, QStringLiteral("DELETE FROM print_job_leases WHERE job_id = ? AND token = ?"),
             {m_jobId, m_token});
    m_held = false;
    m_owner.release();
}
