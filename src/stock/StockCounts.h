#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One SKU of a stock count, with what the system said and what people counted.
struct CountLine {
    qint64 skuId = 0;
    QString code;
    QString title;
    QString spec;
    QString location;
    int onHandAtStart = 0;
    bool counted = false;
    int countedQty = 0;
    int onHandAtCount = 0; // the system's on-hand when the line was counted
    int onHandNow = 0;
    int reserved = 0;
    int difference() const { return counted ? countedQty - onHandAtCount : 0; }
};

// Counted while Open; Posted books its corrections, Cancelled books none.
enum class StockCountState { Open, Posted, Cancelled };

struct StockCount {
    qint64 id = 0;
    QString locationFrom;
    QString locationTo;
    StockCountState state = StockCountState::Open;
    QString note;
    QString startedAt;
    QString startedBy;
};

// Stock counts (盘点) over a range of bin locations: start, scan or type counted quantities,
// review the differences, post them as one batch of "count" ledger rows.
//
// Stock that moves while a count is open: each counted line keeps the system's on-hand at the
// moment it was counted, and posting corrects by (counted − on-hand at count). A unit shipped
// or received after its line was counted is therefore neither lost nor counted twice. Lines not
// counted are left alone (not treated as zero). Counting is of the bin: parcels already picked
// for orders but not shipped still belong to on-hand, so count a range when its picks are done.
// A correction may leave on-hand below reserved: the count is the truth, and the SKU then shows
// on the oversell-risk list so those orders are dealt with.
namespace StockCounts {
// Creates the count with every SKU whose location is in [from, to] (text order; to empty = from).
// Refused when another open count holds one of those SKUs.
Result<> start(const QSqlDatabase &db, const Actor &actor, const QString &from, const QString &to,
               const QString &note, qint64 *countId);
// Sets the counted quantity of a SKU (adds the SKU if it was found in the range but not listed).
Result<> record(const QSqlDatabase &db, const Actor &actor, qint64 countId, qint64 skuId, int counted);
// A scan: +qty on the counted quantity of the SKU with that barcode (or code).
Result<> scan(const QSqlDatabase &db, const Actor &actor, qint64 countId, const QString &barcode,
              int qty = 1);
Result<> post(const QSqlDatabase &db, const Actor &actor, qint64 countId);
Result<> cancel(const QSqlDatabase &db, const Actor &actor, qint64 countId);

std::optional<StockCount> load(const QSqlDatabase &db, qint64 countId);
QList<StockCount> open(const QSqlDatabase &db);
QList<CountLine> lines(const QSqlDatabase &db, qint64 countId);
} // namespace StockCounts
