#include "BatchRule.h"

#include "db/Sql.h"
#include "orders/Stage.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BatchRule", text);
}
} // namespace

QString BatchRule::describe() const
{
    QStringList parts;
    parts << (courierCode.isEmpty() ? tr("all couriers") : courierCode);
    if (priorityOnly)
        parts << tr("priority");
    if (singleSku)
        parts << (skuId ? tr("single SKU %1").arg(skuId) : tr("single-SKU groups"));
    if (limit > 0)
        parts << tr("up to %1").arg(limit);
    return parts.join(QStringLiteral(" · "));
}

QList<qint64> Batching::select(const QSqlDatabase &db, const BatchRule &rule)
{
    struct Row {
        qint64 id;
        int priority;
        QString paidAt;
        QString location;
        qint64 sku;
        bool single;
    };
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT o.id, o.priority, COALESCE(o.paid_at, ''), MIN(COALESCE(k.location, '')), "
            "MIN(COALESCE(l.sku_id, 0)), COUNT(*), MAX(COALESCE(l.sku_id, 0)) "
            "FROM orders o JOIN order_lines l ON l.order_id = o.id LEFT JOIN skus k ON k.id = l.sku_id "
            "WHERE o.stage = ? AND (? = '' OR o.courier_code = ?) AND (? = 0 OR o.priority > 0) "
            "GROUP BY o.id, o.priority, o.paid_at"),
        {Stages::code(Stage::Submitted), Sql::text(rule.courierCode), Sql::text(rule.courierCode),
         rule.priorityOnly ? 1 : 0});
    QList<Row> rows;
    while (q.next()) {
        const qint64 minSku = q.value(4).toLongLong();
        const bool single = q.value(5).toInt() == 1 && minSku != 0 && minSku == q.value(6).toLongLong();
        if (rule.singleSku && (!single || (rule.skuId && minSku != rule.skuId)))
            continue;
        rows << Row{q.value(0).toLongLong(),
                    q.value(1).toInt(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    minSku,
                    single};
    }
    QHash<qint64, int> groupSize;
    if (rule.singleSku)
        for (const Row &r : rows)
            ++groupSize[r.sku];
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (rule.priorityOnly && a.priority != b.priority)
            return a.priority > b.priority;
        if (rule.singleSku && a.sku != b.sku) {
            const int ga = groupSize.value(a.sku), gb = groupSize.value(b.sku);
            return ga != gb ? ga > gb : a.sku < b.sku;
        }
        if (a.location != b.location)
            return a.location < b.location;
        return a.paidAt != b.paidAt ? a.paidAt < b.paidAt : a.id < b.id;
    });
    QList<qint64> ids;
    for (const Row &r : rows) {
        if (rule.limit > 0 && ids.size() >= rule.limit)
            break;
        ids << r.id;
    }
    return ids;
}
