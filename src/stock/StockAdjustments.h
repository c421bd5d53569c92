#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Why a person changed on-hand stock by hand. Stored in the ledger as the code.
enum class AdjustReason { Received, Damaged, Found, Lost, CountCorrection, Returned, Other };

// One hand-made change of one SKU's on-hand stock.
struct Adjustment {
    qint64 skuId = 0;
    int delta = 0;
    AdjustReason reason = AdjustReason::Received;
    QString note; // required for Other
    QString ref;  // delivery note, supplier, …
};

// Adjustments and receiving: validate, post to the ledger and audit in one transaction.
// Decreases never take on-hand below what submitted orders reserve or what is pre-packed
// (the refusal says so); a stock count is the way to record that those units are gone.
namespace StockAdjustments {
QList<AdjustReason> reasons();
QString code(AdjustReason reason); // received, damaged, found, lost, count, returned, other
QString displayName(AdjustReason reason);
std::optional<AdjustReason> fromCode(const QString &code);
// +1 only adds (received, found, returned), -1 only removes (damaged, lost), 0 either.
int sign(AdjustReason reason);

// Checks one adjustment without writing (sign, note, SKU exists).
Result<> check(const QSqlDatabase &db, const Adjustment &adjustment);
// One adjustment in its own transaction.
Result<> adjust(const QSqlDatabase &db, const Actor &actor, const Adjustment &adjustment);
// Several in one transaction: all or none (a receiving session, an import).
Result<> adjustAll(const QSqlDatabase &db, const Actor &actor, const QList<Adjustment> &adjustments);
// Inside the caller's Transaction; throws Error when refused.
void post(const QSqlDatabase &db, const Actor &actor, const Adjustment &adjustment);
} // namespace StockAdjustments
