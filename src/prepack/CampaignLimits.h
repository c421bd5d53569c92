#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>

// Campaigns own the per-buyer flash-sale limits; the review rule reads skus.purchase_limit.
// apply() keeps that column in step with the campaigns active now:
//  - a SKU in an active campaign with a limit above 0 gets that limit (the smallest one when two
//    active campaigns share the SKU); what was there before is kept in prepack_limit_writes;
//  - when no active campaign has the SKU any more, the previous limit comes back, unless a
//    person changed the column since the campaign wrote it (then theirs stays).
// It runs on every campaign write and whenever the window may have moved past a start or end:
// the pre-pack view's refresh, `packline prepack sync-limits`, and before a review rule run
// (call sync() first thing). Each change writes an audit row (entity sku, action purchase_limit).
namespace CampaignLimits {
// Inside the caller's Transaction. Returns the number of SKUs whose limit changed.
int apply(const QSqlDatabase &db, const Actor &actor);
// In its own transaction.
int sync(const QSqlDatabase &db, const Actor &actor);
} // namespace CampaignLimits
