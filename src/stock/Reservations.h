#pragma once

#include "base/Actor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// What an order could not get: one entry per SKU short of stock.
struct Shortage {
    qint64 skuId = 0;
    QString skuCode;
    int needed = 0;
    int available = 0;
};

// Stock that follows an order through the warehouse, always through the ledger and always in
// the caller's Transaction (together with the stage change and its audit row):
//   submit → reserve (reserved +qty), cancel/intercept → release (reserved −qty),
//   ship → consume (on_hand −qty and reserved −qty).
// available = on_hand − reserved − safety_stock; a reservation never makes it negative.
namespace Reservations {
// Reserves every line with a known SKU. Returns the shortages and posts nothing if any line
// cannot be covered (all or nothing per order).
QList<Shortage> reserveOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId);
void releaseOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const QString &reason);
void consumeOrder(const QSqlDatabase &db, const Actor &actor, qint64 orderId);
// on_hand − reserved − safety_stock (may be below zero when safety stock exceeds what is free).
int available(const QSqlDatabase &db, qint64 skuId);
} // namespace Reservations
