#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One SKU of a returned parcel: what went out, what has come back already.
struct ReturnItem {
    qint64 skuId = 0;
    QString code;
    QString title;
    QString spec;
    int shipped = 0;
    int returned = 0; // received back before (good + damaged)
    int open() const { return shipped - returned; }
};

// A shipped order found by the tracking or order number on a returned parcel.
struct ReturnParcel {
    qint64 orderId = 0;
    QString orderNo;
    QString trackingNo;
    QString stage;
    qint64 afterSalesId = 0; // the open after-sales case, 0 when none
    QList<ReturnItem> items;
};

// What the person found when checking one SKU of the parcel.
struct ReturnCheck {
    qint64 skuId = 0;
    int good = 0;    // back on hand
    int damaged = 0; // written off
};

// Returns receiving (退库验货): scan the parcel, check each item, and in one transaction put the
// good units back on hand, write the damaged ones off (both visible in the ledger), record the
// return, and close the order's after-sales case as 'returned_received' (opening one when the
// parcel came back without one, e.g. refused delivery).
namespace StockReturns {
// By tracking number or platform order number; only orders that left the warehouse.
std::optional<ReturnParcel> find(const QSqlDatabase &db, const QString &scanned, QString *why = nullptr);
Result<> receive(const QSqlDatabase &db, const Actor &actor, const ReturnParcel &parcel,
                 const QList<ReturnCheck> &checks, const QString &note, qint64 *returnId = nullptr);
} // namespace StockReturns
