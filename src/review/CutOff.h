#pragma once

#include "ReviewSettings.h"

#include <QDate>
#include <QString>

// 截单时间: an order paid after the cut-off (local time) ships in the next day's wave.
namespace CutOff {
// The local date of the wave an order paid at paidAtUtc ("yyyy-MM-dd HH:mm:ss") ships in.
QDate waveDate(const QString &paidAtUtc, const ReviewSettings &settings);
// The warehouse's local date now (Clock, so tests can freeze it).
QDate today(const ReviewSettings &settings);
// True when the order's wave is after today's: leave it for tomorrow.
bool isNextWave(const QString &waveDate, const ReviewSettings &settings);
} // namespace CutOff
