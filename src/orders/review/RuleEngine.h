#pragma once

#include "base/Actor.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <functional>

// What a rule run did, for the status line and the benchmark.
struct RuleRunSummary {
    int orders = 0;        // orders checked
    int flaggedOrders = 0; // with at least one rule flag
    int flags = 0;
    int autoApproved = 0;
    QHash<QString, int> byFlag;
    qint64 elapsedMs = 0;
};

// Runs the enabled review rules over the orders under review (Imported, Reviewed, OutOfStock),
// replaces the flags rules own (source 'rule'; import's flags stay), sets priority and the
// cut-off wave, then auto-approves unflagged Imported orders when the switch is on.
// inTransaction: more writes for the transaction that stores the flags (an import's "rules
// pending" mark cleared with them).
namespace RuleEngine {
// All orders under review (on demand, and after an import).
RuleRunSummary run(const QSqlDatabase &db, const Actor &actor,
                   const std::function<void()> &inTransaction = {});
// Only these orders (after an edit, merge or split); the stock rule then sees only them.
RuleRunSummary runOn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &orderIds,
                     const std::function<void()> &inTransaction = {});
// The stages whose orders rules look at.
QStringList reviewStageCodes();
} // namespace RuleEngine
