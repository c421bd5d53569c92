#include "ShownText.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
// Bidirectional overrides reorder what a terminal shows (a value could hide text after it).
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void appendEscaped(QString &out, char16_t c)
{
    switch (c) {
    case u'\n':
        out += QLatin1String("\\n");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    case u'\t':
        out += QLatin1String("\\t");
        return;
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else if (isBidiControl(c))
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    else
        out += QChar(c);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}
} // namespace

QString ShownText::escaped(const QString &text)
{
    const auto bad =
        std::find_if(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); });
    if (bad == text.cend())
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text)
        appendEscaped(out, c.unicode());
    return out;
}

QString ShownText::excerpt(const QString &value, qsizetype maxChars)
{
    if (value.size() <= maxChars)
        return escaped(value);
    qsizetype cut = maxChars;
    if (cut > 0 && value.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return escaped(value.left(cut)) +
           QCoreApplication::translate("ShownText", "… (%1 characters)").arg(value.size());
}

QString ShownText::nameOf(char16_t c)
{
    static const char *const kC0[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                      "BS",  "HT",  "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                      "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                      "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    QString out;
    appendEscaped(out, c);
    if (c < 0x20)
        return out + QStringLiteral(" (%1)").arg(QLatin1String(kC0[c]));
    if (c == 0x7F)
        return out + QStringLiteral(" (DEL)");
    return out;
}
