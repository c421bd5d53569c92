#pragma once

#include "base/Actor.h"
#include "base/Result.h"
#include "orders/Order.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One after-sales case as the service desk lists it.
struct AfterSalesRow {
    qint64 caseId = 0;
    qint64 orderId = 0;
    QString orderNo;
    QString buyerNick;
    QString kind; // refund_only | return_refund | exchange | reship
    Stage arrivedStage = Stage::Imported;
    QString outcome; // open | cancelled_before_submit | intercepted | refused_delivery | returned_received |
                     // exchanged | reshipped | closed
    QString reason;
    QString reasonCategory; // quality | logistics | no_reason | other
    qint64 refundFen = 0;
    QString requestedAt;
    QString completedAt;
    bool dispute = false;
    bool sellerLiable = false;
    qint64 linkedOrderId = 0;
    QString linkedOrderNo;
};

// What the platform's refund report says about a case (for the refund metrics).
struct RefundFacts {
    QString reason;      // the buyer's reason as the platform words it; classified into a category
    QString completedAt; // UTC text; empty: not completed
    bool dispute = false;
    bool sellerLiable = false;
};

struct AfterSalesFilter {
    bool openOnly = false;
    QString kind;  // empty: all
    QString since; // requested from (UTC text); empty: all
};

// The service desk's after-sales list and its actions: refunds and returns in one place with the
// stage each arrived at and what happened; exchange/reship (换货补寄) creates a new order linked
// to the case, entering review like any other order.
namespace AfterSalesDesk {
QList<AfterSalesRow> list(const QSqlDatabase &db, const AfterSalesFilter &filter = {});
QString kindName(const QString &kind);
QString outcomeName(const QString &outcome);
QStringList outcomes();
// 品质问题 and its usual wordings → quality; 破损/未收到/物流 → logistics; 七天无理由/不想要 → no_reason.
QString classifyReason(const QString &reason);

// Records the platform's facts on a case (audited, own transaction).
Result<> recordRefund(const QSqlDatabase &db, const Actor &actor, qint64 caseId, const RefundFacts &facts);
// Sets the outcome; a refund case that ends refunded gets completed_at now if the platform has not
// said otherwise (own transaction).
Result<> setOutcome(const QSqlDatabase &db, const Actor &actor, qint64 caseId, const QString &outcome);
// Exchange or reship: a new order to the same receiver, lines copied at price 0 (or `lines` when
// given), platform number "<original>-H1" (换) / "-B1" (补), unpaid so it never counts as a sale;
// the case gets linked_order_id and outcome exchanged/reshipped. Returns the new order's id.
Result<> createLinkedOrder(const QSqlDatabase &db, const Actor &actor, qint64 caseId,
                           const QList<OrderLine> &lines, qint64 *newOrderId = nullptr);
QList<QStringList> csvRows(const QList<AfterSalesRow> &rows);
} // namespace AfterSalesDesk
