#include "CourierAllocator.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CourierAllocator", text);
}
} // namespace

CourierRegions CourierRegions::load(const QSqlDatabase &db)
{
    CourierRegions r;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT courier_code, province, rule FROM courier_regions"));
    while (q.next()) {
        if (q.value(2).toString() == u"only")
            r.onlyCourier.insert(q.value(1).toString(), q.value(0).toString());
        else
            r.excluded[q.value(0).toString()] << q.value(1).toString();
    }
    return r;
}

CourierPlan CourierAllocator::plan(const QList<CourierPlanOrder> &orders, QList<CourierQuota> &quotas,
                                   const CourierRegions &regions)
{
    CourierPlan plan;
    for (const CourierPlanOrder &o : orders) {
        const QString only = regions.onlyCourier.value(o.province);
        CourierQuota *best = nullptr;
        for (CourierQuota &q : quotas) {
            if (q.remaining() <= 0)
                continue;
            if (!only.isEmpty() && q.code != only)
                continue;
            if (regions.excluded.value(q.code).contains(o.province))
                continue;
            // Least filled first (compare used/quota without division), then most room left.
            if (!best || qint64(q.used) * best->quota < qint64(best->used) * q.quota ||
                (qint64(q.used) * best->quota == qint64(best->used) * q.quota &&
                 q.remaining() > best->remaining()))
                best = &q;
        }
        if (!best) {
            plan.unassigned.insert(
                o.id, only.isEmpty()
                          ? tr("No courier with quota left reaches %1.").arg(o.province)
                          : tr("%1 ships only with %2, whose quota is used up.").arg(o.province, only));
            continue;
        }
        ++best->used;
        plan.assigned.insert(o.id, best->code);
    }
    return plan;
}

QList<CourierQuota> CourierAllocator::quotas(const QSqlDatabase &db, const QDate &day)
{
    QList<CourierQuota> result;
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT c.code, c.name, c.daily_quota, (SELECT COUNT(*) FROM orders o WHERE "
                                "o.courier_day = ? AND o.courier_code = c.code AND o.stage <> 'cancelled') "
                                "FROM couriers c WHERE c.active = 1 ORDER BY c.id"),
                 {day.toString(Qt::ISODate)});
    while (q.next())
        result << CourierQuota{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                               q.value(3).toInt()};
    return result;
}

BulkResult CourierAllocator::allocate(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids,
                                      const QDate &day)
{
    return Transaction::run(db, [&](Transaction &tx) {
        BulkResult result;
        // One station at a time shares out a day's quotas: two that read the same counts side by side
        // would both fill the last places.
        Locks::topic(db, QStringLiteral("courier-quota:") + day.toString(Qt::ISODate));
        QList<CourierQuota> q = quotas(db, day);
        bool anyQuota = false;
        for (const CourierQuota &c : std::as_const(q))
            anyQuota = anyQuota || c.quota > 0;
        if (!anyQuota) {
            for (qint64 id : ids)
                result.refused << qMakePair(id, tr("No courier has a daily quota; set the quotas first."));
            return result;
        }
        QList<CourierPlanOrder> orders;
        Sql::Statement byId(
            db, QStringLiteral("SELECT platform_order_no, stage, courier_code, receiver_province, "
                               "version FROM orders WHERE id = ?"));
        QHash<qint64, QPair<QString, int>> seen;
        for (qint64 id : ids) {
            QSqlQuery &read = byId.run({id});
            if (!read.next()) {
                result.refused << qMakePair(id, tr("Order %1 does not exist.").arg(id));
                continue;
            }
            const QString orderNo = read.value(0).toString();
            const std::optional<Stage> stage = Stages::fromCode(read.value(1).toString());
            if (!stage || !Stages::awaitsSubmit(*stage)) {
                result.refused << qMakePair(
                    id, tr("%1: only orders before Submitted get a courier here.").arg(orderNo));
            } else if (!read.value(2).toString().isEmpty()) {
                result.refused << qMakePair(
                    id, tr("%1 already ships with %2.").arg(orderNo, read.value(2).toString()));
            } else {
                orders << CourierPlanOrder{id, read.value(3).toString()};
                seen.insert(id, {orderNo, read.value(4).toInt()});
            }
            read.finish();
        }
        const CourierPlan plan = CourierAllocator::plan(orders, q, CourierRegions::load(db));
        const QString now = Clock::nowText();
        for (const CourierPlanOrder &o : std::as_const(orders)) {
            const auto [orderNo, version] = seen.value(o.id);
            if (plan.unassigned.contains(o.id)) {
                result.refused << qMakePair(o.id, tr("%1: %2").arg(orderNo, plan.unassigned.value(o.id)));
                continue;
            }
            const QString courier = plan.assigned.value(o.id);
            QSqlQuery update = Sql::run(
                db,
                QStringLiteral("UPDATE orders SET courier_code = ?, courier_day = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ? AND version = ?"),
                {courier, day.toString(Qt::ISODate), now, o.id, version});
            if (update.numRowsAffected() != 1) {
                result.refused << qMakePair(
                    o.id, tr("%1 was changed by someone else; reload and try again.").arg(orderNo));
                continue;
            }
            AuditLog::record(
                db, actor, QStringLiteral("order"), o.id, QStringLiteral("courier"),
                {{QStringLiteral("courier"), QString()}},
                {{QStringLiteral("courier"), courier}, {QStringLiteral("day"), day.toString(Qt::ISODate)}});
            ++result.done;
        }
        tx.commit();
        return result;
    });
}
