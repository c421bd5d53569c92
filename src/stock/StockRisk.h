#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// A SKU's levels with the two warnings the floor acts on.
struct StockRiskRow {
    qint64 skuId = 0;
    QString code;
    QString title;
    QString spec;
    QString location;
    int onHand = 0;
    int reserved = 0;
    int prepacked = 0;
    int safetyStock = 0;
    int lowStockThreshold = 0;
    int openDemand = 0; // units on Imported/Reviewed/OutOfStock orders, not yet reserved
    int available() const { return onHand - reserved - safetyStock; }
    // available below the threshold (a threshold of 0 warns only when nothing is available)
    bool lowStock() const { return available() < lowStockThreshold || available() <= 0; }
    // orders waiting for review already want more than is available, or reserved exceeds on hand
    bool oversellRisk() const { return available() < openDemand || onHand < reserved; }
};

// Low-stock and oversell-risk list: SKUs whose available stock is below their threshold or below
// the open demand of orders not yet submitted. Worst first (biggest shortfall against demand).
namespace StockRisk {
QList<StockRiskRow> atRisk(const QSqlDatabase &db);
// Open demand per SKU id, for one SKU or all (skuId 0).
int openDemand(const QSqlDatabase &db, qint64 skuId);
} // namespace StockRisk
