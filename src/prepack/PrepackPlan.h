#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One row of a campaign's pre-pack plan (per SKU, i.e. per spec/size).
struct PlanRow {
    qint64 skuId = 0;
    QString code;
    QString title;
    QString spec;
    QString location;
    QString material;
    int purchaseLimit = 0;
    int expectedOrders = 0; // expected single-item orders
    int suggested = 0;      // ratio × expected, rounded, capped by on hand
    bool edited = false;    // planned is a person's number, not the suggestion
    int planned = 0;        // what to pre-pack in this campaign
    int onHand = 0;
    int prepacked = 0; // boxed units of the SKU on the shelf now ("left")
    int packedNet = 0; // this campaign's batches: packed − unpacked
    int shipped = 0;   // this campaign's orders that went out as pre-packed parcels
    int toPack() const { return std::max(0, planned - packedNet); }
};

namespace PrepackPlan {
// round(expected × ratio%), halves up, capped by on hand; never below zero. Integer arithmetic:
// 7 × 60% = 4.2 → 4, 5 × 50% = 2.5 → 3, 1 × 50% → 1, 3 × 0% → 0.
int suggest(int expectedOrders, int ratioPercent, int onHand);
QList<PlanRow> rows(const QSqlDatabase &db, qint64 campaignId);
} // namespace PrepackPlan
