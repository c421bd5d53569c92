#include "StockRule.h"

#include <QMap>
#include <algorithm>

namespace {
quint64 digits(const QString &time)
{
    quint64 v = 0;
    for (QChar c : time)
        if (c >= u'0' && c <= u'9')
            v = v * 10 + (c.unicode() - u'0');
    return v;
}
} // namespace

bool StockQueue::add(const ReviewOrder &order, qint32 tag)
{
    QMap<qint64, int> need;
    for (const ReviewLine &l : order.lines)
        if (l.skuId > 0)
            need[l.skuId] += l.qty;
    if (need.isEmpty())
        return false;
    m_entries.push_back(Entry{order.id, digits(order.paidAt), order.priority, tag, qint32(m_needs.size()),
                              qint32(need.size())});
    for (auto it = need.cbegin(); it != need.cend(); ++it)
        m_needs.push_back(Need{qint32(it.key()), it.value()});
    return true;
}

void StockQueue::allocate(const QHash<qint64, ReviewSku> &skus,
                          const std::function<void(qint32, qint64, const QString &)> &each)
{
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.paid != b.paid)
            return a.paid < b.paid;
        return a.id < b.id;
    });
    QHash<qint64, int> left;
    for (auto it = skus.cbegin(); it != skus.cend(); ++it)
        left.insert(it.key(), it.value().available);
    for (const Entry &e : m_entries) {
        const Need *first = m_needs.data() + e.firstNeed;
        const Need *end = first + e.needs;
        QStringList short_;
        for (const Need *n = first; n != end; ++n) {
            const int free = left.value(n->sku);
            if (free < n->qty)
                short_ << tr("%1 needs %2, %3 left")
                              .arg(skus.value(n->sku).code)
                              .arg(n->qty)
                              .arg(std::max(0, free));
        }
        if (!short_.isEmpty()) {
            each(e.tag, e.id, tr("Out of stock: %1.").arg(short_.join(tr("; "))));
            continue;
        }
        for (const Need *n = first; n != end; ++n)
            left[n->sku] -= n->qty;
        each(e.tag, e.id, QString());
    }
}

QString StockRule::title() const
{
    return tr("Out of stock for the available quantity");
}

void StockRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    StockQueue queue;
    for (const ReviewOrder &o : batch.orders)
        queue.add(o, 0);
    queue.allocate(batch.skus, [&](qint32, qint64 id, const QString &reason) {
        if (!reason.isEmpty())
            flags << ReviewFlag{id, code(), reason};
    });
}
