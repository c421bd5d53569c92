#pragma once

#include <QString>

// A value from a file, as it is quoted back to a person in a message, on a terminal or in a
// .rejected.csv: never the whole of a huge value, and never a control character a terminal would
// act on (ESC[2J clears the screen, ESC]0; sets the title). One helper for every reader's messages.
namespace ShownText {
constexpr qsizetype kExcerptChars = 80;

// At most `maxChars` characters of the value, control characters written out (\x1b, \n, \t, …),
// and "… (N characters)" when it was cut.
QString excerpt(const QString &value, qsizetype maxChars = kExcerptChars);
// Control characters written out, nothing cut (for messages Packline built around a value).
QString escaped(const QString &text);
// Characters that have no business in imported text: C0 controls other than tab, line feed and
// carriage return, DEL, and the C1 controls (U+0080–U+009F; U+009B is a terminal's CSI).
inline bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F);
}
// "\x00 (NUL)", "\x1b (ESC)", "\x7f (DEL)": one character as a message names it.
QString nameOf(char16_t c);
} // namespace ShownText
