#include "StatusVocabulary.h"

#include "FieldText.h"

QString StatusVocabulary::normalise(const QString &text) {
    QString n = FieldText::trimmed(text);
    n.replace(u',', QChar(0xFF0C)); // half- and full-width commas both appear
    n.replace(u'(', QChar(0xFF08));
    n.replace(u')', QChar(0xFF09));
    n.remove(u' ');
    return n;
}

StatusVocabulary StatusVocabulary::taobao() {
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
    return v;
}

std::optional<PlatformState> StatusVocabulary::stateOf(const QString &text) const {
    const QString n = normalise(text);
    const auto it = m_exact.constFind(n);
    if (it != m_exact.cend())
        return *it;
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

bool StatusVocabulary::mentionsRefund(const QString &text) {
    return text.contains(QStringLiteral("退款"));
}

QString StatusVocabulary::stateCode(PlatformState state) {
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

std::optional<PlatformState> StatusVocabulary::stateFromCode(const QString &code) {
    for (PlatformState s :
         {PlatformState::Unpaid, PlatformState::Paid, PlatformState::Shipped, PlatformState::Closed})
        if (stateCode(s) == code)
            return s;
    return std::nullopt;
}
