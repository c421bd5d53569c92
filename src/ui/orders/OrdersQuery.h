#pragma once

#include "OrdersFilter.h"

#include <QString>
#include <QVariantList>

// The WHERE clause for a filter: fixed fragments joined with AND, and their bound values in order.
struct OrdersQuery {
    QString where; // "" or " WHERE …"
    QVariantList values;

    static OrdersQuery from(const OrdersFilter &filter);
};
