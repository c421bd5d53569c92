#include "ItemStage.h"

#include <algorithm>

qint32 ItemStage::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_textIds.constFind(text);
    if (it != m_textIds.cend())
        return *it;
    const auto id = qint32(m_texts.size());
    m_texts << text;
    m_textIds.insert(text, id);
    return id;
}

void ItemStage::add(const QString &orderNo, qint64 fileLine, const OrderLine &line, const QString &problem)
{
    const auto index = qint32(m_lines.size());
    quint64 lineIdNumber = 0;
    qint32 lineIdText = -1;
    if (const auto n = OrderNumbers::asInteger(line.platformLineId)) {
        lineIdNumber = *n;
    } else if (!line.platformLineId.isEmpty()) {
        lineIdText = qint32(m_lineIdTexts.size());
        m_lineIdTexts << line.platformLineId;
    }
    m_lines.push_back(Line{fileLine, line.priceFen, line.qty, intern(line.title), intern(line.spec),
                           intern(line.outerCode), intern(line.refundStatus), intern(problem), -1,
                           lineIdNumber, lineIdText});
    bool isNew = false;
    Chain &chain = m_orders.insert(orderNo, &isNew);
    if (chain.last >= 0)
        m_lines[chain.last].next = index;
    else
        chain.first = index;
    chain.last = index;
}

std::optional<ItemStage::Taken> ItemStage::take(const QString &orderNo)
{
    // Taken out of the map: what is left at the end are the orphans.
    const std::optional<Chain> chain = m_orders.take(orderNo);
    if (!chain)
        return std::nullopt;
    Taken out;
    for (qint32 i = chain->first; i >= 0; i = m_lines[i].next) {
        const Line &s = m_lines[i];
        if (s.problem && out.problem.isEmpty())
            out.problem = m_texts.at(s.problem);
        OrderLine l;
        l.title = m_texts.at(s.title);
        l.spec = m_texts.at(s.spec);
        l.outerCode = m_texts.at(s.outerCode);
        l.refundStatus = m_texts.at(s.refundStatus);
        l.qty = s.qty;
        l.priceFen = s.priceFen;
        l.platformLineId = s.lineIdText >= 0    ? m_lineIdTexts.at(s.lineIdText)
                           : s.lineIdNumber > 0 ? QString::number(s.lineIdNumber)
                                                : QString();
        out.lines.append(l);
    }
    return out;
}

QList<ItemStage::Orphan> ItemStage::orphans() const
{
    QList<Orphan> out;
    m_orders.forEach([&](const QString &orderNo, const Chain &chain) {
        for (qint32 i = chain.first; i >= 0; i = m_lines[i].next)
            if (!m_lines[i].problem)
                out.append({m_lines[i].fileLine, orderNo});
    });
    std::sort(out.begin(), out.end(),
              [](const Orphan &a, const Orphan &b) { return a.fileLine < b.fileLine; });
    return out;
}
