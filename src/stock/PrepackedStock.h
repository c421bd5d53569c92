#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>
#include <QString>

// Pre-packed stock for flash sales: the one place units move between loose and boxed (issue 8's
// batches, unpacking and fast-pack all come through here). Pre-packed units stay part of on_hand
// (they are still in the building and still sellable, so available is unchanged); the prepacked
// bucket says how many of them are boxed. Loose = on_hand − prepacked. Every call posts to the
// ledger in the caller's Transaction and throws Error with the SKU and the numbers when refused,
// so the caller's transaction rolls back. Shipping a pre-packed parcel at handover:
// Reservations::consumeOrder(…, ConsumeFrom::Prepacked).
namespace PrepackedStock {
// Loose → boxed: refused when fewer than qty loose units are on hand.
void pack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty, const QString &batchRef);
// Boxed → loose (leftovers after the sale): refused when fewer than qty are pre-packed.
void unpack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty, const QString &batchRef);
// One boxed parcel got an order's label (fast-pack): it leaves the pre-packed pile; on_hand and
// the order's reservation go at handover, as for every order.
void takeParcel(const QSqlDatabase &db, const Actor &actor, qint64 skuId, const QString &orderNo);

struct Level {
    int onHand = 0;
    int reserved = 0;
    int prepacked = 0;
    int loose() const { return onHand - prepacked; }
};
Level level(const QSqlDatabase &db, qint64 skuId);
int loose(const QSqlDatabase &db, qint64 skuId);
} // namespace PrepackedStock
