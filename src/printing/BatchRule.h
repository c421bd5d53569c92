#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// How a warehouse cuts Submitted orders into print batches: by courier, priority first, or
// single-SKU groups (爆款打单: every order of one hot SKU together, so the packer repeats one motion).
// Within a batch orders run in bin-location order, the way a picker walks.
struct BatchRule {
    QString courierCode; // "" = any courier
    bool priorityOnly = false;
    bool singleSku = false; // only orders with one line of one SKU, grouped by SKU, biggest group first
    qint64 skuId = 0;       // with singleSku: only this SKU
    int limit = 0;          // 0 = no limit

    QString describe() const; // for the job title, in the operator's language
};

namespace Batching {
// Submitted order ids, in print order.
QList<qint64> select(const QSqlDatabase &db, const BatchRule &rule);
} // namespace Batching
