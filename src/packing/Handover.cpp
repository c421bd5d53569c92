#include "Handover.h"

#include "ParcelLookup.h"
#include "base/Clock.h"
#include "base/CodeTable.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Couriers.h"
#include "orders/StageMachine.h"
#include "stock/Reservations.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Handover", text);
}

constexpr CodeTable<HandoverState, 2> kStates{{"open", "shipped"}}; // handovers.state

// Until the commit: adding, removing and shipping one batch take turns.
void lockBatch(const QSqlDatabase &db, qint64 batchId)
{
    Sql::firstRow(db, Locks::forUpdate(db, QStringLiteral("SELECT id FROM handovers WHERE id = ?")),
                  {batchId});
}

struct Found {
    qint64 orderId = 0;
    QString orderNo;
    QString trackingNo;
    QString courier;
    std::optional<Stage> stage;
};

// The parcel's order, its row locked until the commit: a parcel scanned into two batches at two
// stations at once goes into the first, and the second sees it there.
std::optional<Found> findParcel(const QSqlDatabase &db, const QString &code)
{
    const QList<qint64> ids = ParcelLookup::findOrders(db, code);
    if (ids.size() != 1)
        return std::nullopt;
    QSqlQuery q =
        Sql::run(db,
                 Locks::forUpdate(db, QStringLiteral("SELECT platform_order_no, tracking_no, "
                                                     "courier_code, stage FROM orders WHERE id = ?")),
                 {ids.first()});
    if (!q.next())
        return std::nullopt;
    return Found{ids.first(), q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 Stages::fromCode(q.value(3).toString())};
}
} // namespace

int HandoverBatch::totalItems() const
{
    int n = 0;
    for (const HandoverParcel &p : parcels)
        n += p.items;
    return n;
}

qint64 Handover::openFor(const QSqlDatabase &db, const Actor &actor, const QString &courierCode)
{
    return Transaction::run(db, [&](Transaction &tx) {
        // No row to lock before the batch exists: two stations opening one at once take turns here.
        Locks::topic(db, QStringLiteral("handover-open:") + courierCode);
        const QVariant existing = Sql::scalar(
            db,
            QStringLiteral(
                "SELECT id FROM handovers WHERE state = 'open' AND courier_code = ? ORDER BY id LIMIT 1"),
            {courierCode});
        if (existing.isValid())
            return existing.toLongLong();
        const qint64 id =
            Sql::insert(db,
                        QStringLiteral("INSERT INTO handovers (courier_code, opened_by, station, opened_at) "
                                       "VALUES (?, ?, ?, ?)"),
                        {courierCode, actor.operatorName, actor.station, Clock::nowText()});
        AuditLog::record(db, actor, QStringLiteral("handover"), id, QStringLiteral("opened"), {},
                         {{QStringLiteral("courier"), courierCode}});
        tx.commit();
        return id;
    });
}

HandoverScan Handover::add(const QSqlDatabase &db, const Actor &actor, qint64 batchId, const QString &rawCode)
{
    using K = HandoverScan::Kind;
    const QString code = rawCode.trimmed();
    return Transaction::run(db, [&](Transaction &tx) -> HandoverScan {
        // The batch locked until the commit: it cannot be shipped while a parcel goes into it.
        QSqlQuery b = Sql::run(
            db,
            Locks::forUpdate(db, QStringLiteral("SELECT courier_code, state FROM handovers WHERE id = ?")),
            {batchId});
        if (!b.next() || kStates.read(b.value(1).toString()) != HandoverState::Open)
            return {K::BatchClosed, tr("Handover batch %1 is closed: open a new one.").arg(batchId)};
        const QString batchCourier = b.value(0).toString();
        b.finish();

        const auto found = findParcel(db, code);
        if (!found)
            return {K::Unknown, tr("No parcel has the code %1.").arg(code)};
        if (found->stage == Stage::Intercepted || found->stage == Stage::Cancelled ||
            found->stage == Stage::OnHold)
            return {K::Stop, tr("STOP — order %1 is %2: it must not leave. Pull the parcel.")
                                 .arg(found->orderNo, Stages::displayName(*found->stage))};
        if (found->stage != Stage::Packed)
            return {K::NotPacked,
                    tr("Order %1 is %2, not packed: it cannot be handed over.")
                        .arg(found->orderNo, found->stage ? Stages::displayName(*found->stage) : QString())};
        if (found->courier != batchCourier)
            return {K::WrongCourier,
                    tr("WRONG COURIER — parcel %1 goes with %2, this batch is %3. Keep it off this cart.")
                        .arg(found->trackingNo, Couriers::name(db, found->courier),
                             Couriers::name(db, batchCourier)),
                    Couriers::name(db, found->courier)};
        const QVariant inBatch = Sql::scalar(
            db,
            QStringLiteral("SELECT h.id FROM handover_parcels p JOIN handovers h ON h.id = p.handover_id "
                           "WHERE p.order_id = ? AND h.state = 'open'"),
            {found->orderId});
        if (inBatch.isValid())
            return inBatch.toLongLong() == batchId
                       ? HandoverScan{K::AlreadyIn,
                                      tr("Parcel %1 is already in this batch.").arg(found->trackingNo)}
                       : HandoverScan{K::InOtherBatch, tr("Parcel %1 is already in batch %2.")
                                                           .arg(found->trackingNo)
                                                           .arg(inBatch.toLongLong())};
        Sql::run(db,
                 QStringLiteral("INSERT INTO handover_parcels (handover_id, order_id, tracking_no, added_at) "
                                "VALUES (?, ?, ?, ?)"),
                 {batchId, found->orderId, Sql::text(found->trackingNo), Clock::nowText()});
        AuditLog::record(db, actor, QStringLiteral("handover"), batchId, QStringLiteral("parcel_added"), {},
                         {{QStringLiteral("order_id"), found->orderId},
                          {QStringLiteral("tracking_no"), found->trackingNo}});
        tx.commit();
        return {K::Added, tr("Parcel %1 added.").arg(found->trackingNo)};
    });
}

