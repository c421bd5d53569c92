#include "PrepackPlan.h"

#include "db/Sql.h"

#include <algorithm>

int PrepackPlan::suggest(int expectedOrders, int ratioPercent, int onHand)
{
    const qint64 product = qint64(std::max(0, expectedOrders)) * std::clamp(ratioPercent, 0, 100);
    const qint64 rounded = (product + 50) / 100;
    return int(std::clamp<qint64>(rounded, 0, std::max(0, onHand)));
}

QList<PlanRow> PrepackPlan::rows(const QSqlDatabase &db, qint64 campaignId)
{
    const int ratio =
        Sql::scalar(db, QStringLiteral("SELECT prepack_ratio_pct FROM campaigns WHERE id = ?"), {campaignId})
            .toInt();
    // Per-SKU sums as correlated subqueries: each one walks an index on (campaign_id, sku_id).
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral(
                     "SELECT cs.sku_id, k.code, k.title, k.spec, k.location, cs.material, cs.purchase_limit, "
                     "cs.expected_orders, cs.planned_qty, COALESCE(l.on_hand, 0), COALESCE(l.prepacked, 0), "
                     "(SELECT COALESCE(SUM(CASE WHEN b.kind = 'pack' THEN b.qty ELSE -b.qty END), 0) FROM "
                     "prepack_batches b "
                     " WHERE b.campaign_id = cs.campaign_id AND b.sku_id = cs.sku_id), "
                     "(SELECT COUNT(*) FROM prepack_shipments p WHERE p.campaign_id = cs.campaign_id AND "
                     "p.sku_id = cs.sku_id) "
                     "FROM campaign_skus cs JOIN skus k ON k.id = cs.sku_id LEFT JOIN stock_levels l ON "
                     "l.sku_id = cs.sku_id "
                     "WHERE cs.campaign_id = ? ORDER BY k.location, k.code"),
                 {campaignId});
    QList<PlanRow> result;
    while (q.next()) {
        PlanRow r;
        r.skuId = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.title = q.value(2).toString();
        r.spec = q.value(3).toString();
        r.location = q.value(4).toString();
        r.material = q.value(5).toString();
        r.purchaseLimit = q.value(6).toInt();
        r.expectedOrders = q.value(7).toInt();
        r.onHand = q.value(9).toInt();
        r.prepacked = q.value(10).toInt();
        r.packedNet = q.value(11).toInt();
        r.shipped = q.value(12).toInt();
        r.suggested = suggest(r.expectedOrders, ratio, r.onHand);
        r.edited = !q.value(8).isNull();
        r.planned = r.edited ? q.value(8).toInt() : r.suggested;
        result << r;
    }
    return result;
}
