#include "Money.h"

std::optional<qint64> Money::parseYuan(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'¥') || text.startsWith(u'￥'))
        text = text.mid(1).trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;

    qint64 yuan = 0;
    qint64 fen = 0;
    int fracDigits = -1; // -1: before the point
    bool anyDigit = false;
    for (QChar c : text) {
        if (c == u',' && fracDigits < 0)
            continue; // thousands separator
        if (c == u'.') {
            if (fracDigits >= 0)
                return std::nullopt;
            fracDigits = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        anyDigit = true;
        const int d = c.digitValue();
        if (fracDigits < 0) {
            if (yuan > (std::numeric_limits<qint64>::max() / 1000))
                return std::nullopt;
            yuan = yuan * 10 + d;
        } else {
            if (++fracDigits > 2)
                return std::nullopt; // a third decimal is not money
            fen = fen * 10 + d;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (fracDigits == 1)
        fen *= 10;
    const qint64 total = yuan * 100 + fen;
    return negative ? -total : total;
}

QString Money::formatYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + u'.' +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}
