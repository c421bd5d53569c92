#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>
#include <QString>

// Stock buckets per SKU. available = on_hand − reserved − safety stock.
enum class StockBucket { OnHand, Reserved, Prepacked };

// One movement of one bucket of one SKU.
struct StockMove {
    qint64 skuId = 0;
    StockBucket bucket = StockBucket::OnHand;
    int delta = 0;
    QString reason; // received, damaged, found, lost, count, returned, reserve, release, ship, prepack, …
    QString ref;    // order number, count id, batch id
    QString note;
};

// The append-only ledger and the levels it sums to. post() writes the ledger row and updates
// the level in the caller's Transaction; a move that would take a level below zero throws
// Error with the SKU and the shortfall, so the whole transaction rolls back.
namespace StockLedger {
QString bucketCode(StockBucket bucket);
void post(const QSqlDatabase &db, const Actor &actor, const StockMove &move);
} // namespace StockLedger
