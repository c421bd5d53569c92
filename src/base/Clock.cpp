#include "Clock.h"

namespace {
QDateTime g_frozen;
constexpr auto kFormat = "yyyy-MM-dd HH:mm:ss";
} // namespace

QDateTime Clock::nowUtc() {
    return g_frozen.isValid() ? g_frozen : QDateTime::currentDateTimeUtc();
}

QString Clock::nowText() {
    return toText(nowUtc());
}

QString Clock::toText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(QLatin1String(kFormat)) : QString();
}

QDateTime Clock::fromText(const QString &text) {
    QDateTime t = QDateTime::fromString(text, QLatin1String(kFormat));
    t.setTimeSpec(Qt::UTC);
    return t;
}

void Clock::freezeAt(const QDateTime &utc) {
    g_frozen = utc.isValid() ? utc.toUTC() : QDateTime();
}
