#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// A SKU batch for 爆款打单: the submitted pre-pack orders of one hot SKU, as many as there are
// boxed parcels for them.
struct SkuPrintBatch {
    qint64 skuId = 0;
    QString code;
    QString title;
    QString spec;
    QString location;
    int prepacked = 0;      // boxed parcels on the shelf
    int printedWaiting = 0; // pre-pack orders already printed, not yet packed: they claim parcels
    QList<qint64> orderIds; // to print now: priority first, then paid time
};

// Pre-pack orders: exactly one unrefunded line, quantity 1, of a known SKU. With boxed parcels
// of that SKU on the shelf they ship as "label on, hand over"; anything else takes the normal
// path (multi-item orders, other SKUs, or the boxed stock ran out).
namespace PrepackOrders {
// The SKU when the order has the pre-pack shape (one live line, qty 1, SKU known).
std::optional<qint64> singleSku(const QSqlDatabase &db, qint64 orderId);
// The shape, and boxed stock of its SKU now.
bool isPrepackOrder(const QSqlDatabase &db, qint64 orderId);
// Per campaign SKU: orders of the pre-pack shape not yet packed (imported to printed, held or
// out of stock included; cancelled, intercepted, packed and later are not open).
QHash<qint64, int> openOrders(const QSqlDatabase &db, qint64 campaignId);
// The campaign's SKU batches to print, sorted by bin location (the walk along the shelves), each
// capped at the boxed parcels not yet claimed by printed orders. SKUs with nothing to print are
// left out unless withEmpty.
QList<SkuPrintBatch> printBatches(const QSqlDatabase &db, qint64 campaignId, bool withEmpty = false);
} // namespace PrepackOrders
