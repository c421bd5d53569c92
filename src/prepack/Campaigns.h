#pragma once

#include "Campaign.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QSqlDatabase>
#include <optional>

// Campaigns and their SKUs. Every write is one transaction with its audit row, and keeps the
// per-buyer limits review reads (skus.purchase_limit) in step, see CampaignLimits.
// Bad input (empty name, end before start, ratio outside 0..100, unknown SKU) is refused with
// a reason a person reads.
namespace Campaigns {
// Inserts (id 0) or updates the campaign's header; its SKUs are written with setSku.
Result<> save(const QSqlDatabase &db, const Actor &actor, Campaign &campaign);
// Adds the SKU to the campaign or changes its limit, expected orders, plan or material.
Result<> setSku(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, const CampaignSku &sku);
// By outer code or any barcode, for people typing or scanning.
Result<> addSkuByCode(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, const QString &code,
                      int expectedOrders, int purchaseLimit = 1);
// Sets or clears (std::nullopt: follow the suggestion again) the planned quantity.
Result<> setPlanned(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId,
                    std::optional<int> plannedQty);
// Refused once the SKU has batches in this campaign (the ledger refers to them).
Result<> removeSku(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId);

std::optional<Campaign> load(const QSqlDatabase &db, qint64 id);
// Headers only, newest start first.
QList<Campaign> list(const QSqlDatabase &db);
// Campaigns active at nowText that contain the SKU (usually one).
QList<qint64> activeWithSku(const QSqlDatabase &db, qint64 skuId, const QString &nowText);
} // namespace Campaigns
