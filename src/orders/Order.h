#pragma once

#include "Stage.h"

#include <QList>
#include <QString>

struct OrderLine {
    qint64 id = 0;
    int lineNo = 0;
    qint64 skuId = 0; // 0: outer code not in the catalog
    QString outerCode;
    QString title;
    QString spec;
    int qty = 1;
    qint64 priceFen = 0;
    QString platformLineId;
    QString refundStatus = QStringLiteral("none");
};

struct Receiver {
    QString name;
    QString phone;
    bool phoneMasked = false;
    QString province;
    QString city;
    QString district;
    QString address; // street and number
    QString postcode;
    QString raw; // the address as the platform wrote it
};

struct Order {
    qint64 id = 0;
    qint64 shopId = 0;
    QString platformOrderNo;
    QString buyerNick;
    Receiver receiver;
    QString buyerMessage;
    QString sellerMemo;
    QString platformStatus;
    QString createdAt; // UTC text, see Clock
    QString paidAt;
    qint64 goodsFen = 0;
    qint64 shippingFen = 0;
    qint64 paidFen = 0;
    Stage stage = Stage::Imported;
    std::optional<Stage> heldFrom;
    QString holdReason;
    QString courierCode;
    QString trackingNo;
    int priority = 0;
    QString rawJson;
    int version = 1;
    QList<OrderLine> lines;

    int itemCount() const
    {
        int n = 0;
        for (const OrderLine &l : lines)
            n += l.qty;
        return n;
    }
};
