#include "PrepackBatches.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Locks.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "stock/PrepackedStock.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrepackBatches", text);
}

bool inCampaign(const QSqlDatabase &db, qint64 campaignId, qint64 skuId)
{
    return Sql::scalar(db, QStringLiteral("SELECT 1 FROM campaign_skus WHERE campaign_id = ? AND sku_id = ?"),
                       {campaignId, skuId})
        .isValid();
}

// Inside the caller's transaction: the batch row, its ledger move, its audit row.
qint64 record(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId,
              const QString &kind, int qty, const QString &material, const QString &note)
{
    const qint64 id = Sql::insert(
        db,
        QStringLiteral("INSERT INTO prepack_batches (campaign_id, sku_id, kind, qty, material, note, "
                       "operator, station, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {campaignId, skuId, kind, qty, Sql::text(material.trimmed()), Sql::text(note), actor.operatorName,
         actor.station, Clock::nowText()});
    const QString ref = QStringLiteral("prepack-batch-%1").arg(id);
    if (kind == u"pack")
        PrepackedStock::pack(db, actor, skuId, qty, ref);
    else
        PrepackedStock::unpack(db, actor, skuId, qty, ref);
    AuditLog::record(db, actor, QStringLiteral("prepack_batch"), id, kind, {},
                     {{QStringLiteral("campaign_id"), campaignId},
                      {QStringLiteral("sku_id"), skuId},
                      {QStringLiteral("qty"), qty},
                      {QStringLiteral("material"), material.trimmed()}});
    return id;
}

// Until the commit: the campaign's batches are written by one station at a time.
void lockCampaign(const QSqlDatabase &db, qint64 campaignId)
{
    Sql::firstRow(db, Locks::forUpdate(db, QStringLiteral("SELECT id FROM campaigns WHERE id = ?")),
                  {campaignId});
}

Result<> move(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId,
              const QString &kind, int qty, const QString &material, const QString &note, qint64 *batchId)
{
    if (qty <= 0)
        return Result<>::failure(
            QCoreApplication::translate("PrepackBatches", "The quantity must be above zero."));
    try {
        return Transaction::run(db, [&](Transaction &tx) {
            lockCampaign(db, campaignId);
            if (!inCampaign(db, campaignId, skuId))
                return Result<>::failure(
                    QCoreApplication::translate("PrepackBatches", "SKU #%1 is not in campaign %2.")
                        .arg(skuId)
                        .arg(campaignId));
            const qint64 id = record(db, actor, campaignId, skuId, kind, qty, material, note);
            tx.commit();
            if (batchId)
                *batchId = id;
            return Result<>::success();
        });
    } catch (const Error &e) { // a refused ledger move: nothing was written
        return Result<>::failure(e.message());
    }
}
} // namespace

Result<> PrepackBatches::pack(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId,
                              int qty, const QString &material, const QString &note, qint64 *batchId)
{
    return move(db, actor, campaignId, skuId, QStringLiteral("pack"), qty, material, note, batchId);
}

Result<> PrepackBatches::unpack(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId,
                                int qty, const QString &note, qint64 *batchId)
{
    return move(db, actor, campaignId, skuId, QStringLiteral("unpack"), qty, {}, note, batchId);
}

Result<> PrepackBatches::unpackLeftovers(const QSqlDatabase &db, const Actor &actor, qint64 campaignId,
                                         int *units)
{
    int total = 0;
    try {
        total = Transaction::run(db, [&](Transaction &tx) {
            int unpacked = 0;
            // What is the campaign's own is read and unpacked by one station at a time.
            lockCampaign(db, campaignId);
            QSqlQuery q = Sql::run(
                db,
                QStringLiteral(
                    "SELECT cs.sku_id, COALESCE(l.prepacked, 0), "
                    "(SELECT COALESCE(SUM(CASE WHEN b.kind = 'pack' THEN b.qty ELSE -b.qty END), 0) "
                    " FROM prepack_batches b WHERE b.campaign_id = cs.campaign_id AND b.sku_id = cs.sku_id), "
                    "(SELECT COUNT(*) FROM prepack_shipments p WHERE p.campaign_id = cs.campaign_id "
                    " AND p.sku_id = cs.sku_id) "
                    "FROM campaign_skus cs LEFT JOIN stock_levels l ON l.sku_id = cs.sku_id "
                    "WHERE cs.campaign_id = ? ORDER BY cs.sku_id"),
                {campaignId});
            struct Left {
                qint64 sku;
                int qty;
            };
            QList<Left> lefts;
            while (q.next()) {
                const int mine = q.value(2).toInt() - q.value(3).toInt();
                const int qty = std::min(q.value(1).toInt(), mine);
                if (qty > 0)
                    lefts << Left{q.value(0).toLongLong(), qty};
            }
            for (const Left &l : lefts) {
                record(db, actor, campaignId, l.sku, QStringLiteral("unpack"), l.qty, {},
                       tr("leftovers after the sale"));
                unpacked += l.qty;
            }
            tx.commit();
            return unpacked;
        });
    } catch (const Error &e) {
        return Result<>::failure(e.message());
    }
    if (units)
        *units = total;
    return Result<>::success();
}

std::optional<PrepackBatch> PrepackBatches::load(const QSqlDatabase &db, qint64 batchId)
{
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("SELECT b.campaign_id, c.name, b.sku_id, k.code, k.title, k.spec, k.location, "
                       "b.kind, b.qty, b.material, b.note, b.operator, b.station, b.at "
                       "FROM prepack_batches b JOIN campaigns c ON c.id = b.campaign_id "
                       "JOIN skus k ON k.id = b.sku_id WHERE b.id = ?"),
        {batchId});
    if (!q.next())
        return std::nullopt;
    PrepackBatch b;
    b.id = batchId;
    b.campaignId = q.value(0).toLongLong();
    b.campaignName = q.value(1).toString();
    b.skuId = q.value(2).toLongLong();
    b.skuCode = q.value(3).toString();
    b.title = q.value(4).toString();
    b.spec = q.value(5).toString();
    b.location = q.value(6).toString();
    b.kind = q.value(7).toString();
    b.qty = q.value(8).toInt();
    b.material = q.value(9).toString();
    b.note = q.value(10).toString();
    b.operatorName = q.value(11).toString();
    b.station = q.value(12).toString();
    b.at = q.value(13).toString();
    QSqlQuery codes = Sql::run(
        db, QStringLiteral("SELECT barcode FROM sku_barcodes WHERE sku_id = ? ORDER BY barcode"), {b.skuId});
    while (codes.next())
        b.barcodes << codes.value(0).toString();
    return b;
}

QList<PrepackBatch> PrepackBatches::forCampaign(const QSqlDatabase &db, qint64 campaignId)
{
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT id FROM prepack_batches WHERE campaign_id = ? ORDER BY id DESC"),
                 {campaignId});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<PrepackBatch> result;
    for (qint64 id : ids)
        if (auto b = load(db, id))
            result << *b;
    return result;
}

QStringList PrepackBatches::standardMaterials()
{
    return {tr("Carton no. 1"), tr("Carton no. 2"), tr("Carton no. 3"), tr("Poly mailer"),
            tr("Bubble mailer")};
}
