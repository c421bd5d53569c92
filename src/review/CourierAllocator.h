#pragma once

#include "BulkResult.h"
#include "base/Actor.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A courier's daily quota (指标) and how much of it a day has used.
struct CourierQuota {
    QString code;
    QString name;
    int quota = 0; // 0: no quota set, not allocated automatically
    int used = 0;
    int remaining() const { return std::max(0, quota - used); }
};

// Region rules: province → the only courier that goes there (remote → EMS); courier → provinces it
// does not reach.
struct CourierRegions {
    QHash<QString, QString> onlyCourier;
    QHash<QString, QStringList> excluded; // courier → provinces

    static CourierRegions load(const QSqlDatabase &db);
};

struct CourierPlanOrder {
    qint64 id = 0;
    QString province;
};

// The allocation itself, without the database (the property tests drive it): each order in
// queue order goes to its region's only courier, else to the eligible courier whose quota is
// least filled (used/quota), so quotas fill in proportion; no courier gets more than its quota.
struct CourierPlan {
    QHash<qint64, QString> assigned;
    QHash<qint64, QString> unassigned; // order → why
};

namespace CourierAllocator {
CourierPlan plan(const QList<CourierPlanOrder> &orders, QList<CourierQuota> &quotas,
                 const CourierRegions &regions);
// Quotas with what the day (local date) has used.
QList<CourierQuota> quotas(const QSqlDatabase &db, const QDate &day);
// Allocates the given orders (before Submitted, no courier yet) for the day; audited per order.
BulkResult allocate(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids, const QDate &day);
} // namespace CourierAllocator
