#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace OrderNumbers {
// The text as an integer when it is 1–19 digits without a leading zero (so it prints back the
// same); nullopt otherwise. Taobao/PDD/JD order and sub-order numbers are such digits.
inline std::optional<quint64> asInteger(const QString &text)
{
    const qsizetype n = text.size();
    if (n == 0 || n > 19 || text.at(0) == u'0')
        return std::nullopt;
    quint64 v = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}
} // namespace OrderNumbers

// A hash keyed by platform order number that stays small at a million orders: numbers that are
// digits are kept as integers; anything else (letters, a leading zero) falls back to the text.
template <typename T> class OrderNumberMap {
public:
    // The entry for orderNo, default-constructed if new; *isNew says which.
    T &insert(const QString &orderNo, bool *isNew)
    {
        if (const auto n = OrderNumbers::asInteger(orderNo)) {
            *isNew = !m_numbers.contains(*n);
            return m_numbers[*n];
        }
        *isNew = !m_texts.contains(orderNo);
        return m_texts[orderNo];
    }
    // Removes the entry for orderNo and returns it; nullopt when there is none.
    std::optional<T> take(const QString &orderNo)
    {
        if (const auto n = OrderNumbers::asInteger(orderNo)) {
            const auto it = m_numbers.constFind(*n);
            if (it == m_numbers.cend())
                return std::nullopt;
            T value = *it;
            m_numbers.erase(it);
            return value;
        }
        const auto it = m_texts.constFind(orderNo);
        if (it == m_texts.cend())
            return std::nullopt;
        T value = *it;
        m_texts.erase(it);
        return value;
    }
    template <typename F> void forEach(F f) const
    {
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
            f(QString::number(it.key()), it.value());
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
            f(it.key(), it.value());
    }

private:
    QHash<quint64, T> m_numbers;
    QHash<QString, T> m_texts;
};
