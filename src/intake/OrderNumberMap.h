#pragma once

#include <QHash>
#include <QString>
#include <optional>

// A hash keyed by platform order number that stays small at a million orders: Taobao/PDD/JD numbers
// are digits (up to 19, which fit in 64 unsigned bits), so those are kept as integers; anything
// else (letters, a leading zero that an integer would lose) falls back to the text.
template <typename T> class OrderNumberMap {
public:
    T *find(const QString &orderNo)
    {
        if (const auto n = number(orderNo)) {
            auto it = m_numbers.find(*n);
            return it == m_numbers.end() ? nullptr : &it.value();
        }
        auto it = m_texts.find(orderNo);
        return it == m_texts.end() ? nullptr : &it.value();
    }
    // The entry for orderNo, default-constructed if new; *isNew says which.
    T &insert(const QString &orderNo, bool *isNew)
    {
        if (const auto n = number(orderNo)) {
            *isNew = !m_numbers.contains(*n);
            return m_numbers[*n];
        }
        *isNew = !m_texts.contains(orderNo);
        return m_texts[orderNo];
    }
    void erase(const QString &orderNo)
    {
        if (const auto n = number(orderNo))
            m_numbers.remove(*n);
        else
            m_texts.remove(orderNo);
    }
    template <typename F> void forEach(F f) const
    {
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
            f(QString::number(it.key()), it.value());
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
            f(it.key(), it.value());
    }
    void reserve(qsizetype n) { m_numbers.reserve(n); }

    // The text as a number when it is digits without a leading zero (so it prints back the same).
    static std::optional<quint64> number(const QString &text)
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

private:
    QHash<quint64, T> m_numbers;
    QHash<QString, T> m_texts;
};
