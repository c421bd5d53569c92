#include "LineEditor.h"

#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderEditor.h"
#include "orders/OrderStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LineEditor", text);
}

QJsonArray toJson(const QList<OrderLine> &lines)
{
    QJsonArray a;
    for (const OrderLine &l : lines)
        a.append(QJsonObject{{QStringLiteral("sku_id"), l.skuId},
                             {QStringLiteral("outer_code"), l.outerCode},
                             {QStringLiteral("qty"), l.qty},
                             {QStringLiteral("price_fen"), l.priceFen}});
    return a;
}
} // namespace

Result<> LineEditor::setLines(const QSqlDatabase &db, const Actor &actor, qint64 orderId,
                              const QList<OrderLine> &lines, std::optional<int> version)
{
    return Transaction::run(db, [&](Transaction &tx) {
        OrderStore::lock(db, {orderId});
        const std::optional<Order> order = OrderStore::load(db, orderId);
        if (!order)
            return Result<>::failure(tr("Order %1 does not exist.").arg(orderId));
        if (Result<> allowed = OrderEditor::editable(order->stage, order->heldFrom); !allowed)
            return allowed;
        if (version && *version != order->version)
            return Result<>::failure(tr("The order was changed by someone else; reload and try again."));
        if (lines.isEmpty())
            return Result<>::failure(tr("An order keeps at least one line; cancel it instead."));
        qint64 goods = 0;
        int items = 0;
        for (const OrderLine &l : lines) {
            if (l.qty <= 0)
                return Result<>::failure(tr("Line %1: the quantity must be at least 1.").arg(l.outerCode));
            goods += l.priceFen * l.qty;
            items += l.qty;
        }
        QSqlQuery update =
            Sql::run(db,
                     QStringLiteral("UPDATE orders SET goods_fen = ?, item_count = ?, version = version + 1, "
                                    "updated_at = ? WHERE id = ? AND version = ?"),
                     {goods, items, Clock::nowText(), orderId, order->version});
        if (update.numRowsAffected() != 1)
            return Result<>::failure(tr("The order was changed by someone else; reload and try again."));
        Sql::run(db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), {orderId});
        Sql::Statement insert(
            db, QStringLiteral("INSERT INTO order_lines (order_id, line_no, sku_id, outer_code, "
                               "title, spec, qty, price_fen, platform_line_id, refund_status) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        int lineNo = 0;
        bool unknown = false;
        for (const OrderLine &l : lines) {
            QString code = l.outerCode, title = l.title, spec = l.spec;
            if (l.skuId > 0) {
                QSqlQuery sku = Sql::run(
                    db, QStringLiteral("SELECT code, title, spec FROM skus WHERE id = ?"), {l.skuId});
                if (!sku.next())
                    return Result<>::failure(tr("SKU %1 does not exist.").arg(l.skuId));
                code = sku.value(0).toString();
                title = title.isEmpty() ? sku.value(1).toString() : title;
                spec = spec.isEmpty() ? sku.value(2).toString() : spec;
            }
            unknown = unknown || l.skuId <= 0;
            insert.run({QVariant(orderId), QVariant(++lineNo), l.skuId > 0 ? QVariant(l.skuId) : QVariant(),
                        Sql::text(code), Sql::text(title), Sql::text(spec), QVariant(l.qty),
                        QVariant(l.priceFen), Sql::nullable(l.platformLineId), Sql::text(l.refundStatus)});
        }
        if (!unknown)
            Sql::run(db,
                     QStringLiteral("DELETE FROM order_flags WHERE order_id = ? AND flag = 'unknown_sku'"),
                     {orderId});
        AuditLog::record(
            db, actor, QStringLiteral("order"), orderId, QStringLiteral("edit_lines"),
            {{QStringLiteral("lines"), toJson(order->lines)}, {QStringLiteral("goods_fen"), order->goodsFen}},
            {{QStringLiteral("lines"), toJson(lines)}, {QStringLiteral("goods_fen"), goods}});
        tx.commit();
        return Result<>::success();
    });
}
