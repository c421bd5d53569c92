#include "PrepackOrders.h"

#include "db/Sql.h"
#include "orders/Stage.h"

namespace {
// Live lines of an order besides line l: a pre-pack order has none.
const QString kSingleLine = QStringLiteral("l.qty = 1 AND l.refund_status = 'none' AND NOT EXISTS (SELECT 1 "
                                           "FROM order_lines x WHERE x.order_id = l.order_id "
                                           "AND x.id <> l.id AND x.refund_status = 'none') ");
const QString kOpenStages = QStringLiteral(
    " o.stage IN ('imported', 'reviewed', 'submitted', 'printed', 'on_hold', 'out_of_stock') ");
} // namespace

std::optional<qint64> PrepackOrders::singleSku(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT l.sku_id FROM order_lines l WHERE l.order_id = ? AND l.sku_id IS NOT "
                                "NULL AND ") +
                     kSingleLine,
                 {orderId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool PrepackOrders::isPrepackOrder(const QSqlDatabase &db, qint64 orderId)
{
    const std::optional<qint64> sku = singleSku(db, orderId);
    return sku &&
           Sql::scalar(db, QStringLiteral("SELECT prepacked FROM stock_levels WHERE sku_id = ?"), {*sku})
                   .toInt() > 0;
}

QHash<qint64, int> PrepackOrders::openOrders(const QSqlDatabase &db, qint64 campaignId)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT l.sku_id, COUNT(*) FROM campaign_skus cs "
                                "JOIN order_lines l ON l.sku_id = cs.sku_id "
                                "JOIN orders o ON o.id = l.order_id WHERE cs.campaign_id = ? AND") +
                     kOpenStages + QStringLiteral("AND ") + kSingleLine + QStringLiteral("GROUP BY l.sku_id"),
                 {campaignId});
    QHash<qint64, int> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

QList<SkuPrintBatch> PrepackOrders::printBatches(const QSqlDatabase &db, qint64 campaignId, bool withEmpty)
{
    QList<SkuPrintBatch> batches;
    QSqlQuery skus =
        Sql::run(db,
                 QStringLiteral("SELECT cs.sku_id, k.code, k.title, k.spec, k.location, "
                                "COALESCE(l.prepacked, 0) FROM campaign_skus cs JOIN skus k ON "
                                "k.id = cs.sku_id LEFT JOIN stock_levels l ON l.sku_id = cs.sku_id "
                                "WHERE cs.campaign_id = ? ORDER BY k.location, k.code"),
                 {campaignId});
    while (skus.next())
        batches << SkuPrintBatch{skus.value(0).toLongLong(),
                                 skus.value(1).toString(),
                                 skus.value(2).toString(),
                                 skus.value(3).toString(),
                                 skus.value(4).toString(),
                                 skus.value(5).toInt(),
                                 0,
                                 {}};

    Sql::Statement ordersOf(db, QStringLiteral("SELECT o.id, o.stage FROM order_lines l JOIN orders o ON "
                                               "o.id = l.order_id WHERE l.sku_id = ? AND o.stage IN "
                                               "('submitted', 'printed') AND ") +
                                    kSingleLine +
                                    QStringLiteral("ORDER BY o.priority DESC, o.paid_at, o.id"));
    QList<SkuPrintBatch> result;
    for (SkuPrintBatch &b : batches) {
        QSqlQuery &orders = ordersOf.run({b.skuId});
        QList<qint64> submitted;
        while (orders.next()) {
            if (Stages::fromCode(orders.value(1).toString()) == Stage::Printed)
                ++b.printedWaiting;
            else
                submitted << orders.value(0).toLongLong();
        }
        const int free = std::max(0, b.prepacked - b.printedWaiting);
        b.orderIds = submitted.mid(0, free);
        if (withEmpty || !b.orderIds.isEmpty())
            result << b;
    }
    return result;
}
