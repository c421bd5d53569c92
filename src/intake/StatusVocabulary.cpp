#include "StatusVocabulary.h"

#include "FieldText.h"

#include <QCoreApplication>

QString StatusVocabulary::normalise(const QString &text)
{
    QString n = FieldText::trimmed(text);
    n.replace(u',', QChar(0xFF0C)); // half- and full-width commas both appear
    n.replace(u'(', QChar(0xFF08));
    n.replace(u')', QChar(0xFF09));
    n.remove(u' ');
    return n;
}

StatusVocabulary StatusVocabulary::taobao()
{
    StatusVocabulary v;
    v.m_taobaoRules = true;
    v.add(QStringLiteral("等待买家付款"), PlatformState::Unpaid);
    v.add(QStringLiteral("买家已付款，等待卖家发货"), PlatformState::Paid);
    v.add(QStringLiteral("等待卖家发货"), PlatformState::Paid);
    v.add(QStringLiteral("卖家部分发货"), PlatformState::Paid);
    v.add(QStringLiteral("卖家已发货，等待买家确认"), PlatformState::Shipped);
    v.add(QStringLiteral("交易成功"), PlatformState::Shipped);
    v.add(QStringLiteral("交易关闭"), PlatformState::Closed);
    v.add(QStringLiteral("付款以后用户退款成功，交易自动关闭"), PlatformState::Closed);
    // The short statuses of self-hosted 商城, 分销 platforms and older 打单 tools that write the
    // Taobao order-report layout.
    v.addSynonym(QStringLiteral("待付款"), PlatformState::Unpaid);
    v.addSynonym(QStringLiteral("未付款"), PlatformState::Unpaid);
    v.addSynonym(QStringLiteral("已付款"), PlatformState::Paid);
    v.addSynonym(QStringLiteral("待发货"), PlatformState::Paid);
    v.addSynonym(QStringLiteral("已发货"), PlatformState::Shipped);
    v.addSynonym(QStringLiteral("已完成"), PlatformState::Shipped);
    v.addSynonym(QStringLiteral("已签收"), PlatformState::Shipped);
    v.addSynonym(QStringLiteral("已取消"), PlatformState::Closed);
    v.addSynonym(QStringLiteral("已关闭"), PlatformState::Closed);
    return v;
}

std::optional<PlatformState> StatusVocabulary::stateOf(const QString &text, bool *synonym) const
{
    const QString n = normalise(text);
    const auto it = m_exact.constFind(n);
    if (it != m_exact.cend())
        return *it;
    if (const auto s = m_synonyms.constFind(n); s != m_synonyms.cend()) {
        if (synonym)
            *synonym = true;
        return *s;
    }
    if (!m_taobaoRules || n.isEmpty())
        return std::nullopt;
    // Variants seen in Taobao exports: "…（部分退款）", "交易关闭(退款)", "买家已付款，等待卖家发货(退款中)".
    if (n.contains(QStringLiteral("关闭")))
        return PlatformState::Closed;
    if (n.startsWith(QStringLiteral("等待买家付款")))
        return PlatformState::Unpaid;
    if (n.startsWith(QStringLiteral("卖家已发货")) || n.startsWith(QStringLiteral("交易成功")))
        return PlatformState::Shipped;
    if (n.startsWith(QStringLiteral("买家已付款")) || n.startsWith(QStringLiteral("等待卖家发货")))
        return PlatformState::Paid;
    return std::nullopt;
}

bool StatusVocabulary::mentionsRefund(const QString &text)
{
    return text.contains(QStringLiteral("退款"));
}

QString StatusVocabulary::stateCode(PlatformState state)
{
    switch (state) {
    case PlatformState::Unpaid:
        return QStringLiteral("unpaid");
    case PlatformState::Paid:
        return QStringLiteral("paid");
    case PlatformState::Shipped:
        return QStringLiteral("shipped");
    case PlatformState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString StatusVocabulary::stateName(PlatformState state)
{
    switch (state) {
    case PlatformState::Unpaid:
        return QCoreApplication::translate("StatusVocabulary", "not paid yet");
    case PlatformState::Paid:
        return QCoreApplication::translate("StatusVocabulary", "paid, waiting to ship");
    case PlatformState::Shipped:
        return QCoreApplication::translate("StatusVocabulary", "shipped");
    case PlatformState::Closed:
        return QCoreApplication::translate("StatusVocabulary", "closed");
    }
    return {};
}

std::optional<PlatformState> StatusVocabulary::stateFromCode(const QString &code)
{
    for (PlatformState s :
         {PlatformState::Unpaid, PlatformState::Paid, PlatformState::Shipped, PlatformState::Closed})
        if (stateCode(s) == code)
            return s;
    return std::nullopt;
}
