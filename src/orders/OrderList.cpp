#include "orders/OrderList.h"

#include "db/Sql.h"
#include "orders/OrdersQuery.h"

#include <QHash>

namespace {
const QStringList kColumns = {QStringLiteral("id"),
                              QStringLiteral("stage"),
                              QStringLiteral("platform_order_no"),
                              QStringLiteral("buyer_nick"),
                              QStringLiteral("receiver_name"),
                              QStringLiteral("receiver_phone"),
                              QStringLiteral("receiver_province"),
                              QStringLiteral("receiver_city"),
                              QStringLiteral("courier_code"),
                              QStringLiteral("paid_at"),
                              QStringLiteral("wave_date"),
                              QStringLiteral("item_count"),
                              QStringLiteral("priority"),
                              QStringLiteral("paid_fen")};
} // namespace

// Sort → key; a fixed list, so sorting never builds SQL from user text. Every key ends with id (a
// total order: keyset pages neither skip nor repeat rows on ties). Indexed lead columns are
// seekable; the others cost one scan a page whichever way they are paged.
OrdersSortKey OrderList::sortKey(OrderListSort sort, bool d, const OrdersFilter &filter)
{
    auto part = [](const char *column, bool descending, bool nullable = false) {
        return SortPart{QLatin1String(column), descending, nullable};
    };
    switch (sort) {
    case OrderListSort::Stage: // orders_stage_paid
        return {{part("stage", d), part("paid_at", d, true), part("id", d)}};
    case OrderListSort::Priority:
        // The review queue descending: priority first, then paid earliest (orders_queue with a
        // stage); ascending is that queue backwards.
        return {{part("priority", d), part("paid_at", !d, true), part("id", !d)}, filter.stage.has_value()};
    case OrderListSort::OrderNo:
        return {{part("platform_order_no", d), part("id", d)}, true, false};
    case OrderListSort::Buyer:
        return {{part("buyer_nick", d), part("id", d)}, true, false};
    case OrderListSort::Receiver:
        return {{part("receiver_name", d), part("id", d)}, true, false};
    case OrderListSort::Phone:
        return {{part("receiver_phone", d), part("id", d)}, true, false};
    case OrderListSort::Province:
        return {{part("receiver_province", d), part("receiver_city", d), part("id", d)}, false};
    case OrderListSort::City:
        return {{part("receiver_city", d), part("id", d)}, false};
    case OrderListSort::Items:
        return {{part("item_count", d), part("id", d)}, false};
    case OrderListSort::Amount:
        return {{part("paid_fen", d), part("id", d)}, false};
    case OrderListSort::Courier:
        return {{part("courier_code", d, true), part("id", d)}, false};
    case OrderListSort::Wave:
        return {{part("wave_date", d, true), part("paid_at", d, true), part("id", d)}, false};
    case OrderListSort::Flags:
    case OrderListSort::PaidAt: // orders_paid, or orders_stage_paid with a stage
        break;
    }
    return {{part("paid_at", d, true), part("id", d)}};
}

OrderList::OrderList(QSqlDatabase db, const OrdersFilter &filter, OrderListSort sort, bool descending)
    : m_db(db)
    , m_pager(std::move(db), kColumns, filter, sortKey(sort, descending, filter))
{
}

OrderList::Count OrderList::count(const QSqlDatabase &db, const OrdersFilter &filter)
{
    const OrdersQuery where = OrdersQuery::from(filter);
    // A stage alone (or nothing) is counted from an index. Other filters need the order rows
    // themselves (province, courier…): counting every match of a 500,000-order stage took
    // seconds, so those stop at kCountCap and the view says "more than".
    OrdersFilter stageOnly;
    stageOnly.stage = filter.stage;
    Count c;
    if (filter == stageOnly) {
        // From the stage counts (see StageCounts): a server would count the orders row by row.
        const QString sql = filter.stage
                                ? QStringLiteral("SELECT COALESCE(SUM(orders), 0) FROM order_stage_counts")
                                : QStringLiteral("SELECT orders FROM order_total");
        c.total = Sql::scalar(db, sql + where.where, where.values).toLongLong();
        return c;
    }
    c.total = Sql::scalar(db,
                          QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM orders") + where.where +
                              QStringLiteral(" LIMIT ?) matches"),
                          where.values + QVariantList{kCountCap + 1})
                  .toLongLong();
    if (c.total > kCountCap) {
        c.total = kCountCap;
        c.capped = true;
    }
    return c;
}

QList<OrderListRow> OrderList::next(int limit)
{
    QList<OrderListRow> rows;
    rows.reserve(limit);
    m_pager.next(limit, [&rows](const QSqlQuery &q) {
        rows << OrderListRow{q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toString(),
                             q.value(3).toString(),   q.value(4).toString(),    q.value(5).toString(),
                             q.value(6).toString(),   q.value(7).toString(),    q.value(8).toString(),
                             q.value(9).toString(),   q.value(10).toString(),   q.value(11).toInt(),
                             q.value(12).toInt(),     q.value(13).toLongLong(), {}};
    });
    readFlags(rows);
    return rows;
}

void OrderList::readFlags(QList<OrderListRow> &rows) const
{
    if (rows.isEmpty())
        return;
    QHash<qint64, int> at;
    QStringList marks;
    for (int i = 0; i < rows.size(); ++i) {
        at.insert(rows.at(i).id, i);
        marks << QStringLiteral("?");
    }
    // One query per page; the placeholders are ours, the ids bound.
    QVariantList ids;
    ids.reserve(rows.size());
    for (const OrderListRow &r : std::as_const(rows))
        ids << r.id;
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT order_id, flag FROM order_flags WHERE order_id IN (") +
                               marks.join(u',') + QStringLiteral(") ORDER BY flag"),
                           ids);
    while (q.next())
        rows[at.value(q.value(0).toLongLong())].flags << q.value(1).toString();
}
