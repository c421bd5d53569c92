#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct HandoverParcel {
    qint64 orderId = 0;
    QString orderNo;
    QString trackingNo;
    QString city;
    int items = 0;
    int weightGrams = 0; // 0: not weighed
    QString addedAt;
};

// A batch takes parcels while Open; Shipped once the driver signed and it left (出库).
enum class HandoverState { Open, Shipped };

// A courier handover batch (交接单): the parcels one courier's driver signs for.
struct HandoverBatch {
    qint64 id = 0;
    QString courierCode;
    QString courierName;
    HandoverState state = HandoverState::Open;
    QString openedBy;
    QString station;
    QString openedAt;
    QString shippedAt;
    QList<HandoverParcel> parcels;
    int totalItems() const;
};

// Why a parcel was or was not taken into a batch.
struct HandoverScan {
    enum class Kind { Added, AlreadyIn, WrongCourier, NotPacked, Stop, InOtherBatch, Unknown, BatchClosed };
    HandoverScan() = default;
    HandoverScan(Kind k, QString m, QString courier = {})
        : kind(k)
        , message(std::move(m))
        , parcelCourier(std::move(courier))
    {
    }
    Kind kind = Kind::Unknown;
    QString message;
    QString parcelCourier; // WrongCourier: the courier the parcel goes with (its name)
    bool ok() const { return kind == Kind::Added; }
};

// Handover batches, per courier, kept in the database so a crash loses nothing. Every write is
// one transaction with its audit row; shipping the batch moves every parcel Packed → Shipped and
// consumes its reserved stock, all or nothing.
namespace Handover {
// The open batch of this courier, created when there is none.
qint64 openFor(const QSqlDatabase &db, const Actor &actor, const QString &courierCode);
// A parcel scanned (tracking number or order number) onto the batch's cart.
HandoverScan add(const QSqlDatabase &db, const Actor &actor, qint64 batchId, const QString &code);
Result<> remove(const QSqlDatabase &db, const Actor &actor, qint64 batchId, const QString &code);
std::optional<HandoverBatch> load(const QSqlDatabase &db, qint64 batchId);
// Open batches, without their parcels (count in parcels.size() is not filled; see parcelCount).
QList<HandoverBatch> openBatches(const QSqlDatabase &db);
int parcelCount(const QSqlDatabase &db, qint64 batchId);
// Packed → Shipped for every parcel, stock consumed, batch closed: one transaction. Refused (and
// nothing changed) when a parcel is no longer Packed, e.g. intercepted meanwhile: pull it first.
Result<> ship(const QSqlDatabase &db, const Actor &actor, qint64 batchId);
} // namespace Handover
