#include "StageMachine.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QList<Stage> targets(Stage from)
{
    using S = Stage;
    switch (from) {
    case S::AwaitingPayment:
        return {S::Imported, S::Cancelled};
    case S::Imported:
        return {S::Reviewed, S::OnHold, S::Cancelled};
    case S::Reviewed:
        return {S::Imported, S::Submitted, S::OutOfStock, S::OnHold, S::Cancelled};
    case S::OutOfStock:
        return {S::Reviewed, S::Submitted, S::OnHold, S::Cancelled};
    case S::Submitted:
        return {S::Printed, S::Intercepted, S::OnHold};
    case S::Printed:
        return {S::Packed, S::Intercepted, S::OnHold};
    case S::Packed:
        return {S::Shipped, S::Intercepted};
    case S::Shipped:
        return {S::SyncedBack};
    case S::Intercepted:
        return {S::Submitted, S::Cancelled}; // refund withdrawn, or goods back on the shelf
    case S::OnHold:
        // Release returns to the stage the order was held from (checked in apply()).
        return {S::Imported, S::Reviewed,  S::OutOfStock, S::Submitted,
                S::Printed,  S::Cancelled, S::Intercepted};
    case S::SyncedBack:
    case S::Cancelled:
        return {};
    }
    return {};
}
} // namespace

bool StageMachine::isAllowed(Stage from, Stage to)
{
    return targets(from).contains(to);
}

bool StageMachine::needsReason(Stage to)
{
    return to == Stage::OnHold || to == Stage::Cancelled || to == Stage::Intercepted;
}

Result<> StageMachine::apply(const QSqlDatabase &db, const Actor &actor, const StageChange &change)
{
    const auto current =
        Sql::firstRow(db, QStringLiteral("SELECT stage, version, held_from_stage FROM orders WHERE id = ?"),
                      {change.orderId});
    if (!current)
        return Result<>::failure(
            QCoreApplication::translate("StageMachine", "Order %1 does not exist.").arg(change.orderId));
    const auto stage = Stages::fromCode(current->at(0).toString());
    const int version = current->at(1).toInt();
    const auto heldFrom = Stages::fromCode(current->at(2).toString());

    if (!stage || *stage != change.from || (change.version && *change.version != version))
        return Result<>::failure(
            QCoreApplication::translate(
                "StageMachine", "The order was changed by someone else (it is now %1); reload and try again.")
                .arg(stage ? Stages::displayName(*stage) : QString()));
    if (!isAllowed(change.from, change.to))
        return Result<>::failure(
            QCoreApplication::translate("StageMachine", "An order that is %1 cannot become %2.")
                .arg(Stages::displayName(change.from), Stages::displayName(change.to)));
    if (needsReason(change.to) && change.reason.trimmed().isEmpty())
        return Result<>::failure(QCoreApplication::translate("StageMachine", "Say why the order becomes %1.")
                                     .arg(Stages::displayName(change.to)));

    QVariant newHeldFrom;
    QVariant newHoldReason;
    if (change.to == Stage::OnHold) {
        newHeldFrom = Stages::code(change.from);
        newHoldReason = change.reason;
    } else if (change.from == Stage::OnHold) {
        const bool warehouse = heldFrom && Stages::isWarehouseOwned(*heldFrom);
        const bool release = heldFrom && change.to == *heldFrom;
        const bool close = change.to == (warehouse ? Stage::Intercepted : Stage::Cancelled);
        if (!release && !close)
            return Result<>::failure(
                QCoreApplication::translate("StageMachine",
                                            "A held order is released to where it was (%1), or closed.")
                    .arg(heldFrom ? Stages::displayName(*heldFrom) : QString()));
    }

    const QString now = Clock::nowText();
    QSqlQuery update = Sql::run(db,
                                QStringLiteral("UPDATE orders SET stage = ?, version = version + 1, "
                                               "held_from_stage = ?, hold_reason = ?, stage_reason = ?, "
                                               "stage_changed_at = ?, updated_at = ? "
                                               "WHERE id = ? AND stage = ? AND version = ?"),
                                {Stages::code(change.to), newHeldFrom, newHoldReason,
                                 needsReason(change.to) ? QVariant(change.reason.trimmed()) : QVariant(), now,
                                 now, change.orderId, Stages::code(change.from), version});
    if (update.numRowsAffected() != 1)
        return Result<>::failure(QCoreApplication::translate(
            "StageMachine", "The order was changed by someone else; reload and try again."));

    QJsonObject after{{QStringLiteral("stage"), Stages::code(change.to)},
                      {QStringLiteral("version"), version + 1}};
    if (!change.reason.isEmpty())
        after.insert(QStringLiteral("reason"), change.reason);
    AuditLog::record(
        db, actor, QStringLiteral("order"), change.orderId, QStringLiteral("stage"),
        {{QStringLiteral("stage"), Stages::code(change.from)}, {QStringLiteral("version"), version}}, after);
    return Result<>::success();
}

Result<> StageMachine::move(const QSqlDatabase &db, const Actor &actor, const StageChange &change)
{
    return Transaction::run(db, [&](Transaction &tx) {
        Result<> result = apply(db, actor, change);
        if (result)
            tx.commit();
        return result;
    });
}
