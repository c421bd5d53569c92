#pragma once

#include "orders/Stage.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

struct CourierProgress {
    QString code; // "" for orders without a courier yet
    QString name;
    int toPack = 0;     // Printed
    int toHandOver = 0; // Packed
    int shippedToday = 0;
};

struct HourProgress {
    int hour = 0; // local hour of today, 0–23
    int packed = 0;
    int shipped = 0;
};

// A paid order that has not left and whose shipping deadline is near or past.
struct AtRiskOrder {
    qint64 orderId = 0;
    QString orderNo;
    Stage stage = Stage::Imported;
    QString courierCode;
    QDateTime paidAt;       // UTC
    QDateTime deadline;     // UTC
    qint64 minutesLeft = 0; // negative: late
};

// Today's shipping against the platform promise "every paid order ships within 3 days".
struct ShippingProgressReport {
    QDateTime now;      // UTC
    QDateTime dayStart; // UTC of local midnight
    QMap<Stage, qint64> stages;
    int packedToday = 0;
    int shippedToday = 0;
    int dueByEndOfDay = 0; // not shipped, deadline before local midnight tonight
    int late = 0;          // not shipped, deadline passed
    int atRiskTotal = 0;   // not shipped, deadline within the risk window (late included)
    QList<CourierProgress> couriers;
    QList<HourProgress> hours; // 24 entries
    QList<AtRiskOrder> atRisk; // most urgent first, at most the limit asked for
    // Share of today's workload done: shipped today / (shipped today + still due today).
    double targetShare() const
    {
        const int total = shippedToday + dueByEndOfDay;
        return total == 0 ? 1.0 : double(shippedToday) / total;
    }
};

struct ShippingProgressOptions {
    int deadlineHours = 72; // "shipped within 3 days of payment"
    int riskHours = 12;     // listed as at risk when fewer hours than this are left
    int atRiskLimit = 200;
};

// Reads through indexes: orders (stage, paid_at), parcels (packed_at), audit_log (at).
namespace ShippingProgress {
// Stages an order is in while the warehouse still owes the buyer a shipment.
QList<Stage> owedStages();
ShippingProgressReport compute(const QSqlDatabase &db, const QDateTime &nowUtc,
                               const ShippingProgressOptions &options = {});
} // namespace ShippingProgress
