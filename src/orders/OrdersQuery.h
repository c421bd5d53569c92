#pragma once

#include "orders/OrdersFilter.h"

#include <QString>
#include <QVariantList>

// The WHERE clause for a filter: fixed fragments joined with AND, and their bound values in order.
struct OrdersQuery {
    QString where; // "" or " WHERE …"
    QVariantList values;

    // stageByIndex false writes the stage test so the planner leaves the stage index alone: when
    // a sort has its own index, walking it beats sorting every order of a stage.
    static OrdersQuery from(const OrdersFilter &filter, bool stageByIndex = true);
};
