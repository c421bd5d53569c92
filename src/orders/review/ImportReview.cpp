#include "ImportReview.h"

#include "db/Sql.h"

ImportReview::ImportReview(const QSqlDatabase &db)
    : m_db(db)
{
    m_lastIdBefore =
        Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")).toLongLong();
}

RuleRunSummary ImportReview::afterImport(const Actor &actor, qint64 runId, bool anyChanged)
{
    if (runId <= 0)
        return {};
    QList<qint64> ids;
    // New orders: a rowid range, whatever the size of the database.
    QSqlQuery created =
        Sql::run(m_db, QStringLiteral("SELECT id FROM orders WHERE id > ? AND import_run_id = ?"),
                 {m_lastIdBefore, runId});
    while (created.next())
        ids << created.value(0).toLongLong();
    // Changed ones carry the run's id; only read for when the run changed some (a scan of the
    // orders under review: no index on import_run_id, which every intake insert would pay for).
    if (anyChanged) {
        QSqlQuery changed =
            Sql::run(m_db,
                     QStringLiteral("SELECT id FROM orders WHERE id <= ? AND import_run_id = ? AND stage IN "
                                    "('imported', 'reviewed', 'out_of_stock')"),
                     {m_lastIdBefore, runId});
        while (changed.next())
            ids << changed.value(0).toLongLong();
    }
    if (ids.isEmpty())
        return {};
    // A big import touches most of the queue: one run over all of it reads in bulk instead of
    // order by order (and the stock rule sees the whole queue).
    if (ids.size() > 20000)
        return RuleEngine::run(m_db, actor);
    return RuleEngine::runOn(m_db, actor, ids);
}
