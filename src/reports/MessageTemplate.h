#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a template is for and how it is sent.
enum class ContactKind { PaymentReminder, ShippingNotice };
enum class Channel { Phone, Wangwang, Sms };

namespace ContactKinds {
QString code(ContactKind kind); // payment_reminder | shipping_notice
std::optional<ContactKind> fromCode(const QString &code);
QString displayName(ContactKind kind);
} // namespace ContactKinds

namespace Channels {
QString code(Channel channel); // phone | wangwang | sms
std::optional<Channel> fromCode(const QString &code);
QString displayName(Channel channel);
QList<Channel> all();
} // namespace Channels

// A message filled for one order. Missing data is never silently dropped: the text carries a
// visible 【缺…】 marker where a value was missing and `missing` names the placeholders, so the
// desk sees it and batch exports skip the order.
struct FilledMessage {
    QString text;
    QStringList missing; // placeholder names without a value, e.g. "tracking_no"
    bool complete() const { return missing.isEmpty(); }
    // SMS segments as Chinese carriers count them: 70 characters, or 67 each when split.
    int smsSegments() const;
};

// A message body with {placeholders}: {buyer} {order_no} {items} {amount} {shop} {courier}
// {tracking_no}. Bodies live in message_templates, one per (kind, channel).
class MessageTemplate {
public:
    static QStringList placeholders();

    explicit MessageTemplate(QString body = {});
    QString body() const { return m_body; }
    // Placeholders written in the body that Packline does not know ({phone}, {buyer_name}…).
    QStringList unknownPlaceholders() const;
    // Values by placeholder name; an absent or empty value is "missing".
    FilledMessage fill(const QHash<QString, QString> &values) const;

    static MessageTemplate load(const QSqlDatabase &db, ContactKind kind, Channel channel);
    // Refuses bodies with unknown placeholders (throws Error with the names); audited.
    static void save(const QSqlDatabase &db, const struct Actor &actor, ContactKind kind, Channel channel,
                     const QString &body);

private:
    QString m_body;
};
