#include "ShippingProgress.h"

#include "base/Clock.h"
#include "db/Sql.h"
#include "orders/Couriers.h"
#include "orders/StageCounts.h"

#include <QHash>
#include <QTimeZone>

QList<Stage> ShippingProgress::owedStages()
{
    return {Stage::Imported,  Stage::Reviewed, Stage::OutOfStock, Stage::OnHold,
            Stage::Submitted, Stage::Printed,  Stage::Packed};
}

ShippingProgressReport ShippingProgress::compute(const QSqlDatabase &db, const QDateTime &nowUtc,
                                                 const ShippingProgressOptions &options)
{
    ShippingProgressReport r;
    r.now = nowUtc.toUTC();
    const QDateTime localNow = r.now.toLocalTime();
    r.dayStart = QDateTime(localNow.date(), QTime(0, 0), Qt::LocalTime).toUTC();
    const QDateTime dayEnd = r.dayStart.addDays(1);
    const QString dayStartText = Clock::toText(r.dayStart);
    r.stages = StageCounts::read(db);

    for (int h = 0; h < 24; ++h)
        r.hours << HourProgress{h, 0, 0};
    auto hourOf = [&](const QString &utcText) {
        const QDateTime t = Clock::fromText(utcText);
        const qint64 secs = r.dayStart.secsTo(t);
        return secs < 0 ? -1 : int(std::min<qint64>(23, secs / 3600));
    };

    QMap<QString, CourierProgress> couriers;
    QStringList order;
    for (const Courier &c : Couriers::active(db)) {
        couriers.insert(c.code, {c.code, c.name});
        order << c.code;
    }

    QSqlQuery packed =
        Sql::run(db, QStringLiteral("SELECT packed_at FROM parcels WHERE packed_at >= ?"), {dayStartText});
    while (packed.next()) {
        ++r.packedToday;
        if (const int h = hourOf(packed.value(0).toString()); h >= 0)
            ++r.hours[h].packed;
    }
    // Shipped today by any path (handover, pre-pack label-and-go): the stage moves in the audit log.
    QSqlQuery shipped = Sql::run(
        db,
        QStringLiteral("SELECT a.at, o.courier_code FROM audit_log a JOIN orders o ON o.id = a.entity_id "
                       "WHERE a.at >= ? AND a.entity = 'order' AND a.action = 'stage' "
                       "AND a.after_json LIKE '%\"stage\":\"shipped\"%'"),
        {dayStartText});
    while (shipped.next()) {
        ++r.shippedToday;
        if (const int h = hourOf(shipped.value(0).toString()); h >= 0)
            ++r.hours[h].shipped;
        ++couriers[shipped.value(1).toString()].shippedToday;
    }
    QSqlQuery waiting =
        Sql::run(db, QStringLiteral("SELECT courier_code, stage, COUNT(*) FROM orders "
                                    "WHERE stage IN ('printed', 'packed') GROUP BY courier_code, stage"));
    while (waiting.next()) {
        CourierProgress &c = couriers[waiting.value(0).toString()];
        (waiting.value(1).toString() == QLatin1String("printed") ? c.toPack : c.toHandOver) +=
            waiting.value(2).toInt();
    }
    for (const QString &code : std::as_const(order))
        r.couriers << couriers.value(code);
    for (auto it = couriers.cbegin(); it != couriers.cend(); ++it)
        if (!order.contains(it.key()) && (it->toPack || it->toHandOver || it->shippedToday)) {
            CourierProgress c = *it;
            c.code = it.key();
            if (c.name.isEmpty())
                c.name = c.code;
            r.couriers << c;
        }

    // Deadlines: paid_at + deadlineHours. Per owed stage one range scan on (stage, paid_at).
    const qint64 window = qint64(options.deadlineHours) * 3600;
    const QString riskCut = Clock::toText(r.now.addSecs(-(window - qint64(options.riskHours) * 3600)));
    const QString lateCut = Clock::toText(r.now.addSecs(-window));
    const QString dueCut = Clock::toText(dayEnd.addSecs(-window));
    for (Stage s : owedStages()) {
        const QString code = Stages::code(s);
        auto count = [&](const QString &cut) {
            return Sql::scalar(db,
                               QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = ? AND paid_at <= ?"),
                               {code, cut})
                .toInt();
        };
        r.late += count(lateCut);
        r.atRiskTotal += count(riskCut);
        r.dueByEndOfDay += count(dueCut);
        QSqlQuery q =
            Sql::run(db,
                     QStringLiteral("SELECT id, platform_order_no, courier_code, paid_at FROM orders "
                                    "WHERE stage = ? AND paid_at <= ? ORDER BY paid_at LIMIT ?"),
                     {code, riskCut, options.atRiskLimit});
        while (q.next()) {
            AtRiskOrder o;
            o.orderId = q.value(0).toLongLong();
            o.orderNo = q.value(1).toString();
            o.stage = s;
            o.courierCode = q.value(2).toString();
            o.paidAt = Clock::fromText(q.value(3).toString());
            o.deadline = o.paidAt.addSecs(window);
            o.minutesLeft = r.now.secsTo(o.deadline) / 60;
            r.atRisk << o;
        }
    }
    std::sort(r.atRisk.begin(), r.atRisk.end(),
              [](const AtRiskOrder &a, const AtRiskOrder &b) { return a.deadline < b.deadline; });
    if (r.atRisk.size() > options.atRiskLimit)
        r.atRisk.resize(options.atRiskLimit);
    return r;
}
