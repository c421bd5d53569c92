#include "AfterSales.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"

#include <QJsonObject>

qint64 AfterSales::open(const QSqlDatabase &db, const Actor &actor, const AfterSalesCase &c)
{
    const QVariant existing = Sql::scalar(
        db,
        QStringLiteral("SELECT id FROM after_sales WHERE order_id = ? AND kind = ? AND closed_at IS NULL"),
        {c.orderId, c.kind});
    if (existing.isValid())
        return existing.toLongLong();
    const QString now = Clock::nowText();
    const qint64 id =
        Sql::insert(db,
                    QStringLiteral("INSERT INTO after_sales (order_id, kind, arrived_stage, outcome, reason, "
                                   "refund_fen, requested_at, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c.orderId, c.kind, Stages::code(c.arrivedStage), c.outcome, Sql::text(c.reason),
                     c.refundFen, c.requestedAt.isEmpty() ? now : c.requestedAt, now, now});
    AuditLog::record(db, actor, QStringLiteral("after_sales"), id, QStringLiteral("open"), {},
                     {{QStringLiteral("order_id"), c.orderId},
                      {QStringLiteral("kind"), c.kind},
                      {QStringLiteral("arrived_stage"), Stages::code(c.arrivedStage)},
                      {QStringLiteral("outcome"), c.outcome}});
    return id;
}

void AfterSales::setOutcome(const QSqlDatabase &db, const Actor &actor, qint64 caseId, const QString &outcome)
{
    const QString before =
        Sql::scalar(db, QStringLiteral("SELECT outcome FROM after_sales WHERE id = ?"), {caseId}).toString();
    const QString now = Clock::nowText();
    const bool closes = outcome != u"open";
    Sql::run(db,
             QStringLiteral("UPDATE after_sales SET outcome = ?, updated_at = ?, closed_at = ? WHERE id = ?"),
             {outcome, now, closes ? QVariant(now) : QVariant(), caseId});
    AuditLog::record(db, actor, QStringLiteral("after_sales"), caseId, QStringLiteral("outcome"),
                     {{QStringLiteral("outcome"), before}}, {{QStringLiteral("outcome"), outcome}});
}
