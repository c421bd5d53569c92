#include "PhoneNumber.h"

#include "FieldText.h"

#include <QRegularExpression>

PhoneNumber PhoneNumber::parse(const QString &raw)
{
    QString v = FieldText::numberText(raw);
    // Full-width digits and separators some buyers type.
    for (QChar &c : v) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0D) || c == QChar(0x2014) || c == QChar(0x2013))
            c = u'-';
        else if (c == QChar(0xFF0A))
            c = u'*';
    }
    v.remove(u' ');
    if (v.startsWith(QStringLiteral("+86")))
        v = v.mid(3);
    else if (v.startsWith(QStringLiteral("0086")))
        v = v.mid(4);
    else if (v.startsWith(QStringLiteral("86-")))
        v = v.mid(3);
    if (v.startsWith(u'-'))
        v = v.mid(1);

    PhoneNumber p;
    p.text = v;
    p.masked = v.contains(u'*');
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression maskedMobile(QStringLiteral("^1[\\d*]{10}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?[\\d*]{7,8}(-\\d{1,6})?$"));
    static const QRegularExpression plainLandline(QStringLiteral("^[2-9]\\d{6,7}$"));
    if (p.masked)
        p.valid = maskedMobile.match(v).hasMatch() || landline.match(v).hasMatch();
    else
        p.valid =
            mobile.match(v).hasMatch() || landline.match(v).hasMatch() || plainLandline.match(v).hasMatch();
    return p;
}
