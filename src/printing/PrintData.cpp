#include "PrintData.h"

QString PrintData::fill(const QString &text) const
{
    if (!text.contains(u'{'))
        return text;
    QString out;
    out.reserve(text.size() + 32);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        const qsizetype close = text.indexOf(u'}', open);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        out += fields.value(text.mid(open + 1, close - open - 1));
        i = close + 1;
    }
    return out;
}

QList<PrintData::Placeholder> PrintData::placeholders(const QString &text)
{
    QList<Placeholder> out;
    qsizetype open = text.indexOf(u'{');
    while (open >= 0) {
        const qsizetype close = text.indexOf(u'}', open);
        if (close < 0)
            break; // the rest prints as it is
        out << Placeholder{open, text.mid(open + 1, close - open - 1)};
        open = text.indexOf(u'{', close + 1);
    }
    return out;
}
