#include "HeaderMap.h"

#include "FieldText.h"

#include <algorithm>

QString HeaderMap::normalise(const QString &name)
{
    QString n = FieldText::trimmed(name);
    n.remove(QChar(0xFEFF));
    n.remove(u' ');
    n.remove(QChar(0x3000));
    return n.toCaseFolded();
}

HeaderMap::HeaderMap(const QStringList &header, const QList<FieldAliases> &aliases)
    : m_header(header)
{
    m_index.fill(-1);
    QHash<QString, int> byName;
    for (int i = 0; i < header.size(); ++i) {
        const QString n = normalise(header.at(i));
        if (!n.isEmpty() && !byName.contains(n))
            byName.insert(n, i);
    }
    QList<bool> claimed(header.size(), false);
    for (const FieldAliases &a : aliases) {
        for (const QString &name : a.names) {
            const int at = byName.value(normalise(name), -1);
            if (at >= 0 && !claimed[at]) {
                m_index[size_t(a.field)] = at;
                claimed[at] = true;
                break;
            }
        }
        if (m_index[size_t(a.field)] < 0 && a.required)
            m_missing << a.names.value(0);
    }
    for (int i = 0; i < header.size(); ++i)
        if (!claimed[i] && !normalise(header.at(i)).isEmpty())
            m_unknown << i;
    for (int i : m_unknown)
        m_unknownByKey.append({FieldText::trimmed(header.at(i)), i});
    std::stable_sort(m_unknownByKey.begin(), m_unknownByKey.end(),
                     [](const Unknown &a, const Unknown &b) { return a.key < b.key; });
}

QString HeaderMap::value(const QStringList &row, OrderField field) const
{
    const int at = m_index[size_t(field)];
    return at >= 0 && at < row.size() ? FieldText::trimmed(row.at(at)) : QString();
}

QString HeaderMap::headerOf(OrderField field) const
{
    const int at = m_index[size_t(field)];
    return at >= 0 ? FieldText::trimmed(m_header.at(at)) : OrderFields::displayName(field);
}
