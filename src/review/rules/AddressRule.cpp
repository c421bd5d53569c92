#include "AddressRule.h"

QString AddressRule::title() const
{
    return tr("Address incomplete or unparseable");
}

QJsonObject AddressRule::defaults() const
{
    return {{QStringLiteral("min_street_chars"), 4}};
}

void AddressRule::check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const
{
    const int minChars = intParam(params, defaults(), "min_street_chars");
    for (const ReviewOrder &o : batch.orders) {
        QStringList missing;
        if (o.province.trimmed().isEmpty())
            missing << tr("province");
        if (o.city.trimmed().isEmpty())
            missing << tr("city");
        if (o.address.trimmed().isEmpty())
            missing << tr("street and number");
        if (!missing.isEmpty() && !o.addressRaw.trimmed().isEmpty()) {
            flags << ReviewFlag{o.id, code(),
                                tr("Could not read the %1 from \u201c%2\u201d.")
                                    .arg(missing.join(tr(", ")), o.addressRaw.trimmed())};
        } else if (!missing.isEmpty()) {
            flags << ReviewFlag{o.id, code(), tr("Address incomplete: no %1.").arg(missing.join(tr(", ")))};
        } else if (o.address.trimmed().size() < minChars) {
            flags << ReviewFlag{
                o.id, code(),
                tr("Street address \u201c%1\u201d is too short to deliver to.").arg(o.address.trimmed())};
        }
    }
}
