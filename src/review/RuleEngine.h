#pragma once

#include "base/Actor.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <atomic>
#include <functional>

// What a rule run did, for the status line and the benchmark.
struct RuleRunSummary {
    int orders = 0;        // orders checked
    int flaggedOrders = 0; // with at least one rule flag
    int flags = 0;
    int autoApproved = 0;
    QHash<QString, int> byFlag;
    qint64 elapsedMs = 0;
    // Stopped between batches (the stop flag): the batches done are written, the rest is not,
    // the stock rule's hand-out, the audit row and inTransaction did not run.
    bool stopped = false;

    // Adds another run's counts (an import's own run and what its changes were owed).
    void add(const RuleRunSummary &other)
    {
        orders += other.orders;
        flaggedOrders += other.flaggedOrders;
        flags += other.flags;
        autoApproved += other.autoApproved;
        for (auto it = other.byFlag.cbegin(); it != other.byFlag.cend(); ++it)
            byFlag[it.key()] += it.value();
        elapsedMs += other.elapsedMs;
        stopped = stopped || other.stopped;
    }
};

// Which orders a rule run covers (only those under review among them).
struct RuleScope {
    bool everyOrder = false; // every order under review
    qint64 importRunId = 0;  // the orders this import run created: ids above createdAfter
    qint64 createdAfter = 0;
    QList<qint64> orderIds; // and these
};

// Runs the enabled review rules over the orders under review (Imported, Reviewed, OutOfStock),
// replaces the flags rules own (source 'rule'; import's flags stay), sets priority and the
// cut-off wave, then auto-approves unflagged Imported orders when the switch is on.
// The orders are read, checked and written a batch at a time (one transaction per batch), so
// memory does not grow with the queue: only the stock rule keeps a few dozen bytes per order with
// a known SKU, to hand out stock in queue order at the end. A run cut off half-way has written
// whole batches; running it again puts the rest right.
// inTransaction: more writes for the run's last transaction (an import's "rules pending" mark
// cleared with it). progress: orders checked of the total, now and then. stop: set from another
// thread, the run stops after the batch it is writing (summary.stopped).
namespace RuleEngine {
using Progress = std::function<void(qint64 done, qint64 total)>;
RuleRunSummary runOver(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope,
                       const std::function<void()> &inTransaction = {}, const Progress &progress = {},
                       const std::atomic_bool *stop = nullptr);
// All orders under review (on demand, and after an import).
RuleRunSummary run(const QSqlDatabase &db, const Actor &actor,
                   const std::function<void()> &inTransaction = {}, const Progress &progress = {},
                   const std::atomic_bool *stop = nullptr);
// Only these orders (after an edit, merge or split); the stock rule then sees only them.
RuleRunSummary runOn(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &orderIds,
                     const std::function<void()> &inTransaction = {});
// The stages whose orders rules look at.
QStringList reviewStageCodes();
// Approves the scope's Imported orders without any flag, a batch at a time (the auto-approve
// switch, after a run); how many.
int autoApprove(const QSqlDatabase &db, const Actor &actor, const RuleScope &scope);
// The run's audit row (inside the caller's transaction).
void recordRun(const QSqlDatabase &db, const Actor &actor, const RuleRunSummary &summary);
} // namespace RuleEngine
