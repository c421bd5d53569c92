#include "StockRisk.h"

#include "db/Sql.h"
#include "orders/Stage.h"

#include <algorithm>

namespace {
// Orders before submit hold no reservation yet: their lines are demand the stock must still meet.
const char *const kOpenDemand =
    "SELECT COALESCE(SUM(ol.qty), 0) FROM order_lines ol JOIN orders o ON o.id = ol.order_id "
    "WHERE ol.sku_id = s.id AND ol.refund_status = 'none' "
    "AND o.stage IN (?, ?, ?)";
} // namespace

int StockRisk::openDemand(const QSqlDatabase &db, qint64 skuId) {
    return Sql::scalar(
               db, QStringLiteral("SELECT (%1) FROM skus s WHERE s.id = ?").arg(QLatin1String(kOpenDemand)),
               {Stages::code(Stage::Imported), Stages::code(Stage::Reviewed), Stages::code(Stage::OutOfStock),
                skuId})
        .toInt();
}

QList<StockRiskRow> StockRisk::atRisk(const QSqlDatabase &db) {
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("SELECT s.id, s.code, s.title, s.spec, s.location, l.on_hand, l.reserved, "
                       "l.prepacked, s.safety_stock, s.low_stock_threshold, (%1) "
                       "FROM skus s JOIN stock_levels l ON l.sku_id = s.id")
            .arg(QLatin1String(kOpenDemand)),
        {Stages::code(Stage::Imported), Stages::code(Stage::Reviewed), Stages::code(Stage::OutOfStock)});
    QList<StockRiskRow> rows;
    while (q.next()) {
        StockRiskRow r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toInt(),
                       q.value(6).toInt(),      q.value(7).toInt(),    q.value(8).toInt(),
                       q.value(9).toInt(),      q.value(10).toInt()};
        if (r.lowStock() || r.oversellRisk())
            rows << r;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const StockRiskRow &a, const StockRiskRow &b) {
        return a.available() - a.openDemand < b.available() - b.openDemand;
    });
    return rows;
}
