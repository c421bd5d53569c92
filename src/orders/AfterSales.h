#pragma once

#include "Stage.h"
#include "base/Actor.h"

#include <QSqlDatabase>
#include <QString>

struct AfterSalesCase {
    qint64 id = 0;
    qint64 orderId = 0;
    QString kind = QStringLiteral("refund_only"); // refund_only | return_refund | exchange | reship
    Stage arrivedStage = Stage::Imported;
    QString outcome = QStringLiteral("open");
    QString reason;
    qint64 refundFen = 0;
    QString requestedAt; // UTC text; empty means now
};

// Opens and updates after-sales cases; call inside the caller's Transaction (audited).
namespace AfterSales {
// Opens a case, or returns the open case of the same kind on that order (re-imports don't duplicate).
qint64 open(const QSqlDatabase &db, const Actor &actor, const AfterSalesCase &c);
void setOutcome(const QSqlDatabase &db, const Actor &actor, qint64 caseId, const QString &outcome);
} // namespace AfterSales
