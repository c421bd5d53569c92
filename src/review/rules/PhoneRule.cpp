#include "PhoneRule.h"

#include <QRegularExpression>

QString PhoneRule::title() const
{
    return tr("Receiver phone missing or invalid");
}

void PhoneRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    // Mobile 1xxxxxxxxxx, the platform's masked 138****8000, or a landline 0571-88888888.
    static const QRegularExpression valid(QStringLiteral(
        "^(?:\\+?86[- ]?)?(?:1\\d{10}|1\\d{2}\\*{4}\\d{4}|0\\d{2,3}-?\\d{7,8}(?:-\\d{1,5})?)$"));
    for (const ReviewOrder &o : batch.orders) {
        const QString phone = o.receiverPhone.trimmed();
        if (phone.isEmpty())
            flags << ReviewFlag{o.id, code(), tr("No receiver phone: the courier cannot call.")};
        else if (!valid.match(phone).hasMatch())
            flags << ReviewFlag{o.id, code(), tr("\u201c%1\u201d is not a phone number.").arg(phone)};
    }
}
