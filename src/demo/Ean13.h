#pragma once

#include <QString>

// EAN-13 check digit arithmetic (GS1 mod 10), for demo barcodes and for validation.
namespace Ean13 {
// 12 digits → the 13-digit code with its check digit appended.
QString complete(const QString &twelveDigits);
bool isValid(const QString &code);
} // namespace Ean13
