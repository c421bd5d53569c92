#pragma once

#include "orders/Stage.h"

#include <QString>
#include <optional>

// What the reviewer narrowed the list to. Every field becomes a fixed SQL fragment with a bound
// value (OrdersQuery), never text pasted into SQL.
struct OrdersFilter {
    std::optional<Stage> stage;
    QString flag;     // a flag code, "*" for any flag, empty for no filter
    QString courier;  // courier code, "-" for none yet
    QString province; // starts with ("浙江" matches 浙江省)
    QString city;
    QString skuCode; // orders with a line of this SKU (outer code)
    qint64 shopId = 0;
    QString paidFrom;     // UTC text, inclusive
    QString paidTo;       // UTC text, exclusive
    bool hasNote = false; // buyer message or seller memo
    QString search;       // order no, buyer, receiver, phone tail, tracking no

    bool operator==(const OrdersFilter &) const = default;
};
