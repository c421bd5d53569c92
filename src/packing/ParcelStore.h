#pragma once

#include "base/Actor.h"
#include "base/Result.h"
#include "orders/Stage.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

// What the pack station writes when a parcel is closed.
struct PackRecord {
    qint64 orderId = 0;
    int version = 0; // the version the packer saw when the parcel was opened
    QString trackingNo;
    QString courierCode;
    int items = 0;
    std::optional<int> weightGrams;
    int expectedWeightGrams = 0;
    bool weightOverride = false;
};

// The pack station's writes, each in its own transaction with its audit row.
namespace ParcelStore {
// Printed → Packed, the parcels row and the audit row, all or nothing. Of two stations packing
// the same order exactly one succeeds (the stage machine's optimistic WHERE); the other gets a
// refusal saying the order was changed. Sets *parcelId on success.
Result<> pack(const QSqlDatabase &db, const Actor &actor, const PackRecord &record,
              qint64 *parcelId = nullptr);
// The same inside the caller's Transaction (the pre-pack bench takes a boxed parcel with it).
Result<> packIn(const QSqlDatabase &db, const Actor &actor, const PackRecord &record,
                qint64 *parcelId = nullptr);
// A parcel the station refused and put aside (Intercepted, Cancelled, OnHold): recorded and audited.
void setAside(const QSqlDatabase &db, const Actor &actor, qint64 orderId, Stage stage, const QString &reason);
// A refused item scan (wrong item, too many, unknown code), for the packer-error figures.
void recordRefusedScan(const QSqlDatabase &db, const Actor &actor, qint64 orderId, const QString &code,
                       const QString &what);
} // namespace ParcelStore
