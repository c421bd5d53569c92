#pragma once

#include "IncomingOrder.h"

#include <QHash>
#include <QString>
#include <optional>

// Platform status texts → PlatformState. Taobao's are built in (with their partial-refund and
// auto-close variants); generic mappings carry their own table.
class StatusVocabulary {
public:
    static StatusVocabulary taobao();
    void add(const QString &text, PlatformState state) { m_exact.insert(normalise(text), state); }
    std::optional<PlatformState> stateOf(const QString &text) const;
    // True when a status text says a refund is under way or done (on a line or an order).
    static bool mentionsRefund(const QString &text);
    static QString stateCode(PlatformState state); // unpaid | paid | shipped | closed
    static std::optional<PlatformState> stateFromCode(const QString &code);

private:
    static QString normalise(const QString &text);
    QHash<QString, PlatformState> m_exact;
    bool m_taobaoRules = false;
};
