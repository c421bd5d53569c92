#pragma once

#include "base/Actor.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// What an order could not get: one entry per SKU short of stock.
struct Shortage {
    qint64 skuId = 0;
    QString skuCode;
    int needed = 0;
    int available = 0;
};

// Which units a shipment takes: loose stock first (pre-packed only for what loose cannot cover),
// or the pre-packed parcels of a flash sale.
enum class ConsumeFrom { Loose, Prepacked };

// Stock that follows an order through the warehouse, always through the ledger and always in
// the caller's Transaction (together with the stage change and its audit row):
//   submit → reserve (reserved +qty), cancel/intercept → release (reserved −qty),
//   ship → consume (reserved −held, on_hand −shipped, prepacked −boxed units shipped).
// available = on_hand − reserved − safety_stock; a reservation never makes it negative, checked
// in the UPDATE itself so two processes cannot both take the last unit.
// Reservation rows carry the order id: release and ship move exactly what the ledger says the
// order holds, even if a line was refunded in between.
namespace Reservations {
// Reserves every line with a known SKU. Returns the shortages and posts nothing if any line
// cannot be covered (all or nothing per order).
QList<Shortage> reserveOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId);
// Releases what the order holds (nothing when it holds nothing, so calling twice is harmless).
void releaseOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const QString &reason);
// Ships the order's unrefunded lines and drops its whole reservation.
void consumeOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId,
                  ConsumeFrom from = ConsumeFrom::Loose);
// What the order holds per SKU id, from the ledger (orders reserved before the ledger carried
// order ids, e.g. demo data, fall back to their unrefunded lines).
QMap<qint64, int> heldBy(const QSqlDatabase &db, qint64 orderId);
// on_hand − reserved − safety_stock (may be below zero when safety stock exceeds what is free).
int available(const QSqlDatabase &db, qint64 skuId);
} // namespace Reservations
