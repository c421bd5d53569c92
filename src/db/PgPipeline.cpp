#include "PgPipeline.h"

#include "Reconnection.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>
#include <libpq-fe.h>

namespace {
// Answers are read after this many runs at the latest: the server's answers to a long pipeline
// would otherwise fill the socket while libpq is still writing, and both sides would wait.
constexpr qsizetype kMostPending = 1000;

// Per connection (a connection is used by one thread): the statements of the runs not yet answered.
thread_local QHash<PGconn *, QStringList> t_pending;

// Reads the answers up to the pipeline's sync point; returns the first refusal ("" when none).
QString drain(PGconn *connection)
{
    QStringList statements = t_pending.take(connection);
    QString refusal;
    if (PQpipelineSync(connection) != 1)
        refusal = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    qsizetype answered = 0;
    int idle = 0; // NULLs in a row: one ends each statement's answers; more means nothing is coming
    while (PQstatus(connection) != CONNECTION_BAD && idle <= statements.size() + 2) {
        PGresult *result = PQgetResult(connection);
        if (!result) {
            ++idle;
            continue;
        }
        idle = 0;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        if (status == PGRES_FATAL_ERROR && refusal.isEmpty())
            refusal = QStringLiteral("%1 (in: %2)")
                          .arg(QString::fromUtf8(PQresultErrorMessage(result)).trimmed(),
                               statements.value(answered).simplified().left(200));
        if (status != PGRES_PIPELINE_ABORTED || refusal.isEmpty())
            ++answered;
        PQclear(result);
    }
    if (PQstatus(connection) == CONNECTION_BAD) {
        if (refusal.isEmpty())
            refusal = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        return refusal;
    }
    if (PQexitPipelineMode(connection) != 1 && refusal.isEmpty())
        refusal = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    return refusal;
}
} // namespace

PGconn *PgPipeline::connectionOf(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || handle.metaType().sizeOf() != sizeof(PGconn *))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool PgPipeline::linkLost(PGconn *connection)
{
    if (!connection)
        return false;
    // On a live link this reads what is waiting (a notification stays queued for the driver).
    return PQstatus(connection) == CONNECTION_BAD || PQconsumeInput(connection) == 0 ||
           PQstatus(connection) == CONNECTION_BAD;
}

QVarLengthArray<const char *, 32> PgPipeline::parameters(const QList<QByteArray> &values)
{
    QVarLengthArray<const char *, 32> pointers;
    for (const QByteArray &v : values)
        pointers.append(v.isNull() ? nullptr : v.constData());
    return pointers;
}

void PgPipeline::send(PGconn *connection, const QByteArray &name, const QString &sql,
                      const QList<QByteArray> &values)
{
    if (PQpipelineStatus(connection) == PQ_PIPELINE_OFF) {
        t_pending.remove(connection); // a connection lost with runs pending, opened again at this address
        if (PQenterPipelineMode(connection) != 1)
            throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                            .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed(), sql));
    }
    const QVarLengthArray<const char *, 32> pointers = parameters(values);
    QStringList &pending = t_pending[connection];
    pending << sql;
    if (PQsendQueryPrepared(connection, name.constData(), int(pointers.size()), pointers.constData(), nullptr,
                            nullptr, 0) != 1) {
        settle(connection); // the refusal is in an answer, or the link is gone
        throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                        .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed(), sql));
    }
    if (pending.size() >= kMostPending)
        settle(connection);
}

void PgPipeline::settle(PGconn *connection)
{
    if (!connection || PQpipelineStatus(connection) == PQ_PIPELINE_OFF)
        return;
    const QString refusal = drain(connection);
    if (refusal.isEmpty())
        return;
    // Lost before COMMIT was sent: the server rolled the transaction back, so it may run again.
    if (linkLost(connection))
        Reconnection::fail(refusal, true);
    throw Error(QCoreApplication::translate("Sql", "Database error: %1").arg(refusal));
}

void PgPipeline::discard(PGconn *connection)
{
    if (connection && PQpipelineStatus(connection) != PQ_PIPELINE_OFF)
        drain(connection);
}
