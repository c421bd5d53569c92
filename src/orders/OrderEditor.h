#pragma once

#include "Order.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QSqlDatabase>
#include <optional>

// What a reviewer may change on an order; unset fields stay as they are.
struct OrderEdit {
    std::optional<Receiver> receiver;
    std::optional<QString> sellerMemo;
    std::optional<QString> courierCode;
    std::optional<int> version; // the version the person saw
};

// Edits before Submitted, refused from Submitted on (the warehouse owns the order then).
// Each edit bumps the version and writes its before/after to the audit log in one transaction.
namespace OrderEditor {
// Whether an order in this stage may be edited; refused with why when it cannot.
Result<> editable(Stage stage, std::optional<Stage> heldFrom = std::nullopt);
Result<> edit(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const OrderEdit &edit);
} // namespace OrderEditor
