#pragma once

#include "base/Result.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QString>

// A courier's tracking-number format as the courier_formats table states it.
struct CourierFormat {
    QString courierCode;
    QString courierName;
    QRegularExpression pattern;
    QString example;
    QString checkKind; // none | s10
    int lowWater = 200;

    // Whether the number is valid; refused with why not (for the file/row error of an import).
    Result<> accepts(const QString &number) const;
};

namespace CourierFormats {
QHash<QString, CourierFormat> load(const QSqlDatabase &db);
// UPU S10: weights 8 6 4 2 3 5 9 7 over the 8 serial digits; 11 - sum mod 11, 10 → 0, 11 → 5.
int s10CheckDigit(const QString &eightDigits);
} // namespace CourierFormats
