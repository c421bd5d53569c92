#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>
#include <QString>

// Pre-packed stock for flash sales (issue 8 builds campaigns and batches on this). Pre-packed
// units stay part of on_hand (they are still in the building and still sellable, so available is
// unchanged); the prepacked bucket says how many of them are boxed. Loose = on_hand − prepacked.
// Both calls post to the ledger in the caller's Transaction and throw Error when refused.
// Shipping a pre-packed parcel: Reservations::consumeOrder(…, ConsumeFrom::Prepacked).
namespace PrepackedStock {
// Loose → boxed: refused when fewer than qty loose units are on hand.
void pack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty, const QString &batchRef);
// Boxed → loose (leftovers after the sale): refused when fewer than qty are pre-packed.
void unpack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty, const QString &batchRef);
int loose(const QSqlDatabase &db, qint64 skuId);
} // namespace PrepackedStock
