#include "AfterSales.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"

#include <QJsonObject>

namespace {
struct Code {
    int value;
    const char *code;
};
constexpr Code kKinds[] = {{int(AfterSalesKind::RefundOnly), "refund_only"},
                           {int(AfterSalesKind::ReturnRefund), "return_refund"},
                           {int(AfterSalesKind::Exchange), "exchange"},
                           {int(AfterSalesKind::Reship), "reship"}};
constexpr Code kOutcomes[] = {{int(AfterSalesOutcome::Open), "open"},
                              {int(AfterSalesOutcome::CancelledBeforeSubmit), "cancelled_before_submit"},
                              {int(AfterSalesOutcome::Intercepted), "intercepted"},
                              {int(AfterSalesOutcome::RefusedDelivery), "refused_delivery"},
                              {int(AfterSalesOutcome::ReturnedReceived), "returned_received"},
                              {int(AfterSalesOutcome::Exchanged), "exchanged"},
                              {int(AfterSalesOutcome::Reshipped), "reshipped"},
                              {int(AfterSalesOutcome::Closed), "closed"}};

template <size_t N> QString codeOf(const Code (&codes)[N], int value)
{
    for (const Code &c : codes)
        if (c.value == value)
            return QString::fromLatin1(c.code);
    return {};
}

template <size_t N> std::optional<int> valueOf(const Code (&codes)[N], const QString &code)
{
    for (const Code &c : codes)
        if (code == QLatin1String(c.code))
            return c.value;
    return std::nullopt;
}
} // namespace

QString AfterSales::code(AfterSalesKind kind)
{
    return codeOf(kKinds, int(kind));
}

QString AfterSales::code(AfterSalesOutcome outcome)
{
    return codeOf(kOutcomes, int(outcome));
}

std::optional<AfterSalesKind> AfterSales::kindFromCode(const QString &code)
{
    const auto v = valueOf(kKinds, code);
    return v ? std::optional(AfterSalesKind(*v)) : std::nullopt;
}

std::optional<AfterSalesOutcome> AfterSales::outcomeFromCode(const QString &code)
{
    const auto v = valueOf(kOutcomes, code);
    return v ? std::optional(AfterSalesOutcome(*v)) : std::nullopt;
}

QList<AfterSalesOutcome> AfterSales::outcomes()
{
    QList<AfterSalesOutcome> all;
    for (const Code &c : kOutcomes)
        all << AfterSalesOutcome(c.value);
    return all;
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
