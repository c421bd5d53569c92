#include "ContactRow.h"

#include "base/Money.h"

#include <QRegularExpression>

bool ContactRow::textable() const
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    return !phoneMasked && mobile.match(phone.trimmed()).hasMatch();
}

QHash<QString, QString> ContactRow::values() const
{
    return {{QStringLiteral("buyer"), receiverName.isEmpty() ? buyerNick : receiverName},
            {QStringLiteral("order_no"), orderNo},
            {QStringLiteral("items"), items},
            {QStringLiteral("amount"), amountFen > 0 ? Money::formatYuan(amountFen) : QString()},
            {QStringLiteral("shop"), shop},
            {QStringLiteral("courier"), courier},
            {QStringLiteral("tracking_no"), trackingNo}};
}
