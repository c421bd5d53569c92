#include "WeightRule.h"

#include <QRegularExpression>

std::optional<int> WeightRule::parseGrams(const QString &text)
{
    static const QRegularExpression grams(QStringLiteral("^\\+?\\s*0*(\\d{1,6})\\s*g?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kilos(
        QStringLiteral("^\\+?\\s*0*(\\d{1,3}(?:\\.\\d{1,3})?)\\s*kg$|^\\+?\\s*0*(\\d{1,3}\\.\\d{1,3})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (const auto m = grams.match(t); m.hasMatch())
        return m.captured(1).toInt();
    if (const auto m = kilos.match(t); m.hasMatch()) {
        const QString number = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        // Exact: split at the point instead of going through a double.
        const QString whole = number.section(u'.', 0, 0);
        const QString frac = QString(number.section(u'.', 1, 1) + QStringLiteral("000")).left(3);
        return whole.toInt() * 1000 + frac.toInt();
    }
    return std::nullopt;
}

std::optional<QString> WeightRule::scaleReading(const QString &code) const
{
    if (scalePrefix.isEmpty() || !code.startsWith(scalePrefix, Qt::CaseInsensitive))
        return std::nullopt;
    return code.mid(scalePrefix.size()).trimmed();
}
