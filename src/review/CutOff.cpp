#include "CutOff.h"

#include "base/Clock.h"

QDate CutOff::waveDate(const QString &paidAtUtc, const ReviewSettings &settings)
{
    const QDateTime paid = Clock::fromText(paidAtUtc);
    if (!paid.isValid())
        return {};
    const QDateTime local = paid.addSecs(qint64(settings.utcOffsetMinutes) * 60);
    return local.time() > settings.cutoffLocal ? local.date().addDays(1) : local.date();
}

QDate CutOff::today(const ReviewSettings &settings)
{
    return Clock::nowUtc().addSecs(qint64(settings.utcOffsetMinutes) * 60).date();
}

bool CutOff::isNextWave(const QString &waveDate, const ReviewSettings &settings)
{
    const QDate wave = QDate::fromString(waveDate, Qt::ISODate);
    return wave.isValid() && wave > today(settings);
}
