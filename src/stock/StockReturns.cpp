#include "StockReturns.h"

#include "StockLedger.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/AfterSales.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StockReturns", text);
}

// Units shipped per SKU: the order's "ship" ledger rows, or its lines for orders shipped before
// the ledger carried order ids.
QMap<qint64, int> shippedBy(const QSqlDatabase &db, qint64 orderId)
{
    QMap<qint64, int> result;
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT sku_id, -SUM(delta) FROM stock_ledger WHERE order_id = ? "
                                          "AND bucket = 'on_hand' AND reason = 'ship' GROUP BY sku_id"),
                           {orderId});
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    if (!result.isEmpty())
        return result;
    q = Sql::run(
        db,
        QStringLiteral("SELECT sku_id, SUM(qty) FROM order_lines WHERE order_id = ? AND sku_id IS NOT NULL "
                       "GROUP BY sku_id"),
        {orderId});
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

bool leftWarehouse(const QString &stage)
{
    return stage == Stages::code(Stage::Shipped) || stage == Stages::code(Stage::SyncedBack);
}

ReturnParcel parcelOf(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT id, platform_order_no, COALESCE(tracking_no, ''), stage FROM orders "
                                "WHERE id = ?"),
                 {orderId});
    q.next();
    ReturnParcel parcel{
        q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), 0, {}};
    parcel.afterSalesId =
        Sql::scalar(db,
                    QStringLiteral("SELECT id FROM after_sales WHERE order_id = ? AND closed_at IS NULL "
                                   "ORDER BY CASE WHEN kind = 'return_refund' THEN 0 ELSE 1 END, id DESC"),
                    {parcel.orderId})
            .toLongLong();
    const QMap<qint64, int> shipped = shippedBy(db, parcel.orderId);
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
        QSqlQuery s =
            Sql::run(db, QStringLiteral("SELECT code, title, spec FROM skus WHERE id = ?"), {it.key()});
        s.next();
        const int returned =
            Sql::scalar(
                db,
                QStringLiteral(
                    "SELECT COALESCE(SUM(l.good + l.damaged), 0) FROM stock_return_lines l "
                    "JOIN stock_returns r ON r.id = l.return_id WHERE r.order_id = ? AND l.sku_id = ?"),
                {parcel.orderId, it.key()})
                .toInt();
        parcel.items << ReturnItem{
            it.key(), s.value(0).toString(), s.value(1).toString(), s.value(2).toString(), it.value(),
            returned};
    }
    return parcel;
}
} // namespace

std::optional<ReturnParcel> StockReturns::find(const QSqlDatabase &db, const QString &scannedText,
                                               QString *why)
{
    const QString scanned = scannedText.trimmed();
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT id, platform_order_no, COALESCE(tracking_no, ''), stage FROM orders "
                                "WHERE tracking_no = ? OR platform_order_no = ? ORDER BY id DESC"),
                 {scanned, scanned});
    QString stage;
    while (q.next()) {
        stage = q.value(3).toString();
        if (!leftWarehouse(stage))
            continue;
        return parcelOf(db, q.value(0).toLongLong());
    }
    if (why)
        *why =
            stage.isEmpty()
                ? tr("No order has the tracking or order number %1.").arg(scanned)
                : tr("Order %1 has not left the warehouse (%2): there is nothing to take back.")
                      .arg(scanned, Stages::displayName(Stages::fromCode(stage).value_or(Stage::Imported)));
    return std::nullopt;
}

