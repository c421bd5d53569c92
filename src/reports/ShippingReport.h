#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <array>

// An order paid on the report's day that missed (or is missing) the shipping deadline.
struct LateOrder {
    qint64 orderId = 0;
    QString orderNo;
    QString courier;
    QString stage;     // code
    QString paidAt;    // UTC text
    QString shippedAt; // empty: not shipped yet
    double hoursLate = 0;
};

struct CourierShipping {
    QString courier;    // the platform's name; "" for orders without a courier yet
    qint64 paid = 0;    // paid on the day (to ship)
    qint64 shipped = 0; // of those, shipped by now
    qint64 within24 = 0;
    qint64 late = 0;
    qint64 shippedOnDay = 0; // shipped on the day, whenever paid
};

// One Beijing day's shipping: orders paid that day and how fast they left, orders that left that
// day, by courier and by hour, and the late list. "Shipped" is the first audit row moving the
// order to Shipped; orders shipped before audit rows existed (demo data) fall back to the time
// their stage last changed (an upper bound).
struct ShippingReportData {
    QDate day;
    int deadlineHours = 48;
    qint64 paid = 0;    // paid on the day
    qint64 closed = 0;  // of those, cancelled or intercepted: nothing to ship
    qint64 toShip = 0;  // paid − closed
    qint64 shipped = 0; // of toShip, shipped by now
    qint64 within24 = 0;
    qint64 within48 = 0;
    qint64 within72 = 0;
    qint64 shippedOnDay = 0; // left the warehouse on the day, whenever paid
    std::array<qint64, 24> paidByHour{};
    std::array<qint64, 24> shippedByHour{};
    QList<CourierShipping> byCourier;
    QList<LateOrder> late; // most late first
};

namespace ShippingReport {
// deadlineHours: the promise to the platform (Taobao's default is 48 h after payment).
ShippingReportData compute(const QSqlDatabase &db, const QDate &day, int deadlineHours = 48);
// Sections (summary, by courier, by hour, late orders), each headed by its name, blank line between.
QList<QStringList> csvRows(const ShippingReportData &report);
} // namespace ShippingReport
