#include "Ean13.h"

namespace {
int checkDigit(QStringView twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += twelve.at(i).digitValue() * ((i % 2) ? 3 : 1);
    return (10 - sum % 10) % 10;
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

QString Ean13::complete(const QString &twelveDigits)
{
    if (twelveDigits.size() != 12 || !allDigits(twelveDigits))
        return {};
    return twelveDigits + QString::number(checkDigit(twelveDigits));
}

bool Ean13::isValid(const QString &code)
{
    return code.size() == 13 && allDigits(code) &&
           checkDigit(QStringView(code).left(12)) == code.at(12).digitValue();
}
