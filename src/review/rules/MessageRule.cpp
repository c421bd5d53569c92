#include "MessageRule.h"

QString MessageRule::title() const
{
    return tr("Buyer message or seller memo present");
}

QString MessageRule::reason(const QString &flagCode, const QString &text)
{
    if (flagCode == u"buyer_message")
        return tr("Buyer wrote: \u201c%1\u201d").arg(text.trimmed());
    if (flagCode == u"seller_memo")
        return tr("Seller memo: \u201c%1\u201d").arg(text.trimmed());
    return {};
}

void MessageRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    for (const ReviewOrder &o : batch.orders) {
        for (const auto &[code, text] : {std::pair{QStringLiteral("buyer_message"), o.buyerMessage},
                                         std::pair{QStringLiteral("seller_memo"), o.sellerMemo}})
            if (!text.trimmed().isEmpty())
                flags << ReviewFlag{o.id, code, reason(code, text)};
    }
}