Result<> StockReturns::receive(const QSqlDatabase &db, const Actor &actor, const ReturnParcel &parcel,
                               const QList<ReturnCheck> &checks, const QString &note, qint64 *returnId)
{
    try {
        Transaction::run(db, [&](Transaction &tx) {
            // Locked, then re-read: another station receiving the same parcel waits here and then sees
            // what this one took back, instead of taking the same units back twice.
            Sql::firstRow(db, Locks::forUpdate(db, QStringLiteral("SELECT id FROM orders WHERE id = ?")),
                          {parcel.orderId});
            const ReturnParcel current = parcelOf(db, parcel.orderId);
            const ReturnParcel *now = &current;
            if (!leftWarehouse(now->stage))
                throw Error(
                    tr("Order %1 has not left the warehouse (%2): there is nothing to take back.")
                        .arg(parcel.orderNo,
                             Stages::displayName(Stages::fromCode(now->stage).value_or(Stage::Imported))));
            int total = 0;
            for (const ReturnCheck &c : checks) {
                if (c.good < 0 || c.damaged < 0)
                    throw Error(tr("Quantities cannot be below zero."));
                total += c.good + c.damaged;
                const auto item = std::find_if(now->items.cbegin(), now->items.cend(),
                                               [&](const ReturnItem &i) { return i.skuId == c.skuId; });
                if (item == now->items.cend())
                    throw Error(tr("SKU #%1 was not shipped in order %2.").arg(c.skuId).arg(parcel.orderNo));
                if (c.good + c.damaged > item->open())
                    throw Error(tr("%1: %2 checked, but only %3 of %4 shipped are still out.")
                                    .arg(item->code)
                                    .arg(c.good + c.damaged)
                                    .arg(item->open())
                                    .arg(item->shipped));
            }
            if (total == 0)
                throw Error(tr("No item was checked: mark each returned item good or damaged."));

            const QString at = Clock::nowText();
            qint64 caseId = now->afterSalesId;
            if (caseId == 0) {
                AfterSalesCase c;
                c.orderId = parcel.orderId;
                c.kind = QStringLiteral("return_refund");
                c.arrivedStage = Stages::fromCode(now->stage).value_or(Stage::Shipped);
                c.reason = tr("Parcel came back to the warehouse");
                caseId = AfterSales::open(db, actor, c);
            }
            const qint64 id = Sql::insert(
                db,
                QStringLiteral("INSERT INTO stock_returns (order_id, after_sales_id, scanned, note, "
                               "received_at, operator, station) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {parcel.orderId, caseId,
                 Sql::text(parcel.trackingNo.isEmpty() ? parcel.orderNo : parcel.trackingNo), Sql::text(note),
                 at, actor.operatorName, actor.station});
            const QString ref = parcel.orderNo;
            QJsonArray items;
            for (const ReturnCheck &c : checks) {
                if (c.good + c.damaged == 0)
                    continue;
                Sql::run(db,
                         QStringLiteral("INSERT INTO stock_return_lines (return_id, sku_id, good, damaged) "
                                        "VALUES (?, ?, ?, ?)"),
                         {id, c.skuId, c.good, c.damaged});
                // Every unit that came back is in the ledger; damaged ones are written off right after.
                StockLedger::post(db, actor,
                                  {c.skuId, StockBucket::OnHand, c.good + c.damaged,
                                   QStringLiteral("returned"), ref, note, parcel.orderId});
                StockLedger::post(db, actor,
                                  {c.skuId, StockBucket::OnHand, -c.damaged, QStringLiteral("damaged"), ref,
                                   tr("damaged in return"), parcel.orderId});
                items.append(QJsonObject{{QStringLiteral("sku_id"), c.skuId},
                                         {QStringLiteral("good"), c.good},
                                         {QStringLiteral("damaged"), c.damaged}});
            }
            AfterSales::setOutcome(db, actor, caseId, QStringLiteral("returned_received"));
            AuditLog::record(db, actor, QStringLiteral("stock_return"), id, QStringLiteral("receive"), {},
                             {{QStringLiteral("order_id"), parcel.orderId},
                              {QStringLiteral("after_sales_id"), caseId},
                              {QStringLiteral("items"), items}});
            tx.commit();
            if (returnId)
                *returnId = id;
        });
    } catch (const Error &e) {
        return Result<>::failure(e.message());
    }
    return Result<>::success();
}
