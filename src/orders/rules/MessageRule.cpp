#include "MessageRule.h"

QString MessageRule::title() const
{
    return tr("Buyer message or seller memo present");
}

void MessageRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    for (const ReviewOrder &o : batch.orders) {
        if (!o.buyerMessage.trimmed().isEmpty())
            flags << ReviewFlag{o.id, QStringLiteral("buyer_message"),
                                tr("Buyer wrote: \u201c%1\u201d").arg(o.buyerMessage.trimmed())};
        if (!o.sellerMemo.trimmed().isEmpty())
            flags << ReviewFlag{o.id, QStringLiteral("seller_memo"),
                                tr("Seller memo: \u201c%1\u201d").arg(o.sellerMemo.trimmed())};
    }
}
