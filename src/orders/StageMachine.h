#pragma once

#include "Stage.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QSqlDatabase>
#include <optional>

// A request to move one order: from the stage the person saw to the one they chose.
struct StageChange {
    qint64 orderId = 0;
    Stage from = Stage::Imported;
    Stage to = Stage::Imported;
    QString reason;                  // required for hold, cancel, intercept
    std::optional<int> version = {}; // the version the person saw, when known
};

// The one owner of stage transitions. The UPDATE carries the expected stage and version in
// its WHERE clause, so of two processes moving the same order exactly one wins, and the
// audit row is written in the same transaction as the move.
namespace StageMachine {
bool isAllowed(Stage from, Stage to);
bool needsReason(Stage to);

// Runs in its own transaction.
Result<> move(const QSqlDatabase &db, const Actor &actor, const StageChange &change);
// Runs inside the caller's Transaction (e.g. submit together with the stock reservation).
Result<> apply(const QSqlDatabase &db, const Actor &actor, const StageChange &change);
} // namespace StageMachine
