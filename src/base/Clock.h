#pragma once

#include <QDateTime>
#include <QString>

// Time as the database keeps it: UTC text "yyyy-MM-dd HH:mm:ss" that sorts and compares as text
// on SQLite and PostgreSQL alike. Tests can freeze the clock (cut-off times, 72-hour deadlines).
namespace Clock {
QDateTime nowUtc();
QString nowText();
QString toText(const QDateTime &time);
QDateTime fromText(const QString &text);

// For tests: a fixed "now"; pass an invalid QDateTime to return to the system clock.
void freezeAt(const QDateTime &utc);
} // namespace Clock
