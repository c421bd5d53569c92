#include "Masking.h"

QString Masking::phone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.contains(u'*'))
        return p; // the platform masked it already
    if (p.size() >= 11)
        return p.left(3) + QStringLiteral("****") + p.right(4);
    if (p.size() >= 7)
        return p.left(p.size() - 8 > 0 ? p.size() - 8 : 2) + QStringLiteral("****") + p.right(4);
    return p;
}

QString Masking::name(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return n;
    // Keep the first character (the family name for Chinese names); one star hides the rest.
    const qsizetype first = n.at(0).isHighSurrogate() && n.size() > 1 ? 2 : 1;
    if (n.size() <= first)
        return n;
    return n.left(first) + QStringLiteral("*");
}
