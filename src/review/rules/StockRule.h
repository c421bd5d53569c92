#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>
#include <functional>
#include <vector>

// Stock handed out in queue order (priority first, then paid earliest, then by id), all or nothing
// per order, as submitting will: the first ones in line get it, later ones are flagged. A run that
// streams its orders in batches adds each order here (what it needs of known SKUs, a few dozen
// bytes, not the order) and hands out the stock once every batch was seen.
class StockQueue {
    Q_DECLARE_TR_FUNCTIONS(StockRule)
public:
    // Keeps what the order needs of known SKUs under tag; false (nothing kept) when it needs none.
    bool add(const ReviewOrder &order, qint32 tag);
    // In queue order, each(tag, order id, reason) for every kept order; the reason is empty when
    // the order got its stock.
    void allocate(const QHash<qint64, ReviewSku> &skus,
                  const std::function<void(qint32 tag, qint64 orderId, const QString &reason)> &each);
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry {
        qint64 id;
        quint64 paid; // paid_at's digits (yyyyMMddhhmmss): sorts as the text does
        qint32 priority;
        qint32 tag;
        qint32 firstNeed;
        qint32 needs;
    };
    struct Need {
        qint32 sku;
        qint32 qty;
    };
    std::vector<Entry> m_entries;
    std::vector<Need> m_needs; // by SKU id within an order
};

// Not enough available stock: orders take stock in queue order, the ones left short are flagged.
class StockRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(StockRule)
public:
    QString code() const override { return QStringLiteral("out_of_stock"); }
    QString title() const override;
    // One batch on its own (a run of many batches uses StockQueue across them).
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
};
