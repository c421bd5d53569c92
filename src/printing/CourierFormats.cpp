#include "CourierFormats.h"

#include "base/ShownText.h"
#include "db/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CourierFormat", text); // lupdate files accepts() there
}
} // namespace

int CourierFormats::s10CheckDigit(const QString &eightDigits)
{
    static constexpr int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += eightDigits.at(i).digitValue() * weights[i];
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

Result<> CourierFormat::accepts(const QString &number) const
{
    if (number.isEmpty())
        return Result<>::failure(tr("empty tracking number"));
    if (!pattern.match(number).hasMatch())
        return Result<>::failure(tr("'%1' does not look like a %2 tracking number (like %3)")
                                     .arg(ShownText::excerpt(number), courierName, example));
    if (checkKind == u"s10") {
        const int expected = CourierFormats::s10CheckDigit(number.mid(2, 8));
        if (number.at(10).digitValue() != expected)
            return Result<>::failure(tr("'%1' has a wrong check digit (%2; it should be %3)")
                                         .arg(ShownText::excerpt(number))
                                         .arg(number.at(10))
                                         .arg(expected));
    }
    return Result<>::success();
}

QHash<QString, CourierFormat> CourierFormats::load(const QSqlDatabase &db)
{
    QHash<QString, CourierFormat> out;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT f.courier_code, c.name, f.pattern, f.example, f.check_kind, "
                                    "f.low_water FROM courier_formats f JOIN couriers c ON c.code = "
                                    "f.courier_code"));
    while (q.next()) {
        CourierFormat f;
        f.courierCode = q.value(0).toString();
        f.courierName = q.value(1).toString();
        f.pattern = QRegularExpression(q.value(2).toString());
        f.example = q.value(3).toString();
        f.checkKind = q.value(4).toString();
        f.lowWater = q.value(5).toInt();
        out.insert(f.courierCode, f);
    }
    return out;
}
