#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>
#include <QString>

// The pre-packed bucket's three moves, in the caller's Transaction (see 0009_prepack.sql for the
// model: pre-packed units are part of on_hand; loose = on_hand − prepacked). Each throws Error
// with the SKU and the numbers when refused, so the caller's transaction rolls back.
namespace PrepackLedger {
// Loose → boxed: refused when fewer than qty loose units are on hand.
void pack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty, const QString &ref);
// Boxed → loose (leftovers): refused when fewer than qty are pre-packed.
void unpack(const QSqlDatabase &db, const Actor &actor, qint64 skuId, int qty, const QString &ref);
// One boxed parcel got an order's label: it leaves the pre-packed pile (on_hand and the order's
// reservation go at handover, as for every order).
void takeParcel(const QSqlDatabase &db, const Actor &actor, qint64 skuId, const QString &orderNo);

struct Level {
    int onHand = 0;
    int reserved = 0;
    int prepacked = 0;
    int loose() const { return onHand - prepacked; }
};
Level level(const QSqlDatabase &db, qint64 skuId);
} // namespace PrepackLedger
