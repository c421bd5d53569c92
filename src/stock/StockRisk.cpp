#include "StockRisk.h"

#include "db/Sql.h"
#include "orders/Stage.h"

#include <QHash>
#include <algorithm>

namespace {
// Orders before submit hold no reservation yet: their lines are demand the stock must still meet.
// One grouped query over the stage index, not a subquery per SKU.
QHash<qint64, int> openDemandBySku(const QSqlDatabase &db, qint64 skuId)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral(
                     "SELECT ol.sku_id, SUM(ol.qty) FROM orders o JOIN order_lines ol ON ol.order_id = o.id "
                     "WHERE o.stage IN (?, ?, ?) AND ol.refund_status = 'none' "
                     "AND ol.sku_id IS NOT NULL AND (? = 0 OR ol.sku_id = ?) GROUP BY ol.sku_id"),
                 {Stages::code(Stage::Imported), Stages::code(Stage::Reviewed),
                  Stages::code(Stage::OutOfStock), skuId, skuId});
    QHash<qint64, int> demand;
    while (q.next())
        demand.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return demand;
}
} // namespace

int StockRisk::openDemand(const QSqlDatabase &db, qint64 skuId)
{
    return openDemandBySku(db, skuId).value(skuId);
}

QList<StockRiskRow> StockRisk::levels(const QSqlDatabase &db, const QString &search)
{
    const QString like = QLatin1Char('%') + search.trimmed() + QLatin1Char('%');
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT s.id, s.code, s.title, s.spec, s.location, l.on_hand, l.reserved, "
                                "l.prepacked, s.safety_stock, s.low_stock_threshold "
                                "FROM skus s JOIN stock_levels l ON l.sku_id = s.id "
                                "WHERE ? = '' OR s.code LIKE ? OR s.title LIKE ? OR s.spec LIKE ? "
                                "OR s.location LIKE ? OR EXISTS (SELECT 1 FROM sku_barcodes b "
                                "WHERE b.sku_id = s.id AND b.barcode = ?) ORDER BY s.code"),
                 {search.trimmed(), like, like, like, like, search.trimmed()});
    const QHash<qint64, int> demand = openDemandBySku(db, 0);
    QList<StockRiskRow> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        rows << StockRiskRow{id,
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             q.value(5).toInt(),
                             q.value(6).toInt(),
                             q.value(7).toInt(),
                             q.value(8).toInt(),
                             q.value(9).toInt(),
                             demand.value(id)};
    }
    return rows;
}

QList<StockRiskRow> StockRisk::atRisk(const QSqlDatabase &db)
{
    QList<StockRiskRow> rows = levels(db);
    rows.removeIf([](const StockRiskRow &r) { return !r.lowStock() && !r.oversellRisk(); });
    std::stable_sort(rows.begin(), rows.end(), [](const StockRiskRow &a, const StockRiskRow &b) {
        return a.available() - a.openDemand < b.available() - b.openDemand;
    });
    return rows;
}
