#include "ParcelStore.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/StageMachine.h"

#include <QJsonObject>

Result<> ParcelStore::pack(const QSqlDatabase &db, const Actor &actor, const PackRecord &r, qint64 *parcelId)
{
    // Two stations finishing the same parcel: StageMachine's guarded UPDATE lets one through, and
    // the other, having waited for its row, finds it Packed and writes nothing.
    return Transaction::run(db, [&](Transaction &tx) {
        const Result<> packed = packIn(db, actor, r, parcelId);
        if (packed)
            tx.commit();
        return packed;
    });
}

Result<> ParcelStore::packIn(const QSqlDatabase &db, const Actor &actor, const PackRecord &r,
                             qint64 *parcelId)
{
    const Result<> moved = StageMachine::apply(db, actor,
                                               {r.orderId, Stage::Printed, Stage::Packed, QString(),
                                                r.version > 0 ? std::optional(r.version) : std::nullopt});
    if (!moved)
        return moved;
    const qint64 id = Sql::insert(
        db,
        QStringLiteral(
            "INSERT INTO parcels (order_id, tracking_no, courier_code, items, weight_g, expected_weight_g, "
            "weight_override, packed_by, station, packed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.orderId, Sql::text(r.trackingNo), Sql::text(r.courierCode), r.items,
         r.weightGrams ? QVariant(*r.weightGrams) : QVariant(),
         r.expectedWeightGrams > 0 ? QVariant(r.expectedWeightGrams) : QVariant(), r.weightOverride ? 1 : 0,
         actor.operatorName, actor.station, Clock::nowText()});
    QJsonObject after{{QStringLiteral("order_id"), r.orderId},
                      {QStringLiteral("tracking_no"), r.trackingNo},
                      {QStringLiteral("items"), r.items}};
    if (r.weightGrams)
        after.insert(QStringLiteral("weight_g"), *r.weightGrams);
    if (r.weightOverride)
        after.insert(QStringLiteral("weight_override"), true);
    AuditLog::record(db, actor, QStringLiteral("parcel"), id, QStringLiteral("packed"), {}, after);
    if (parcelId)
        *parcelId = id;
    return Result<>::success();
}

void ParcelStore::setAside(const QSqlDatabase &db, const Actor &actor, qint64 orderId, Stage stage,
                           const QString &reason)
{
    Transaction::run(db, [&](Transaction &tx) {
        Sql::run(
            db,
            QStringLiteral("INSERT INTO parcel_set_asides (order_id, stage, reason, operator, station, at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {orderId, Stages::code(stage), Sql::text(reason), actor.operatorName, actor.station,
             Clock::nowText()});
        AuditLog::record(
            db, actor, QStringLiteral("order"), orderId, QStringLiteral("set_aside"), {},
            {{QStringLiteral("stage"), Stages::code(stage)}, {QStringLiteral("reason"), reason}});
        tx.commit();
    });
}

void ParcelStore::recordRefusedScan(const QSqlDatabase &db, const Actor &actor, qint64 orderId,
                                    const QString &code, const QString &what)
{
    // One statement: SQLite's autocommit makes it atomic without a BEGIN IMMEDIATE round.
    AuditLog::record(db, actor, QStringLiteral("order"), orderId, QStringLiteral("scan_refused"), {},
                     {{QStringLiteral("code"), code}, {QStringLiteral("why"), what}});
}
