#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <map>
#include <memory>

// What the review rules look at: a batch of the orders under review with their lines (a run reads
// its orders a few thousand at a time, so a rule works in memory without one query per order and
// without holding every order of a million-order queue).
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

// What a rule keeps from one batch to the next of the same run: figures over the whole database
// that it reads once per run instead of once per batch.
class RuleMemo {
public:
    template <typename T, typename Make> const T &get(const QString &key, Make make)
    {
        std::shared_ptr<void> &slot = m_entries[key];
        if (!slot)
            slot = std::make_shared<T>(make());
        return *static_cast<const T *>(slot.get());
    }

private:
    std::map<QString, std::shared_ptr<void>> m_entries;
};

struct ReviewBatch {
    QSqlDatabase db;
    QList<ReviewOrder> orders; // one batch of the run's orders, by id
    QHash<qint64, ReviewSku> skus;
    QDate today; // the warehouse's local date (Clock + offset)
    std::shared_ptr<RuleMemo> memo = std::make_shared<RuleMemo>(); // shared by the run's batches
};

// One reason an order needs a person's eyes.
struct ReviewFlag {
    qint64 orderId = 0;
    QString code;
    QString reason;
};
