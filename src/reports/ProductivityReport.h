#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct OperatorProductivity {
    QString operatorName;
    qint64 reviewed = 0;
    qint64 printed = 0;
    qint64 packed = 0;
    int activeHours = 0; // clock hours (Beijing) in which the operator moved at least one order
    QString first;       // first and last move in the window, UTC text
    QString last;
    double perHour(qint64 n) const { return activeHours > 0 ? double(n) / activeHours : 0.0; }
};

// Orders each operator moved to Reviewed, Printed and Packed in [from, to) (UTC text), from the
// audit log's stage rows. "Per hour" divides by the clock hours the operator was active in (any
// move in that hour), so breaks and other duties do not count against them.
namespace ProductivityReport {
QList<OperatorProductivity> compute(const QSqlDatabase &db, const QString &from, const QString &to);
QList<QStringList> csvRows(const QList<OperatorProductivity> &rows);
} // namespace ProductivityReport
