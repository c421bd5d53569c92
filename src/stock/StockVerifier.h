#pragma once

#include "base/Actor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One disagreement between a stored level and the ledger, or a level below zero.
struct StockMismatch {
    qint64 skuId = 0;
    QString skuCode;
    QString bucket;    // on_hand | reserved | prepacked
    qint64 level = 0;  // stored in stock_levels (0 when the row is missing)
    qint64 ledger = 0; // sum of the ledger rows
    QString describe() const;
};

// Proves the levels are what the ledger sums to, per SKU and bucket, and that nothing is
// negative. The levels are a cache of the ledger: rebuild() recomputes them from it.
namespace StockVerifier {
QList<StockMismatch> verify(const QSqlDatabase &db);
// Sets every level to its ledger sum in one transaction, audited; returns how many it changed.
// Refuses (throws Error) when a ledger sum is negative: that is a broken ledger, not a cache.
int rebuild(const QSqlDatabase &db, const Actor &actor);
} // namespace StockVerifier
