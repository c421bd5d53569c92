#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>

// 拆单: the chosen lines leave for a new order (e.g. in-stock part now, presale part later).
// The new order is numbered "<platform no>-2", "-3", … with split_from set, in the same stage;
// goods follow the lines, the paid amount is shared in proportion (the remainder stays), postage
// stays with the original, so every amount is conserved.
namespace OrderSplitter {
Result<> split(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const QList<qint64> &lineIds,
               qint64 *newOrderId = nullptr);
}