Result<> Handover::remove(const QSqlDatabase &db, const Actor &actor, qint64 batchId, const QString &code)
{
    return Transaction::run(db, [&](Transaction &tx) {
        lockBatch(db, batchId);
        const auto found = findParcel(db, code.trimmed());
        if (!found)
            return Result<>::failure(tr("No parcel has the code %1.").arg(code));
        QSqlQuery del =
            Sql::run(db,
                     QStringLiteral("DELETE FROM handover_parcels WHERE handover_id = ? AND order_id = ? AND "
                                    "handover_id IN (SELECT id FROM handovers WHERE state = 'open')"),
                     {batchId, found->orderId});
        if (del.numRowsAffected() != 1)
            return Result<>::failure(tr("Parcel %1 is not in this open batch.").arg(found->trackingNo));
        AuditLog::record(db, actor, QStringLiteral("handover"), batchId, QStringLiteral("parcel_removed"), {},
                         {{QStringLiteral("order_id"), found->orderId}});
        tx.commit();
        return Result<>::success();
    });
}

std::optional<HandoverBatch> Handover::load(const QSqlDatabase &db, qint64 batchId)
{
    QSqlQuery h = Sql::run(
        db,
        QStringLiteral("SELECT h.courier_code, COALESCE(c.name, h.courier_code), h.state, h.opened_by, "
                       "h.station, h.opened_at, h.shipped_at FROM handovers h "
                       "LEFT JOIN couriers c ON c.code = h.courier_code WHERE h.id = ?"),
        {batchId});
    if (!h.next())
        return std::nullopt;
    HandoverBatch batch{batchId,
                        h.value(0).toString(),
                        h.value(1).toString(),
                        kStates.read(h.value(2).toString()),
                        h.value(3).toString(),
                        h.value(4).toString(),
                        h.value(5).toString(),
                        h.value(6).toString(),
                        {}};
    // Latest parcel row per order (an order re-packed after an intercept has two).
    QSqlQuery p = Sql::run(
        db,
        QStringLiteral(
            "SELECT o.id, o.platform_order_no, hp.tracking_no, o.receiver_city, o.item_count, "
            "(SELECT weight_g FROM parcels pc WHERE pc.order_id = o.id ORDER BY pc.id DESC LIMIT 1), "
            "hp.added_at FROM handover_parcels hp JOIN orders o ON o.id = hp.order_id "
            "WHERE hp.handover_id = ? ORDER BY hp.added_at, o.id"),
        {batchId});
    while (p.next())
        batch.parcels << HandoverParcel{p.value(0).toLongLong(), p.value(1).toString(), p.value(2).toString(),
                                        p.value(3).toString(),   p.value(4).toInt(),    p.value(5).toInt(),
                                        p.value(6).toString()};
    return batch;
}

QList<HandoverBatch> Handover::openBatches(const QSqlDatabase &db)
{
    QList<HandoverBatch> list;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id FROM handovers WHERE state = 'open' ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids)
        if (auto b = load(db, id))
            list << *b;
    return list;
}

int Handover::parcelCount(const QSqlDatabase &db, qint64 batchId)
{
    return Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM handover_parcels WHERE handover_id = ?"),
                       {batchId})
        .toInt();
}

Result<> Handover::ship(const QSqlDatabase &db, const Actor &actor, qint64 batchId)
{
    return Transaction::run(db, [&](Transaction &tx) {
        lockBatch(db, batchId); // no parcel goes in or out while it ships
        const auto batch = load(db, batchId);
        if (!batch || batch->state != HandoverState::Open)
            return Result<>::failure(tr("Handover batch %1 is not open.").arg(batchId));
        if (batch->parcels.isEmpty())
            return Result<>::failure(
                tr("Handover batch %1 is empty: scan parcels into it first.").arg(batchId));
        for (const HandoverParcel &p : batch->parcels) {
            const Result<> moved =
                StageMachine::apply(db, actor, {p.orderId, Stage::Packed, Stage::Shipped, QString(), {}});
            if (!moved)
                return Result<>::failure(
                    tr("Nothing was shipped: parcel %1 (order %2) cannot go: %3 Pull it from the "
                       "batch and try again.")
                        .arg(p.trackingNo, p.orderNo, moved.message));
            Reservations::consumeOrder(db, actor, p.orderId);
        }
        const QString now = Clock::nowText();
        Sql::run(db,
                 QStringLiteral(
                     "UPDATE handovers SET state = 'shipped', shipped_by = ?, shipped_at = ? WHERE id = ?"),
                 {actor.operatorName, now, batchId});
        AuditLog::record(db, actor, QStringLiteral("handover"), batchId, QStringLiteral("shipped"), {},
                         {{QStringLiteral("courier"), batch->courierCode},
                          {QStringLiteral("parcels"), int(batch->parcels.size())}});
        tx.commit();
        return Result<>::success();
    });
}
