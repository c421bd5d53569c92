#pragma once

#include "orders/OrdersFilter.h"
#include "orders/OrdersPager.h"

#include <QSqlDatabase>
#include <QStringList>

// One order as the orders list shows it, as stored (codes, UTC text, fen).
struct OrderListRow {
    qint64 id = 0;
    QString stage, orderNo, buyer, receiver, phone, province, city, courier, paidAt, wave;
    int items = 0;
    int priority = 0;
    qint64 amountFen = 0;
    QStringList flags; // the order's flag codes, by code
};

// What the list sorts by: the orders table's columns as the review desk shows them (OrdersModel's
// columns, in its order). Flags live in their own table and sort as PaidAt.
enum class OrderListSort {
    Stage,
    Flags,
    Priority,
    OrderNo,
    Buyer,
    Receiver,
    Phone,
    Province,
    City,
    Items,
    Amount,
    Courier,
    PaidAt,
    Wave
};

// The orders a filter selects, in one sort's order, read a page at a time by keyset (OrdersPager)
// with each page's flags; and how many there are. Sorting and every filter run in SQL, so a
// million orders never load at once. OrdersModel is a Qt model over this.
class OrderList {
public:
    static constexpr qint64 kCountCap = 2000;
    struct Count {
        qint64 total = 0;
        bool capped = false; // more than kCountCap (total is then kCountCap)
    };

    OrderList(QSqlDatabase db, const OrdersFilter &filter, OrderListSort sort, bool descending);

    // Up to limit rows after those read; fewer than limit means the end.
    QList<OrderListRow> next(int limit);

    // Exact up to kCountCap; above it (filters other than the stage) kCountCap and capped.
    static Count count(const QSqlDatabase &db, const OrdersFilter &filter);
    // The order a sort walks, ending with id (the keyset pager's key).
    static OrdersSortKey sortKey(OrderListSort sort, bool descending, const OrdersFilter &filter);

private:
    void readFlags(QList<OrderListRow> &rows) const;

    QSqlDatabase m_db;
    OrdersPager m_pager;
};
