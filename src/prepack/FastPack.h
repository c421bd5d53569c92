#pragma once

#include "base/Actor.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// What one scan at the pre-pack bench led to (message already translated).
struct FastPackFeedback {
    enum class Kind {
        AwaitingSku, // label accepted: scan the pre-packed parcel's SKU barcode
        Packed,      // label on, parcel packed (Printed → Packed, one boxed parcel taken)
        WrongSku,    // the parcel scanned is another SKU: take the right one
        NotPrepack,  // more than one item or not a campaign SKU: normal pack station
        NoParcels,   // no boxed parcel of this SKU left: normal pack station
        NotPrinted,  // not printed yet, or already packed
        Stop,        // intercepted / cancelled / held: put the label aside
        Unknown,     // no order has this tracking or order number
        Cancelled,   // Esc / empty scan dropped the pending label
    };
    Kind kind = Kind::Unknown;
    QString message;
    qint64 orderId = 0;
    bool ok() const { return kind == Kind::Packed || kind == Kind::AwaitingSku || kind == Kind::Cancelled; }
};

// The pre-pack bench (one-motion shipping of hot SKUs): scan the label (tracking or order
// number), then the pre-packed parcel's SKU barcode; in fast mode the label alone packs it.
// Packing is one transaction: the pack station's record (ParcelStore::packIn: Printed → Packed,
// optimistic so two benches never pack one order twice, and the parcels row), one boxed parcel
// taken from the pre-packed bucket, the prepack_shipments row and the audit row. Stock leaves on_hand at
// handover like every order's.
class FastPack {
    Q_DECLARE_TR_FUNCTIONS(FastPack)

public:
    enum class Mode { Verified, Fast };

    FastPack(const QSqlDatabase &db, const Actor &actor, Mode mode = Mode::Verified);
    void setMode(Mode mode) { m_mode = mode; }
    void setActor(const Actor &actor) { m_actor = actor; }
    Mode mode() const { return m_mode; }

    FastPackFeedback scan(const QString &code);
    FastPackFeedback cancel();

    bool awaitingSku() const { return m_orderId != 0; }
    qint64 pendingOrder() const { return m_orderId; }
    int packedCount() const { return m_packed; }

private:
    FastPackFeedback openLabel(const QString &code);
    FastPackFeedback checkSku(const QString &code);
    FastPackFeedback pack(const QString &mode);
    void clear();

    QSqlDatabase m_db;
    Actor m_actor;
    Mode m_mode;
    qint64 m_orderId = 0;
    int m_version = 0;
    qint64 m_skuId = 0;
    QString m_orderNo;
    QString m_trackingNo;
    QString m_courierCode;
    QString m_skuCode;
    QSet<QString> m_skuCodes; // barcodes and outer code of the pending SKU
    int m_packed = 0;
};
