#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QFlags>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Stock buckets per SKU. on_hand counts every unit in the building; reserved is what submitted
// orders hold; prepacked is how many of the on-hand units are already boxed for a flash sale
// (a part of on_hand, not on top of it). available = on_hand − reserved − safety stock.
enum class StockBucket { OnHand, Reserved, Prepacked };

// Cross-bucket rules a move must keep, checked in the same UPDATE as the move (so they hold
// under any number of processes, on SQLite and PostgreSQL alike).
enum class StockGuard {
    KeepFree = 0x1,      // on_hand ≥ reserved afterwards (no reserved unit written off)
    KeepAvailable = 0x2, // on_hand − reserved − safety_stock ≥ 0 afterwards (reserving)
    KeepLoose = 0x4,     // on_hand ≥ prepacked afterwards (no boxed unit written off)
};
Q_DECLARE_FLAGS(StockGuards, StockGuard)
Q_DECLARE_OPERATORS_FOR_FLAGS(StockGuards)

// One movement of one bucket of one SKU.
struct StockMove {
    qint64 skuId = 0;
    StockBucket bucket = StockBucket::OnHand;
    int delta = 0;
    QString reason; // received, damaged, found, lost, count, returned, reserve, release, ship, prepack, …
    QString ref;    // order number, count id, batch id
    QString note;
    qint64 orderId = 0; // the order a reserve/release/ship row belongs to (0: none)
    StockGuards guards = {};
};

// One row of the ledger as written (codes, UTC text).
struct LedgerEntry {
    QString at;
    QString bucket; // on_hand, reserved, prepacked
    int delta = 0;
    QString reason;
    QString ref;  // "" for none
    QString note; // "" for none
    QString operatorName;
    QString station;
};

// The append-only ledger and the levels it sums to. post() writes the ledger row and updates
// the level in the caller's Transaction; a move that would take a level below zero (or break
// one of its guards) throws Error saying why, so the whole transaction rolls back.
namespace StockLedger {
QString bucketCode(StockBucket bucket);
void post(const QSqlDatabase &db, const Actor &actor, const StockMove &move);
// As post(), but a refused move (past a limit or a guard) is a Result with the reason, not an Error.
Result<> tryPost(const QSqlDatabase &db, const Actor &actor, const StockMove &move);
// One SKU's latest rows, newest first, at most limit of them (the full history stays in the database).
QList<LedgerEntry> latest(const QSqlDatabase &db, qint64 skuId, int limit);
} // namespace StockLedger
