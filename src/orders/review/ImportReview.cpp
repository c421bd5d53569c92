#include "ImportReview.h"

#include "db/Sql.h"

ImportReview::ImportReview(const QSqlDatabase &db)
    : m_db(db)
{
    // Both rowid maxima: instant on any size of database.
    m_lastOrderBefore =
        Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")).toLongLong();
    m_lastAuditBefore =
        Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).toLongLong();
}

RuleRunSummary ImportReview::afterImport(const Actor &actor, qint64 runId)
{
    if (runId <= 0)
        return {};
    QList<qint64> ids;
    QSqlQuery created =
        Sql::run(m_db, QStringLiteral("SELECT id FROM orders WHERE id > ? AND import_run_id = ?"),
                 {m_lastOrderBefore, runId});
    while (created.next())
        ids << created.value(0).toLongLong();
    // Every change intake makes to an order writes its audit row (import_update, a stage move);
    // rows another station wrote meanwhile come along too, which costs a little and harms nothing.
    QSqlQuery changed = Sql::run(m_db,
                                 QStringLiteral("SELECT DISTINCT entity_id FROM audit_log WHERE id > ? AND "
                                                "entity = 'order' AND entity_id <= ?"),
                                 {m_lastAuditBefore, m_lastOrderBefore});
    while (changed.next())
        ids << changed.value(0).toLongLong();
    if (ids.isEmpty())
        return {};
    // A big import touches most of the queue: one run over all of it reads in bulk instead of
    // order by order (and the stock rule sees the whole queue).
    if (ids.size() > 20000)
        return RuleEngine::run(m_db, actor);
    return RuleEngine::runOn(m_db, actor, ids);
}
