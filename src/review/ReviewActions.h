#pragma once

#include "BulkResult.h"
#include "base/Actor.h"

#include <QList>
#include <QSqlDatabase>

// The reviewer's stage actions on one or many orders. Each order moves through StageMachine
// (stage + version checked, audit row in the same transaction); a bulk action commits in chunks
// so another station is never locked out for long, and one refused order does not stop the rest.
namespace ReviewActions {
// Imported / OutOfStock → Reviewed.
BulkResult approve(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids);
// Any stage that may be held → OnHold with the reason.
BulkResult hold(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids, const QString &reason);
// OnHold → the stage it was held from.
// Back to the stage each was held from; a reason, when given, goes in the audit row (a
// supervisor lifting a hold at the pack bench says why).
BulkResult release(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids,
                   const QString &reason = {});
// Before Submitted only (after that it is an interception, the service desk's call).
BulkResult cancel(const QSqlDatabase &db, const Actor &actor, const QList<qint64> &ids,
                  const QString &reason);
// What cancel() would do, changing nothing: done = how many may be cancelled, refused = why not
// (asked before the reviewer is asked for a reason).
BulkResult checkCancel(const QSqlDatabase &db, const QList<qint64> &ids);
} // namespace ReviewActions
