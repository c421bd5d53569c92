#include "ShopDay.h"

#include "base/Clock.h"

QDate ShopDay::today()
{
    return dateOf(Clock::nowUtc());
}

QDate ShopDay::dateOf(const QDateTime &utc)
{
    return utc.toUTC().addSecs(kOffsetSeconds).date();
}

int ShopDay::hourOf(const QDateTime &utc)
{
    return utc.toUTC().addSecs(kOffsetSeconds).time().hour();
}

QDateTime ShopDay::startUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-kOffsetSeconds);
}

QString ShopDay::startText(const QDate &day)
{
    return Clock::toText(startUtc(day));
}
