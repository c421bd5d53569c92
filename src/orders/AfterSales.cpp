#include "AfterSales.h"

#include "base/Clock.h"
#include "base/CodeTable.h"
#include "db/AuditLog.h"
#include "db/Sql.h"

#include <QJsonObject>

namespace {
// In the enums' order (AfterSales.h).
constexpr CodeTable<AfterSalesKind, 4> kKinds{{"refund_only", "return_refund", "exchange", "reship"}};
constexpr CodeTable<AfterSalesOutcome, 8> kOutcomes{{"open", "cancelled_before_submit", "intercepted",
                                                     "refused_delivery", "returned_received", "exchanged",
                                                     "reshipped", "closed"}};
} // namespace

QString AfterSales::code(AfterSalesKind kind)
{
    return kKinds.code(kind);
}

QString AfterSales::code(AfterSalesOutcome outcome)
{
    return kOutcomes.code(outcome);
}

std::optional<AfterSalesKind> AfterSales::kindFromCode(const QString &code)
{
    return kKinds.fromCode(code);
}

std::optional<AfterSalesOutcome> AfterSales::outcomeFromCode(const QString &code)
{
    return kOutcomes.fromCode(code);
}

QList<AfterSalesOutcome> AfterSales::outcomes()
{
    return kOutcomes.all();
}

bool AfterSales::isRefund(AfterSalesKind kind)
{
    return kind == AfterSalesKind::RefundOnly || kind == AfterSalesKind::ReturnRefund;
}

bool AfterSales::endsRefunded(AfterSalesOutcome outcome)
{
    return outcome == AfterSalesOutcome::CancelledBeforeSubmit || outcome == AfterSalesOutcome::Intercepted ||
           outcome == AfterSalesOutcome::RefusedDelivery || outcome == AfterSalesOutcome::ReturnedReceived;
}

qint64 AfterSales::open(const QSqlDatabase &db, const Actor &actor, const AfterSalesCase &c)
{
    const QVariant existing = Sql::scalar(
        db,
        QStringLiteral("SELECT id FROM after_sales WHERE order_id = ? AND kind = ? AND closed_at IS NULL"),
        {c.orderId, code(c.kind)});
    if (existing.isValid())
        return existing.toLongLong();
    const QString now = Clock::nowText();
    const qint64 id = Sql::insert(
        db,
        QStringLiteral("INSERT INTO after_sales (order_id, kind, arrived_stage, outcome, reason, "
                       "refund_fen, requested_at, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.orderId, code(c.kind), Stages::code(c.arrivedStage), code(c.outcome), Sql::text(c.reason),
         c.refundFen, c.requestedAt.isEmpty() ? now : c.requestedAt, now, now});
    AuditLog::record(db, actor, QStringLiteral("after_sales"), id, QStringLiteral("open"), {},
                     {{QStringLiteral("order_id"), c.orderId},
                      {QStringLiteral("kind"), code(c.kind)},
                      {QStringLiteral("arrived_stage"), Stages::code(c.arrivedStage)},
                      {QStringLiteral("outcome"), code(c.outcome)}});
    return id;
}

void AfterSales::setOutcome(const QSqlDatabase &db, const Actor &actor, qint64 caseId,
                            AfterSalesOutcome outcome)
{
    const QString before =
        Sql::scalar(db, QStringLiteral("SELECT outcome FROM after_sales WHERE id = ?"), {caseId}).toString();
    const QString now = Clock::nowText();
    const bool closes = outcome != AfterSalesOutcome::Open;
    Sql::run(db,
             QStringLiteral("UPDATE after_sales SET outcome = ?, updated_at = ?, closed_at = ? WHERE id = ?"),
             {code(outcome), now, closes ? QVariant(now) : QVariant(), caseId});
    AuditLog::record(db, actor, QStringLiteral("after_sales"), caseId, QStringLiteral("outcome"),
                     {{QStringLiteral("outcome"), before}}, {{QStringLiteral("outcome"), code(outcome)}});
}
