#include "UnknownSkuRule.h"

#include "orders/Listings.h"

QString UnknownSkuRule::title() const
{
    return tr("Unmatched listing");
}

void UnknownSkuRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    for (const ReviewOrder &o : batch.orders) {
        QStringList codes;
        for (const ReviewLine &l : o.lines) {
            if (l.skuId == 0)
                codes << ListingKey::of(l.outerCode, l.title, QString()).text();
        }
        if (!codes.isEmpty())
            flags << ReviewFlag{o.id, code(), ListingMatches::flagReason(codes)};
    }
}
