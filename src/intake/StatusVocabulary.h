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
    // A short or other-system wording (已付款, 已发货): understood, but an inference to name.
    void addSynonym(const QString &text, PlatformState state) { m_synonyms.insert(normalise(text), state); }
    // synonym, when given, is set true when the text was read through a synonym.
    std::optional<PlatformState> stateOf(const QString &text, bool *synonym = nullptr) const;
    // True when a status text says a refund is under way or done (on a line or an order).
    static bool mentionsRefund(const QString &text);
    static QString stateCode(PlatformState state); // unpaid | paid | shipped | closed
    static std::optional<PlatformState> stateFromCode(const QString &code);
    static QString stateName(PlatformState state); // for people: "paid, waiting to ship"

private:
    static QString normalise(const QString &text);
    QHash<QString, PlatformState> m_exact;
    QHash<QString, PlatformState> m_synonyms;
    bool m_taobaoRules = false;
};
