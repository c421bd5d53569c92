#pragma once

#include "base/Actor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// A gift by rule: an order that meets every condition set gets qty of the gift SKU as a free line.
struct GiftRule {
    qint64 id = 0;
    QString name;
    qint64 shopId = 0;                  // 0: every shop
    std::optional<int> minMemberLevel;  // from member_levels (shop, buyer nick)
    std::optional<qint64> minAmountFen; // goods amount, before shipping
    qint64 giftSkuId = 0;
    int qty = 1;
    bool active = true;
};

// What apply() did to one order, in words for the reviewer.
struct GiftOutcome {
    QStringList added;   // "保温杯 ×1 (rule 满199送杯)"
    QStringList skipped; // rule matched but the gift could not be added, and why (no stock…)
};

// Gift rules, applied at review. The review desk calls apply() when it approves an order, inside
// its own Transaction and AFTER the stage move (apply bumps the order's version like any edit):
//     Transaction tx(db); StageMachine::apply(db, actor, {id, Imported, Reviewed, {}, seenVersion});
//     GiftRules::apply(db, actor, id); tx.commit();
// Applying twice adds nothing (a gift line remembers its rule). A gift is added only when the SKU
// has the stock free (available − gifts already added to other unsubmitted orders); it is reserved
// with the order's other lines on submit.
namespace GiftRules {
qint64 add(const QSqlDatabase &db, const Actor &actor,
           GiftRule rule); // own transaction; throws Error on bad rules
void setActive(const QSqlDatabase &db, const Actor &actor, qint64 ruleId, bool active);
QList<GiftRule> list(const QSqlDatabase &db);
void setMemberLevel(const QSqlDatabase &db, const Actor &actor, qint64 shopId, const QString &buyerNick,
                    int level);
// Inside the caller's Transaction; only for orders not yet Submitted (Imported or Reviewed).
GiftOutcome apply(const QSqlDatabase &db, const Actor &actor, qint64 orderId);
} // namespace GiftRules
