#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// Buyer message or seller memo present: someone must read it before the parcel ships.
class MessageRule : public ReviewRule {
    Q_DECLARE_TR_FUNCTIONS(MessageRule)
public:
    QString code() const override { return QStringLiteral("message"); }
    QString title() const override;
    void check(const ReviewBatch &batch, const QJsonObject &params, QList<ReviewFlag> &flags) const override;
    // The reason in the language shown now ("Buyer wrote: “…”" / 买家留言：“…”), for a flag this
    // rule raised (buyer_message, seller_memo) over the order's text; empty for any other code.
    // The stored reason is in the language of the station that ran the rules.
    static QString reason(const QString &flagCode, const QString &text);
};
