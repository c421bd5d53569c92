#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the review rules look at: the orders under review with their lines, read once per run so
// a rule works in memory (100,000 orders in seconds, not one query per order).
struct ReviewLine {
    qint64 skuId = 0; // 0: unknown outer code
    QString outerCode;
    QString title;
    int qty = 0;
};

struct ReviewOrder {
    qint64 id = 0;
    qint64 shopId = 0;
    QString orderNo;
    QString stage;
    QString buyerNick;
    QString receiverName;
    QString receiverPhone;
    bool phoneMasked = false;
    QString province, city, district, address, addressRaw;
    QString buyerMessage;
    QString sellerMemo;
    QString paidAt; // UTC text
    qint64 paidFen = 0;
    int itemCount = 0;
    int priority = 0;
    QString waveDate; // as stored (yyyy-MM-dd or empty): a run writes only what changes
    QList<ReviewLine> lines;

    QString receiverKey() const { return receiverName + u'|' + receiverPhone + u'|' + addressKey(); }
    QString addressKey() const { return province + u'|' + city + u'|' + district + u'|' + address; }
};

struct ReviewSku {
    QString code;
    int available = 0;       // on_hand − reserved − safety_stock
    QString presaleShipDate; // yyyy-MM-dd or empty
    int purchaseLimit = 0;   // 0: no flash-sale limit
};

struct ReviewBatch {
    QSqlDatabase db;
    QList<ReviewOrder> orders; // in queue order: priority first, then paid earliest
    QHash<qint64, ReviewSku> skus;
    QDate today; // the warehouse's local date (Clock + offset)
};

// One reason an order needs a person's eyes.
struct ReviewFlag {
    qint64 orderId = 0;
    QString code;
    QString reason;
};
