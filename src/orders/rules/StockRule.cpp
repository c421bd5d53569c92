#include "StockRule.h"

#include <QMap>

QString StockRule::title() const
{
    return tr("Out of stock for the available quantity");
}

void StockRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    // Orders take stock in queue order (priority, then paid first), all or nothing per order,
    // as submitting will: the first ones in line get it, later ones are flagged.
    QHash<qint64, int> left;
    for (auto it = batch.skus.cbegin(); it != batch.skus.cend(); ++it)
        left.insert(it.key(), it.value().available);
    for (const ReviewOrder &o : batch.orders) {
        QMap<qint64, int> need;
        for (const ReviewLine &l : o.lines) {
            if (l.skuId > 0)
                need[l.skuId] += l.qty;
        }
        QStringList short_;
        for (auto it = need.cbegin(); it != need.cend(); ++it) {
            const int free = left.value(it.key());
            if (free < it.value())
                short_ << tr("%1 needs %2, %3 left")
                              .arg(batch.skus.value(it.key()).code)
                              .arg(it.value())
                              .arg(std::max(0, free));
        }
        if (!short_.isEmpty()) {
            flags << ReviewFlag{o.id, code(), tr("Out of stock: %1.").arg(short_.join(tr("; ")))};
            continue;
        }
        for (auto it = need.cbegin(); it != need.cend(); ++it)
            left[it.key()] -= it.value();
    }
}
