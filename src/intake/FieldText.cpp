#include "FieldText.h"

#include "base/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace {
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x3000) || c == QChar(0xA0) || c == u'\r' || c == u'\n';
}
} // namespace

QString FieldText::trimmed(const QString &value)
{
    qsizetype from = 0;
    qsizetype to = value.size();
    while (from < to && isSpace(value.at(from)))
        ++from;
    while (to > from && isSpace(value.at(to - 1)))
        --to;
    return from == 0 && to == value.size() ? value : value.mid(from, to - from);
}

QString FieldText::numberText(const QString &value)
{
    QString v = trimmed(value);
    if (v.startsWith(u'=')) {
        v = v.mid(1);
        if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
            v = v.mid(1, v.size() - 2);
    }
    while (v.startsWith(u'\'') || v.startsWith(QChar(0x2018)) || v.startsWith(QChar(0x2019)))
        v = v.mid(1);
    return trimmed(v);
}

// "yyyy-MM-dd HH:mm:ss" exactly, read by Clock's fast parser (no QDateTime::fromString: it goes
// through local time, a time-zone lookup per call, and every order carries two times).
static std::optional<QString> fastChinaTime(const QString &v)
{
    const QDateTime wall = Clock::fromText(v); // the digits as they stand
    if (!wall.isValid())
        return std::nullopt;
    // China has no daylight saving: a fixed +8 hours.
    return Clock::toText(wall.addSecs(-8 * 3600));
}

std::optional<QString> FieldText::chinaTimeToUtc(const QString &value, QString *layout)
{
    const QString v = trimmed(value);
    if (v.isEmpty())
        return QString();
    if (auto fast = fastChinaTime(v))
        return fast;
    static const QString formats[] = {QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                      QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy/M/d H:mm:ss"),
                                      QStringLiteral("yyyy/M/d H:mm"), QStringLiteral("yyyy-M-d H:mm:ss")};
    for (const QString &format : formats) {
        QDateTime t = QDateTime::fromString(v, format);
        if (t.isValid()) {
            // China has no daylight saving: a fixed +8 hours.
            t.setTimeZone(QTimeZone(8 * 3600));
            if (layout)
                *layout = format;
            return Clock::toText(t.toUTC());
        }
    }
    return std::nullopt;
}
