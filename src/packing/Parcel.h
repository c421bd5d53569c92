#pragma once

#include "orders/Stage.h"

#include <QHash>
#include <QList>
#include <QString>

// One order line as the packer sees it: what to pick from where, and how many are in the box.
struct ParcelLine {
    qint64 skuId = 0; // 0: the line's outer code is not in the catalog (cannot be verified)
    QString skuCode;
    QString title;
    QString spec;
    QString location;
    QString imagePath;
    int weightGrams = 0; // per unit, 0 when unknown
    int needed = 0;
    int scanned = 0;
    bool refunded = false; // refund on this line: it must not go out

    int remaining() const { return refunded ? 0 : needed - scanned; }
    bool done() const { return remaining() <= 0; }
};

// The parcel on the pack bench: one order with its lines and the codes that verify them.
struct Parcel {
    qint64 orderId = 0;
    int version = 0;
    Stage stage = Stage::Printed;
    QString orderNo;
    QString trackingNo;
    QString courierCode;
    QString courierName; // what the packer reads: 中通快递, not ZTO
    QString buyerNick;
    QString buyerMessage;
    QString sellerMemo;
    QString holdReason;
    QString stageReason; // why it was intercepted, cancelled or held, as the person typed it
    QList<ParcelLine> lines;
    QHash<QString, qint64> skuByBarcode; // every barcode of every SKU in the parcel → SKU id

    bool isEmpty() const { return orderId == 0; }
    bool hasMessages() const { return !buyerMessage.isEmpty() || !sellerMemo.isEmpty(); }
    int itemsNeeded() const;
    int itemsScanned() const;
    bool complete() const;
    // Sum of unit weights × quantities; 0 when any line's weight is unknown (no check then).
    int expectedWeightGrams() const;
    // The first line of this SKU that still wants units, else the first line of it; -1 if none.
    int lineFor(qint64 skuId) const;
};
