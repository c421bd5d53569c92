#include "OrderEditor.h"

#include "OrderStore.h"
#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QJsonObject receiverJson(const Receiver &r)
{
    return {{QStringLiteral("name"), r.name},         {QStringLiteral("phone"), r.phone},
            {QStringLiteral("province"), r.province}, {QStringLiteral("city"), r.city},
            {QStringLiteral("district"), r.district}, {QStringLiteral("address"), r.address},
            {QStringLiteral("postcode"), r.postcode}};
}
} // namespace

Result<> OrderEditor::editable(Stage stage, std::optional<Stage> heldFrom)
{
    const Stage effective = (stage == Stage::OnHold && heldFrom) ? *heldFrom : stage;
    if (Stages::isWarehouseOwned(effective))
        return Result<>::failure(
            QCoreApplication::translate(
                "OrderEditor",
                "The order is %1: from Submitted on the warehouse owns it and edits are refused.")
                .arg(Stages::displayName(stage)));
    if (Stages::isFinal(effective))
        return Result<>::failure(
            QCoreApplication::translate("OrderEditor", "The order is %1 and can no longer be edited.")
                .arg(Stages::displayName(stage)));
    return Result<>::success();
}

Result<> OrderEditor::edit(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const OrderEdit &edit)
{
    return Transaction::run(db, [&](Transaction &tx) {
        OrderStore::lock(db, {orderId});
        const std::optional<Order> order = OrderStore::load(db, orderId);
        if (!order)
            return Result<>::failure(
                QCoreApplication::translate("OrderEditor", "Order %1 does not exist.").arg(orderId));
        if (Result<> allowed = editable(order->stage, order->heldFrom); !allowed)
            return allowed;
        if (edit.version && *edit.version != order->version)
            return Result<>::failure(QCoreApplication::translate(
                "OrderEditor", "The order was changed by someone else; reload and try again."));

        QJsonObject before;
        QJsonObject after;
        Receiver receiver = order->receiver;
        QString memo = order->sellerMemo;
        QString courier = order->courierCode;
        if (edit.receiver) {
            before.insert(QStringLiteral("receiver"), receiverJson(receiver));
            receiver = *edit.receiver;
            receiver.raw = order->receiver.raw;
            after.insert(QStringLiteral("receiver"), receiverJson(receiver));
        }
        if (edit.sellerMemo && *edit.sellerMemo != memo) {
            before.insert(QStringLiteral("seller_memo"), memo);
            memo = *edit.sellerMemo;
            after.insert(QStringLiteral("seller_memo"), memo);
        }
        if (edit.courierCode && *edit.courierCode != courier) {
            before.insert(QStringLiteral("courier"), courier);
            courier = *edit.courierCode;
            after.insert(QStringLiteral("courier"), courier);
        }
        if (after.isEmpty())
            return Result<>::success();

        QSqlQuery q = Sql::run(
            db,
            QStringLiteral(
                "UPDATE orders SET receiver_name = ?, receiver_phone = ?, phone_masked = ?, "
                "receiver_province = ?, receiver_city = ?, receiver_district = ?, receiver_address = ?, "
                "receiver_postcode = ?, seller_memo = ?, courier_code = ?, version = version + 1, "
                "updated_at = ? WHERE id = ? AND version = ?"),
            {Sql::text(receiver.name), Sql::text(receiver.phone), receiver.phoneMasked ? 1 : 0,
             Sql::text(receiver.province), Sql::text(receiver.city), Sql::text(receiver.district),
             Sql::text(receiver.address), Sql::text(receiver.postcode), Sql::text(memo),
             courier.isEmpty() ? QVariant() : courier, Clock::nowText(), orderId, order->version});
        if (q.numRowsAffected() != 1)
            return Result<>::failure(QCoreApplication::translate(
                "OrderEditor", "The order was changed by someone else; reload and try again."));
        AuditLog::record(db, actor, QStringLiteral("order"), orderId, QStringLiteral("edit"), before, after);
        tx.commit();
        return Result<>::success();
    });
}
