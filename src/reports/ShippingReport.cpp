#include "ShippingReport.h"

#include "ShopDay.h"
#include "StageTimes.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "orders/Stage.h"

#include <QHash>
#include <QMap>

namespace {
// Orders already Shipped/SyncedBack without an audit row for the move: their stage time.
QHash<qint64, QString> fallbackShipped(const QSqlDatabase &db, const QString &where,
                                       const QVariantList &binds)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT o.id, o.stage_changed_at FROM orders o WHERE o.stage IN "
                                          "('shipped', 'synced_back') AND %1")
                               .arg(where),
                           binds);
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}
} // namespace

ShippingReportData ShippingReport::compute(const QSqlDatabase &db, const QDate &day, int deadlineHours)
{
    ShippingReportData r;
    r.day = day;
    r.deadlineHours = deadlineHours;
    const QString from = ShopDay::startText(day);
    const QString to = ShopDay::startText(day.addDays(1));
    const QString far = QStringLiteral("9999-12-31 23:59:59");
    const QDateTime now = Clock::nowUtc();

    const QHash<qint64, QString> audited = StageTimes::firstReached(db, Stage::Shipped, from, far);
    QHash<qint64, QString> shippedAt =
        fallbackShipped(db, QStringLiteral("o.paid_at >= ? AND o.paid_at < ?"), {from, to});
    for (auto it = audited.cbegin(); it != audited.cend(); ++it)
        shippedAt.insert(it.key(), it.value());

    QMap<QString, CourierShipping> couriers;
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT o.id, o.platform_order_no, o.paid_at, o.stage, "
                                          "COALESCE(c.name, o.courier_code, '') FROM orders o "
                                          "LEFT JOIN couriers c ON c.code = o.courier_code "
                                          "WHERE o.paid_at >= ? AND o.paid_at < ? ORDER BY o.paid_at"),
                           {from, to});
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString stage = q.value(3).toString(); // the code, as the late list shows it
        const std::optional<Stage> at = Stages::fromCode(stage);
        const QDateTime paid = Clock::fromText(q.value(2).toString());
        ++r.paid;
        ++r.paidByHour[ShopDay::hourOf(paid)];
        if (!shippedAt.contains(id) && (at == Stage::Cancelled || at == Stage::Intercepted)) {
            ++r.closed;
            continue;
        }
        ++r.toShip;
        CourierShipping &c = couriers[q.value(4).toString()];
        c.courier = q.value(4).toString();
        ++c.paid;
        const QDateTime deadline = paid.addSecs(qint64(deadlineHours) * 3600);
        const QString shippedText = shippedAt.value(id);
        const QDateTime shipped = Clock::fromText(shippedText);
        if (shipped.isValid()) {
            ++r.shipped;
            ++c.shipped;
            const qint64 secs = paid.secsTo(shipped);
            r.within24 += secs <= 24 * 3600;
            r.within48 += secs <= 48 * 3600;
            r.within72 += secs <= 72 * 3600;
            c.within24 += secs <= 24 * 3600;
        }
        const QDateTime measured = shipped.isValid() ? shipped : now;
        if (measured > deadline) {
            ++c.late;
            r.late << LateOrder{id,
                                q.value(1).toString(),
                                c.courier,
                                stage,
                                q.value(2).toString(),
                                shippedText,
                                deadline.secsTo(measured) / 3600.0};
        }
    }

    // Left the warehouse on the day, whenever paid.
    QHash<qint64, QString> onDay =
        fallbackShipped(db, QStringLiteral("o.stage_changed_at >= ? AND o.stage_changed_at < ?"), {from, to});
    for (auto it = onDay.begin(); it != onDay.end();) { // audited ones count by their audit time
        if (audited.contains(it.key()) ||
            Sql::scalar(db,
                        QStringLiteral("SELECT 1 FROM audit_log WHERE entity = 'order' "
                                       "AND action = 'stage' AND entity_id = ? AND "
                                       "after_json LIKE ?"),
                        {it.key(), StageTimes::afterPattern(Stage::Shipped)})
                .isValid())
            it = onDay.erase(it);
        else
            ++it;
    }
    const QHash<qint64, QString> auditedOnDay = StageTimes::firstReached(db, Stage::Shipped, from, to);
    for (auto it = auditedOnDay.cbegin(); it != auditedOnDay.cend(); ++it)
        onDay.insert(it.key(), it.value());
    Sql::Statement courierOf(db, QStringLiteral("SELECT COALESCE(c.name, o.courier_code, '') FROM orders o "
                                                "LEFT JOIN couriers c ON c.code = o.courier_code "
                                                "WHERE o.id = ?"));
    for (auto it = onDay.cbegin(); it != onDay.cend(); ++it) {
        ++r.shippedOnDay;
        ++r.shippedByHour[ShopDay::hourOf(Clock::fromText(it.value()))];
        const QString courier = courierOf.scalar({it.key()}).toString();
        CourierShipping &c = couriers[courier];
        c.courier = courier;
        ++c.shippedOnDay;
    }
    r.byCourier = couriers.values();
    std::stable_sort(r.late.begin(), r.late.end(),
                     [](const LateOrder &a, const LateOrder &b) { return a.hoursLate > b.hoursLate; });
    return r;
}

QList<QStringList> ShippingReport::csvRows(const ShippingReportData &r)
{
    auto n = [](qint64 v) {
        return QString::number(v);
    };
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("summary"), r.day.toString(Qt::ISODate)}
         << QStringList{QStringLiteral("paid"), n(r.paid)}
         << QStringList{QStringLiteral("cancelled_or_intercepted"), n(r.closed)}
         << QStringList{QStringLiteral("to_ship"), n(r.toShip)}
         << QStringList{QStringLiteral("shipped"), n(r.shipped)}
         << QStringList{QStringLiteral("within_24h"), n(r.within24)}
         << QStringList{QStringLiteral("within_48h"), n(r.within48)}
         << QStringList{QStringLiteral("within_72h"), n(r.within72)}
         << QStringList{QStringLiteral("deadline_hours"), n(r.deadlineHours)}
         << QStringList{QStringLiteral("late"), n(r.late.size())}
         << QStringList{QStringLiteral("shipped_on_day"), n(r.shippedOnDay)} << QStringList{};
    rows << QStringList{QStringLiteral("by_courier")}
         << QStringList{QStringLiteral("courier"), QStringLiteral("paid"),
                        QStringLiteral("shipped"), QStringLiteral("within_24h"),
                        QStringLiteral("late"),    QStringLiteral("shipped_on_day")};
    for (const CourierShipping &c : r.byCourier)
        rows << QStringList{c.courier, n(c.paid), n(c.shipped), n(c.within24), n(c.late), n(c.shippedOnDay)};
    rows << QStringList{} << QStringList{QStringLiteral("by_hour")}
         << QStringList{QStringLiteral("hour_beijing"), QStringLiteral("paid"), QStringLiteral("shipped")};
    for (int h = 0; h < 24; ++h)
        rows << QStringList{QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), n(r.paidByHour[h]),
                            n(r.shippedByHour[h])};
    rows << QStringList{} << QStringList{QStringLiteral("late_orders")}
         << QStringList{QStringLiteral("order_no"),       QStringLiteral("courier"),
                        QStringLiteral("stage"),          QStringLiteral("paid_at_utc"),
                        QStringLiteral("shipped_at_utc"), QStringLiteral("hours_late")};
    for (const LateOrder &l : r.late)
        rows << QStringList{l.orderNo, l.courier,   l.stage,
                            l.paidAt,  l.shippedAt, QString::number(l.hoursLate, 'f', 1)};
    return rows;
}
