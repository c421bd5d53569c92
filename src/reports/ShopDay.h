#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The shops' day is China's (UTC+8, no daylight saving): "today's shipping" and the platform's
// 30-day windows start at 00:00 Beijing time, while the database keeps UTC text.
namespace ShopDay {
constexpr int kOffsetSeconds = 8 * 3600;
QDate today();                        // Beijing date of Clock::nowUtc()
QDate dateOf(const QDateTime &utc);   // Beijing date of a UTC instant
int hourOf(const QDateTime &utc);     // Beijing hour 0..23
QDateTime startUtc(const QDate &day); // 00:00 Beijing as UTC
QString startText(const QDate &day);  // the same as database text
} // namespace ShopDay
