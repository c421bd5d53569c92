#pragma once

#include "base/Actor.h"
#include "base/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One pre-pack session at the bench, or leftovers put back, as recorded.
struct PrepackBatch {
    qint64 id = 0;
    qint64 campaignId = 0;
    QString campaignName;
    qint64 skuId = 0;
    QString skuCode;
    QString title;
    QString spec;
    QString location;
    QStringList barcodes;
    QString kind; // pack | unpack
    int qty = 0;
    QString material;
    QString note;
    QString operatorName;
    QString station;
    QString at;

    QString ledgerRef() const { return QStringLiteral("prepack-batch-%1").arg(id); }
};

// Recording batches: the batch row, the ledger move and the audit row in one transaction.
// Refusals (SKU not in the campaign, not enough loose or pre-packed units) change nothing and
// say why.
namespace PrepackBatches {
// N units of the SKU boxed with the chosen material: loose → pre-packed.
Result<> pack(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId, int qty,
              const QString &material, const QString &note = {}, qint64 *batchId = nullptr);
// N boxed units opened again: pre-packed → loose.
Result<> unpack(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId, int qty,
                const QString &note = {}, qint64 *batchId = nullptr);
// After the sale: every campaign SKU's boxed units this campaign packed and did not ship
// (bounded by what is boxed on the shelf) go back to loose, one unpack batch per SKU, all in
// one transaction. Returns the units unpacked in *units.
Result<> unpackLeftovers(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, int *units = nullptr);

std::optional<PrepackBatch> load(const QSqlDatabase &db, qint64 batchId);
// Newest first.
QList<PrepackBatch> forCampaign(const QSqlDatabase &db, qint64 campaignId);
// Packing materials offered at the bench (translated); free text is accepted too.
QStringList standardMaterials();
} // namespace PrepackBatches
