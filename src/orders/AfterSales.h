#pragma once

#include "Stage.h"
#include "base/Actor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// What the buyer asked the shop for. Stored as its code (refund_only, …).
enum class AfterSalesKind { RefundOnly, ReturnRefund, Exchange, Reship };

// How a case ended; Open until it has. Stored as its code (open, cancelled_before_submit, …).
enum class AfterSalesOutcome {
    Open,
    CancelledBeforeSubmit, // refunded before the warehouse had it
    Intercepted,           // stopped at the pack station
    RefusedDelivery,       // the buyer refused the parcel; it comes back
    ReturnedReceived,      // the return reached the warehouse
    Exchanged,             // a linked exchange order (换) was made
    Reshipped,             // a linked reship order (补) was made
    Closed,
};

struct AfterSalesCase {
    qint64 id = 0;
    qint64 orderId = 0;
    AfterSalesKind kind = AfterSalesKind::RefundOnly;
    Stage arrivedStage = Stage::Imported;
    AfterSalesOutcome outcome = AfterSalesOutcome::Open;
    QString reason;
    qint64 refundFen = 0;
    QString requestedAt; // UTC text; empty means now
};

// Opens and updates after-sales cases; call inside the caller's Transaction (audited).
namespace AfterSales {
// Opens a case, or returns the open case of the same kind on that order (re-imports don't duplicate).
qint64 open(const QSqlDatabase &db, const Actor &actor, const AfterSalesCase &c);
void setOutcome(const QSqlDatabase &db, const Actor &actor, qint64 caseId, AfterSalesOutcome outcome);

// The codes the database and CSV files hold; fromCode is empty for a code Packline does not know.
QString code(AfterSalesKind kind);
QString code(AfterSalesOutcome outcome);
std::optional<AfterSalesKind> kindFromCode(const QString &code);
std::optional<AfterSalesOutcome> outcomeFromCode(const QString &code);
QList<AfterSalesOutcome> outcomes();
// The money went back to the buyer: a refund case, and an outcome that ends in a refund.
bool isRefund(AfterSalesKind kind);
bool endsRefunded(AfterSalesOutcome outcome);
} // namespace AfterSales
