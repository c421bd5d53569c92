#include "Campaigns.h"

#include "CampaignLimits.h"
#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "stock/SkuCatalog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Campaigns", text);
}

QJsonObject headerJson(const Campaign &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("starts_at"), c.startsAt},
            {QStringLiteral("ends_at"), c.endsAt},
            {QStringLiteral("ratio_pct"), c.ratioPercent}};
}

QJsonObject skuJson(const CampaignSku &s)
{
    QJsonObject o{{QStringLiteral("sku_id"), s.skuId},
                  {QStringLiteral("purchase_limit"), s.purchaseLimit},
                  {QStringLiteral("expected_orders"), s.expectedOrders},
                  {QStringLiteral("material"), s.material}};
    if (s.plannedQty)
        o.insert(QStringLiteral("planned_qty"), *s.plannedQty);
    return o;
}

Result<> validate(const Campaign &c)
{
    if (c.name.trimmed().isEmpty())
        return Result<>::failure(QCoreApplication::translate("Campaigns", "A campaign needs a name."));
    if (!Clock::fromText(c.startsAt).isValid() || !Clock::fromText(c.endsAt).isValid())
        return Result<>::failure(QCoreApplication::translate(
            "Campaigns", "Start and end must be times like 2026-11-11 00:00:00."));
    if (c.endsAt <= c.startsAt)
        return Result<>::failure(
            QCoreApplication::translate("Campaigns", "The campaign must end after it starts (%1 → %2).")
                .arg(c.startsAt, c.endsAt));
    if (c.ratioPercent < 0 || c.ratioPercent > 100)
        return Result<>::failure(QCoreApplication::translate(
                                     "Campaigns", "The pre-pack ratio is a percentage from 0 to 100, not %1.")
                                     .arg(c.ratioPercent));
    return Result<>::success();
}

bool campaignExists(const QSqlDatabase &db, qint64 id)
{
    return Sql::scalar(db, QStringLiteral("SELECT 1 FROM campaigns WHERE id = ?"), {id}).isValid();
}

std::optional<CampaignSku> loadSku(const QSqlDatabase &db, qint64 campaignId, qint64 skuId)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT purchase_limit, expected_orders, planned_qty, material "
                                          "FROM campaign_skus WHERE campaign_id = ? AND sku_id = ?"),
                           {campaignId, skuId});
    if (!q.next())
        return std::nullopt;
    CampaignSku s;
    s.skuId = skuId;
    s.purchaseLimit = q.value(0).toInt();
    s.expectedOrders = q.value(1).toInt();
    if (!q.value(2).isNull())
        s.plannedQty = q.value(2).toInt();
    s.material = q.value(3).toString();
    return s;
}
} // namespace

Result<> Campaigns::save(const QSqlDatabase &db, const Actor &actor, Campaign &c)
{
    c.name = c.name.trimmed();
    if (const Result<> ok = validate(c); !ok)
        return ok;
    const QString now = Clock::nowText();
    const qint64 givenId = c.id; // a run that is tried again starts from what the caller gave
    return Transaction::run(db, [&](Transaction &tx) {
        c.id = givenId;
        if (c.id == 0) {
            c.id = Sql::insert(
                db,
                QStringLiteral("INSERT INTO campaigns (name, starts_at, ends_at, prepack_ratio_pct, note, "
                               "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {c.name, c.startsAt, c.endsAt, c.ratioPercent, Sql::text(c.note), actor.operatorName, now,
                 now});
            AuditLog::record(db, actor, QStringLiteral("campaign"), c.id, QStringLiteral("create"), {},
                             headerJson(c));
        } else {
            const std::optional<Campaign> before = load(db, c.id);
            if (!before)
                return Result<>::failure(tr("Campaign %1 does not exist.").arg(c.id));
            Sql::run(db,
                     QStringLiteral(
                         "UPDATE campaigns SET name = ?, starts_at = ?, ends_at = ?, prepack_ratio_pct = ?, "
                         "note = ?, updated_at = ? WHERE id = ?"),
                     {c.name, c.startsAt, c.endsAt, c.ratioPercent, Sql::text(c.note), now, c.id});
            AuditLog::record(db, actor, QStringLiteral("campaign"), c.id, QStringLiteral("edit"),
                             headerJson(*before), headerJson(c));
        }
        CampaignLimits::apply(db, actor); // the window may have moved over "now"
        tx.commit();
        return Result<>::success();
    });
}

Result<> Campaigns::setSku(const QSqlDatabase &db, const Actor &actor, qint64 campaignId,
                           const CampaignSku &s)
{
    if (s.purchaseLimit < 0 || s.expectedOrders < 0 || (s.plannedQty && *s.plannedQty < 0))
        return Result<>::failure(tr("Limits, expected orders and planned quantities cannot be negative."));
    return Transaction::run(db, [&](Transaction &tx) {
        if (!campaignExists(db, campaignId))
            return Result<>::failure(tr("Campaign %1 does not exist.").arg(campaignId));
        if (!SkuCatalog::byId(db, s.skuId))
            return Result<>::failure(tr("SKU #%1 is not in the catalog.").arg(s.skuId));
        const std::optional<CampaignSku> before = loadSku(db, campaignId, s.skuId);
        Sql::run(
            db,
            QStringLiteral(
                "INSERT INTO campaign_skus (campaign_id, sku_id, purchase_limit, expected_orders, "
                "planned_qty, material) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, sku_id) DO "
                "UPDATE SET purchase_limit = excluded.purchase_limit, expected_orders = "
                "excluded.expected_orders, planned_qty = excluded.planned_qty, material = excluded.material"),
            {campaignId, s.skuId, s.purchaseLimit, s.expectedOrders,
             s.plannedQty ? QVariant(*s.plannedQty) : QVariant(), Sql::text(s.material)});
        AuditLog::record(db, actor, QStringLiteral("campaign"), campaignId,
                         before ? QStringLiteral("sku_edit") : QStringLiteral("sku_add"),
                         before ? skuJson(*before) : QJsonObject{}, skuJson(s));
        CampaignLimits::apply(db, actor);
        tx.commit();
        return Result<>::success();
    });
}

