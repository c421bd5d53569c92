#pragma once

#include "Parcel.h"

#include <QSqlDatabase>
#include <optional>

// Finding the parcel behind a scanned code. Every query goes through an index:
// pick_slots primary key, orders.tracking_no, orders.platform_order_no, order_lines (order_id, line_no), skus
// and sku_barcodes primary keys, sku_barcodes (sku_id).
namespace ParcelLookup {
// The order in the pick-list slot the code names (PickSlots: "PL42-7"), else orders whose
// tracking number is the code, else whose platform order number is (several when two shops
// share an order number).
QList<qint64> findOrders(const QSqlDatabase &db, const QString &code);
// The order with its lines (in bin order, for the walk along the shelves) and their barcodes.
std::optional<Parcel> load(const QSqlDatabase &db, qint64 orderId);
// The order's current stage and version (re-checked at pack time).
std::optional<std::pair<Stage, int>> stageOf(const QSqlDatabase &db, qint64 orderId);
} // namespace ParcelLookup
