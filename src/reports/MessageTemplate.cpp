#include "MessageTemplate.h"

#include "base/Actor.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MessageTemplate", text);
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    return re;
}

// How a missing value shows in the filled text: loud, in the buyer's language, never sent.
QString missingMarker(const QString &name)
{
    static const QHash<QString, QString> names{{QStringLiteral("buyer"), QStringLiteral("买家")},
                                               {QStringLiteral("order_no"), QStringLiteral("订单号")},
                                               {QStringLiteral("items"), QStringLiteral("商品")},
                                               {QStringLiteral("amount"), QStringLiteral("金额")},
                                               {QStringLiteral("shop"), QStringLiteral("店铺名")},
                                               {QStringLiteral("courier"), QStringLiteral("快递公司")},
                                               {QStringLiteral("tracking_no"), QStringLiteral("运单号")}};
    return QStringLiteral("【缺") + names.value(name, name) + QStringLiteral("】");
}
} // namespace

QString ContactKinds::code(ContactKind kind)
{
    return kind == ContactKind::PaymentReminder ? QStringLiteral("payment_reminder")
                                                : QStringLiteral("shipping_notice");
}

std::optional<ContactKind> ContactKinds::fromCode(const QString &code)
{
    if (code == u"payment_reminder")
        return ContactKind::PaymentReminder;
    if (code == u"shipping_notice")
        return ContactKind::ShippingNotice;
    return std::nullopt;
}

QString ContactKinds::displayName(ContactKind kind)
{
    return kind == ContactKind::PaymentReminder
               ? QCoreApplication::translate("ContactKinds", "Payment reminder")
               : QCoreApplication::translate("ContactKinds", "Shipping notice");
}

QString Channels::code(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Wangwang:
        return QStringLiteral("wangwang");
    case Channel::Sms:
        break;
    }
    return QStringLiteral("sms");
}

std::optional<Channel> Channels::fromCode(const QString &code)
{
    for (Channel c : all()) {
        if (Channels::code(c) == code)
            return c;
    }
    return std::nullopt;
}

QString Channels::displayName(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QCoreApplication::translate("Channels", "Phone");
    case Channel::Wangwang:
        return QCoreApplication::translate("Channels", "Wangwang");
    case Channel::Sms:
        break;
    }
    return QCoreApplication::translate("Channels", "SMS");
}

QList<Channel> Channels::all()
{
    return {Channel::Phone, Channel::Wangwang, Channel::Sms};
}

int FilledMessage::smsSegments() const
{
    const qsizetype n = text.size();
    if (n == 0)
        return 0;
    return n <= 70 ? 1 : int((n + 66) / 67);
}

QStringList MessageTemplate::placeholders()
{
    return {QStringLiteral("buyer"),      QStringLiteral("order_no"), QStringLiteral("items"),
            QStringLiteral("amount"),     QStringLiteral("shop"),     QStringLiteral("courier"),
            QStringLiteral("tracking_no")};
}

MessageTemplate::MessageTemplate(QString body)
    : m_body(std::move(body))
{
}

QStringList MessageTemplate::unknownPlaceholders() const
{
    const QStringList known = placeholders();
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(m_body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    return unknown;
}

FilledMessage MessageTemplate::fill(const QHash<QString, QString> &values) const
{
    FilledMessage out;
    const QStringList known = placeholders();
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(m_body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        out.text += QStringView(m_body).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString value = values.value(name).trimmed();
        if (!known.contains(name) || value.isEmpty()) {
            out.text += missingMarker(name);
            if (!out.missing.contains(name))
                out.missing << name;
        } else {
            out.text += value;
        }
    }
    out.text += QStringView(m_body).mid(last);
    return out;
}

MessageTemplate MessageTemplate::load(const QSqlDatabase &db, ContactKind kind, Channel channel)
{
    return MessageTemplate(
        Sql::scalar(db, QStringLiteral("SELECT body FROM message_templates WHERE kind = ? AND channel = ?"),
                    {ContactKinds::code(kind), Channels::code(channel)})
            .toString());
}

void MessageTemplate::save(const QSqlDatabase &db, const Actor &actor, ContactKind kind, Channel channel,
                           const QString &body)
{
    const MessageTemplate t(body.trimmed());
    if (t.body().isEmpty())
        throw Error(tr("A message template cannot be empty."));
    const QStringList unknown = t.unknownPlaceholders();
    if (!unknown.isEmpty())
        throw Error(
            tr("Unknown placeholders: %1. Known ones are: %2.")
                .arg(QLatin1Char('{') + unknown.join(QStringLiteral("}, {")) + QLatin1Char('}'),
                     QLatin1Char('{') + placeholders().join(QStringLiteral("}, {")) + QLatin1Char('}')));
    Transaction::run(db, [&](Transaction &tx) {
        const QString before = load(db, kind, channel).body();
        Sql::run(db,
                 QStringLiteral(
                     "INSERT INTO message_templates (kind, channel, body, updated_at, updated_by) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, channel) DO UPDATE SET body = excluded.body, "
                     "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                 {ContactKinds::code(kind), Channels::code(channel), t.body(), Clock::nowText(),
                  actor.operatorName});
        AuditLog::record(db, actor, QStringLiteral("message_template"), 0, QStringLiteral("save"),
                         {{QStringLiteral("kind"), ContactKinds::code(kind)},
                          {QStringLiteral("channel"), Channels::code(channel)},
                          {QStringLiteral("body"), before}},
                         {{QStringLiteral("body"), t.body()}});
        tx.commit();
    });
}