Result<> Campaigns::addSkuByCode(const QSqlDatabase &db, const Actor &actor, qint64 campaignId,
                                 const QString &code, int expectedOrders, int purchaseLimit)
{
    const QString c = code.trimmed();
    std::optional<qint64> id = SkuCatalog::idByCode(db, c);
    if (!id)
        id = SkuCatalog::idByBarcode(db, c);
    if (!id)
        return Result<>::failure(tr("No SKU has the code or barcode \"%1\".").arg(c));
    CampaignSku s = loadSku(db, campaignId, *id).value_or(CampaignSku{});
    s.skuId = *id;
    s.expectedOrders = expectedOrders;
    s.purchaseLimit = purchaseLimit;
    return setSku(db, actor, campaignId, s);
}

Result<> Campaigns::setPlanned(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId,
                               std::optional<int> plannedQty)
{
    std::optional<CampaignSku> s = loadSku(db, campaignId, skuId);
    if (!s)
        return Result<>::failure(tr("SKU #%1 is not in campaign %2.").arg(skuId).arg(campaignId));
    s->plannedQty = plannedQty;
    return setSku(db, actor, campaignId, *s);
}

Result<> Campaigns::removeSku(const QSqlDatabase &db, const Actor &actor, qint64 campaignId, qint64 skuId)
{
    return Transaction::run(db, [&](Transaction &tx) {
        const std::optional<CampaignSku> before = loadSku(db, campaignId, skuId);
        if (!before)
            return Result<>::failure(tr("SKU #%1 is not in campaign %2.").arg(skuId).arg(campaignId));
        if (Sql::scalar(db,
                        QStringLiteral("SELECT 1 FROM prepack_batches WHERE campaign_id = ? AND sku_id = ?"),
                        {campaignId, skuId})
                .isValid())
            return Result<>::failure(tr("This SKU already has pre-pack batches in the campaign; it stays."));
        Sql::run(db, QStringLiteral("DELETE FROM campaign_skus WHERE campaign_id = ? AND sku_id = ?"),
                 {campaignId, skuId});
        AuditLog::record(db, actor, QStringLiteral("campaign"), campaignId, QStringLiteral("sku_remove"),
                         skuJson(*before));
        CampaignLimits::apply(db, actor);
        tx.commit();
        return Result<>::success();
    });
}

std::optional<Campaign> Campaigns::load(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT name, starts_at, ends_at, prepack_ratio_pct, note FROM campaigns "
                                "WHERE id = ?"),
                 {id});
    if (!q.next())
        return std::nullopt;
    Campaign c;
    c.id = id;
    c.name = q.value(0).toString();
    c.startsAt = q.value(1).toString();
    c.endsAt = q.value(2).toString();
    c.ratioPercent = q.value(3).toInt();
    c.note = q.value(4).toString();
    QSqlQuery s =
        Sql::run(db,
                 QStringLiteral("SELECT cs.sku_id, k.code, k.title, k.spec, k.location, cs.purchase_limit, "
                                "cs.expected_orders, cs.planned_qty, cs.material FROM campaign_skus cs "
                                "JOIN skus k ON k.id = cs.sku_id WHERE cs.campaign_id = ? "
                                "ORDER BY k.location, k.code"),
                 {id});
    while (s.next()) {
        CampaignSku k;
        k.skuId = s.value(0).toLongLong();
        k.code = s.value(1).toString();
        k.title = s.value(2).toString();
        k.spec = s.value(3).toString();
        k.location = s.value(4).toString();
        k.purchaseLimit = s.value(5).toInt();
        k.expectedOrders = s.value(6).toInt();
        if (!s.value(7).isNull())
            k.plannedQty = s.value(7).toInt();
        k.material = s.value(8).toString();
        c.skus << k;
    }
    return c;
}

QList<Campaign> Campaigns::list(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::run(
        db, QStringLiteral("SELECT id, name, starts_at, ends_at, prepack_ratio_pct, note FROM campaigns "
                           "ORDER BY starts_at DESC, id DESC"));
    QList<Campaign> result;
    while (q.next()) {
        Campaign c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.startsAt = q.value(2).toString();
        c.endsAt = q.value(3).toString();
        c.ratioPercent = q.value(4).toInt();
        c.note = q.value(5).toString();
        result << c;
    }
    return result;
}

QList<qint64> Campaigns::activeWithSku(const QSqlDatabase &db, qint64 skuId, const QString &nowText)
{
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT c.id FROM campaigns c JOIN campaign_skus cs ON cs.campaign_id = c.id "
                                "WHERE cs.sku_id = ? AND c.starts_at <= ? AND c.ends_at > ? ORDER BY c.id"),
                 {skuId, nowText, nowText});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}
