#pragma once

#include <QString>

// Cleaning of single field values as spreadsheets leave them.
namespace FieldText {
// Trims spaces, tabs and full-width spaces.
QString trimmed(const QString &value);
// Long numbers that Excel was told to keep as text: ="1234…", a leading tab or apostrophe.
// Order numbers, phones, postcodes and outer codes go through this; the digits stay text.
QString numberText(const QString &value);
// "2023-11-11 00:00:05" (also with slashes or without seconds) in China time (UTC+8) → UTC
// text as the database keeps it. Empty stays empty; nullopt when it is not a time.
// layout, when given, is set to the layout read ("yyyy/M/d H:mm:ss") if it was not the usual
// "yyyy-MM-dd HH:mm:ss", so a reader can name it in the import summary.
std::optional<QString> chinaTimeToUtc(const QString &value, QString *layout = nullptr);
} // namespace FieldText
