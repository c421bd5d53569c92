#pragma once

#include "base/Actor.h"
#include "base/Result.h"
#include "orders/Order.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// Edits an order's lines before Submitted (OrderEditor does address, memo and courier): the new
// lines replace the old ones, goods and item count follow, the paid amount stays what the buyer
// paid. Audited with before/after; fixing every unknown SKU clears intake's unknown_sku flag.
namespace LineEditor {
Result<> setLines(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const QList<OrderLine> &lines,
                  std::optional<int> version = std::nullopt);
}
