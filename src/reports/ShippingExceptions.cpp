#include "ShippingExceptions.h"

#include "base/Clock.h"
#include "db/Sql.h"
#include "orders/AfterSales.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ShippingExceptions", text);
}
} // namespace

QString ShippingExceptions::kindName(ShippingException::Kind kind)
{
    switch (kind) {
    case ShippingException::Kind::InterceptedToPull:
        return tr("Intercepted");
    case ShippingException::Kind::RefundedAfterShipping:
        return tr("Refunded after shipping");
    case ShippingException::Kind::Stuck:
        return tr("Stuck");
    }
    return {};
}

QList<ShippingException> ShippingExceptions::list(const QSqlDatabase &db, const QDateTime &nowUtc,
                                                  const StuckLimits &limits, int limit)
{
    QList<ShippingException> out;
    using K = ShippingException::Kind;

    // Intercepted: where is the parcel? Set aside at the bench, on a courier cart, or still on the shelf.
    QSqlQuery i = Sql::run(
        db,
        QStringLiteral("SELECT o.id, o.platform_order_no, o.courier_code, o.tracking_no, o.stage_changed_at, "
                       "EXISTS (SELECT 1 FROM parcel_set_asides s WHERE s.order_id = o.id AND s.at >= "
                       "o.stage_changed_at), "
                       "EXISTS (SELECT 1 FROM parcels p WHERE p.order_id = o.id), "
                       "EXISTS (SELECT 1 FROM handover_parcels hp JOIN handovers h ON h.id = hp.handover_id "
                       "        WHERE hp.order_id = o.id AND h.state = 'open') "
                       "FROM orders o WHERE o.stage = 'intercepted' ORDER BY o.stage_changed_at LIMIT ?"),
        {limit});
    while (i.next()) {
        ShippingException e{K::InterceptedToPull,
                            i.value(0).toLongLong(),
                            i.value(1).toString(),
                            Stage::Intercepted,
                            i.value(2).toString(),
                            i.value(3).toString(),
                            Clock::fromText(i.value(4).toString()),
                            {}};
        if (i.value(7).toBool())
            e.action = tr("On a courier cart: take it off the handover batch and back to the shelf.");
        else if (i.value(5).toBool())
            e.action = tr("Set aside at the pack station: put the goods back on the shelf.");
        else if (i.value(6).toBool())
            e.action = tr("Packed: find the parcel in the packed area and unpack it.");
        else
            e.action = tr("Not packed yet: take its label and picked goods back.");
        out << e;
    }

    QSqlQuery r =
        Sql::run(db,
                 QStringLiteral("SELECT o.id, o.platform_order_no, o.stage, o.courier_code, o.tracking_no, "
                                "a.requested_at, a.kind "
                                "FROM after_sales a JOIN orders o ON o.id = a.order_id "
                                "WHERE a.outcome = 'open' AND a.arrived_stage IN ('shipped', 'synced_back') "
                                "ORDER BY a.requested_at LIMIT ?"),
                 {limit});
    while (r.next()) {
        const bool returning =
            AfterSales::kindFromCode(r.value(6).toString()) == AfterSalesKind::ReturnRefund;
        out << ShippingException{
            K::RefundedAfterShipping,
            r.value(0).toLongLong(),
            r.value(1).toString(),
            Stages::fromCode(r.value(2).toString()).value_or(Stage::Shipped),
            r.value(3).toString(),
            r.value(4).toString(),
            Clock::fromText(r.value(5).toString()),
            returning ? tr("Return requested: expect the parcel back and receive it.")
                      : tr("Refund only: ask the courier to stop it or have the buyer refuse delivery.")};
    }

    const QList<std::pair<Stage, int>> stuck{{Stage::Submitted, limits.submittedHours},
                                             {Stage::Printed, limits.printedHours},
                                             {Stage::Packed, limits.packedHours},
                                             {Stage::OnHold, limits.onHoldHours},
                                             {Stage::OutOfStock, limits.outOfStockHours}};
    for (const auto &[stage, hours] : stuck) {
        QSqlQuery s = Sql::run(
            db,
            QStringLiteral("SELECT id, platform_order_no, courier_code, tracking_no, stage_changed_at "
                           "FROM orders WHERE stage = ? AND stage_changed_at <= ? "
                           "ORDER BY stage_changed_at LIMIT ?"),
            {Stages::code(stage), Clock::toText(nowUtc.addSecs(-qint64(hours) * 3600)), limit});
        while (s.next()) {
            const QDateTime since = Clock::fromText(s.value(4).toString());
            out << ShippingException{K::Stuck,
                                     s.value(0).toLongLong(),
                                     s.value(1).toString(),
                                     stage,
                                     s.value(2).toString(),
                                     s.value(3).toString(),
                                     since,
                                     tr("%1 for %2 h (limit %3 h): find out what holds it.")
                                         .arg(Stages::displayName(stage))
                                         .arg(since.secsTo(nowUtc) / 3600)
                                         .arg(hours)};
        }
    }
    return out;
}
