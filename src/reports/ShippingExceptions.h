#pragma once

#include "orders/Stage.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Something on the floor a person must act on before it turns into a loss.
struct ShippingException {
    enum class Kind {
        InterceptedToPull,     // refunded after submit: pull it from the shelf / bench / courier cart
        RefundedAfterShipping, // refund on a shipped order: refuse delivery or expect the return
        Stuck,                 // too long in one stage
    };
    Kind kind = Kind::Stuck;
    qint64 orderId = 0;
    QString orderNo;
    Stage stage = Stage::Imported;
    QString courierCode;
    QString trackingNo;
    QDateTime since; // UTC: when it entered the stage / when the refund arrived
    QString action;  // what to do, for a person (translated)
};

struct StuckLimits {
    int submittedHours = 24;
    int printedHours = 8;
    int packedHours = 12;
    int onHoldHours = 24;
    int outOfStockHours = 48;
};

namespace ShippingExceptions {
// Intercepted first (they can still be stopped), then refunds after shipping, then the stuck,
// oldest first in each group; at most `limit` per group.
QList<ShippingException> list(const QSqlDatabase &db, const QDateTime &nowUtc, const StuckLimits &limits = {},
                              int limit = 500);
QString kindName(ShippingException::Kind kind);
} // namespace ShippingExceptions
