#include "FastPack.h"

#include "PrepackOrders.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/Stage.h"
#include "packing/ParcelStore.h"
#include "stock/PrepackedStock.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
struct Found {
    qint64 id = 0;
    Stage stage = Stage::Imported;
    int version = 0;
    QString orderNo;
    QString trackingNo;
    QString courierCode;
};

// Tracking number first (what the label shows), then the platform order number; of several
// orders (shops sharing an order number) the printed one. Both lookups use an index.
std::optional<Found> findOrder(const QSqlDatabase &db, const QString &code)
{
    const QString columns = QStringLiteral(
        "SELECT id, stage, version, platform_order_no, tracking_no, courier_code FROM orders WHERE ");
    for (const QString &where :
         {QStringLiteral("tracking_no = ?"), QStringLiteral("platform_order_no = ?")}) {
        QSqlQuery q = Sql::run(db, columns + where + QStringLiteral(" ORDER BY id"), {code});
        std::optional<Found> best;
        while (q.next()) {
            Found f{
                q.value(0).toLongLong(), Stages::fromCode(q.value(1).toString()).value_or(Stage::Imported),
                q.value(2).toInt(),      q.value(3).toString(),
                q.value(4).toString(),   q.value(5).toString()};
            if (!best || f.stage == Stage::Printed)
                best = f;
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

QVariant campaignFor(const QSqlDatabase &db, qint64 skuId)
{
    const QString now = Clock::nowText();
    // The campaign running now, else the latest one that had the SKU (late orders after the end).
    QVariant id =
        Sql::scalar(db,
                    QStringLiteral("SELECT c.id FROM campaigns c JOIN campaign_skus cs ON cs.campaign_id = "
                                   "c.id WHERE cs.sku_id = ? AND c.starts_at <= ? ORDER BY "
                                   "CASE WHEN c.ends_at > ? THEN 0 ELSE 1 END, c.starts_at DESC, c.id DESC"),
                    {skuId, now, now});
    if (!id.isValid())
        id = Sql::scalar(
            db,
            QStringLiteral("SELECT c.id FROM campaigns c JOIN campaign_skus cs ON cs.campaign_id = c.id "
                           "WHERE cs.sku_id = ? ORDER BY c.starts_at, c.id"),
            {skuId});
    return id;
}
} // namespace

FastPack::FastPack(const QSqlDatabase &db, const Actor &actor, Mode mode)
    : m_db(db)
    , m_actor(actor)
    , m_mode(mode)
{
}

void FastPack::clear()
{
    m_orderId = 0;
    m_version = 0;
    m_skuId = 0;
    m_orderNo.clear();
    m_trackingNo.clear();
    m_courierCode.clear();
    m_skuCode.clear();
    m_skuCodes.clear();
}

FastPackFeedback FastPack::cancel()
{
    const bool had = m_orderId != 0;
    clear();
    return {FastPackFeedback::Kind::Cancelled, had ? tr("Label put back; scan the next label.") : QString(),
            0};
}

FastPackFeedback FastPack::scan(const QString &raw)
{
    const QString code = raw.trimmed();
    if (code.isEmpty())
        return cancel();
    if (m_orderId == 0)
        return openLabel(code);
    // A second label while one is pending: take the new one (the first goes back on the pile).
    if (!m_skuCodes.contains(code) && findOrder(m_db, code)) {
        clear();
        return openLabel(code);
    }
    return checkSku(code);
}

FastPackFeedback FastPack::openLabel(const QString &code)
{
    using K = FastPackFeedback::Kind;
    const std::optional<Found> order = findOrder(m_db, code);
    if (!order)
        return {K::Unknown, tr("No order has the tracking or order number %1.").arg(code), 0};
    switch (order->stage) {
    case Stage::Intercepted:
    case Stage::Cancelled:
    case Stage::OnHold:
        return {K::Stop,
                tr("STOP: order %1 is %2. Put the label aside; do not ship it.")
                    .arg(order->orderNo, Stages::displayName(order->stage)),
                order->id};
    case Stage::Printed:
        break;
    default:
        return {K::NotPrinted,
                tr("Order %1 is %2, not waiting to be packed.")
                    .arg(order->orderNo, Stages::displayName(order->stage)),
                order->id};
    }
    const std::optional<qint64> sku = PrepackOrders::singleSku(m_db, order->id);
    if (!sku)
        return {K::NotPrepack,
                tr("Order %1 is not a single-item order: pack it at the normal pack station.")
                    .arg(order->orderNo),
                order->id};
    const PrepackedStock::Level level = PrepackedStock::level(m_db, *sku);
    const QString skuCode =
        Sql::scalar(m_db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {*sku}).toString();
    if (level.prepacked <= 0)
        return {K::NoParcels,
                tr("No pre-packed parcels of %1 left: pack order %2 at the normal pack station.")
                    .arg(skuCode, order->orderNo),
                order->id};
    m_orderId = order->id;
    m_version = order->version;
    m_skuId = *sku;
    m_orderNo = order->orderNo;
    m_trackingNo = order->trackingNo;
    m_courierCode = order->courierCode;
    m_skuCode = skuCode;
    if (m_mode == Mode::Fast)
        return pack(QStringLiteral("fast"));
    m_skuCodes.insert(skuCode);
    QSqlQuery codes =
        Sql::run(m_db, QStringLiteral("SELECT barcode FROM sku_barcodes WHERE sku_id = ?"), {*sku});
    while (codes.next())
        m_skuCodes.insert(codes.value(0).toString());
    return {K::AwaitingSku,
            tr("Order %1: stick the label on a pre-packed %2 parcel and scan its barcode.")
                .arg(m_orderNo, skuCode),
            m_orderId};
}

FastPackFeedback FastPack::checkSku(const QString &code)
{
    if (!m_skuCodes.contains(code))
        return {FastPackFeedback::Kind::WrongSku,
                tr("Wrong parcel: %1 is not %2. Take a pre-packed %2 parcel.").arg(code, m_skuCode),
                m_orderId};
    return pack(QStringLiteral("verified"));
}

FastPackFeedback FastPack::pack(const QString &mode)
{
    using K = FastPackFeedback::Kind;
    const qint64 orderId = m_orderId;
    const QString orderNo = m_orderNo;
    try {
        // Run again from the start when a deadlock with another bench aborts it.
        const auto refused = Transaction::run(m_db, [&](Transaction &tx) -> std::optional<FastPackFeedback> {
            // The pack station's own record: Printed → Packed (optimistic) and the parcels row.
            PackRecord record;
            record.orderId = orderId;
            record.version = m_version;
            record.trackingNo = m_trackingNo;
            record.courierCode = m_courierCode;
            record.items = 1;
            const Result<> moved = ParcelStore::packIn(m_db, m_actor, record);
            if (!moved)
                return FastPackFeedback{K::NotPrinted, moved.message, orderId};
            PrepackedStock::takeParcel(m_db, m_actor, m_skuId, orderNo);
            const QVariant campaign = campaignFor(m_db, m_skuId);
            Sql::run(
                m_db,
                QStringLiteral(
                    "INSERT INTO prepack_shipments (order_id, sku_id, campaign_id, mode, operator, station, "
                    "at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {orderId, m_skuId, campaign, mode, m_actor.operatorName, m_actor.station, Clock::nowText()});
            AuditLog::record(m_db, m_actor, QStringLiteral("order"), orderId,
                             QStringLiteral("prepack_packed"), {},
                             {{QStringLiteral("sku_id"), m_skuId}, {QStringLiteral("mode"), mode}});
            tx.commit();
            return std::nullopt;
        });
        if (refused) {
            clear();
            return *refused;
        }
    } catch (const Error &e) { // another bench took the last parcel: nothing was written
        clear();
        return {K::NoParcels, e.message(), orderId};
    }
    clear();
    ++m_packed;
    return {K::Packed, tr("Order %1 packed from pre-packed stock.").arg(orderNo), orderId};
}
