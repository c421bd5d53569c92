#include "ParcelLookup.h"

#include "db/Sql.h"
#include "printing/PickSlots.h"

QList<qint64> ParcelLookup::findOrders(const QSqlDatabase &db, const QString &code)
{
    // A pick-list slot code ("PL42-7") names one order; its shape is checked before any query.
    if (PickSlots::parse(code)) {
        if (const auto id = PickSlots::orderFor(db, code))
            return {*id};
    }
    QList<qint64> ids;
    QSqlQuery byTracking =
        Sql::run(db, QStringLiteral("SELECT id FROM orders WHERE tracking_no = ?"), {code});
    while (byTracking.next())
        ids << byTracking.value(0).toLongLong();
    if (!ids.isEmpty())
        return ids;
    QSqlQuery byOrderNo =
        Sql::run(db, QStringLiteral("SELECT id FROM orders WHERE platform_order_no = ?"), {code});
    while (byOrderNo.next())
        ids << byOrderNo.value(0).toLongLong();
    return ids;
}

std::optional<std::pair<Stage, int>> ParcelLookup::stageOf(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT stage, version FROM orders WHERE id = ?"), {orderId});
    if (!q.next())
        return std::nullopt;
    const auto stage = Stages::fromCode(q.value(0).toString());
    if (!stage)
        return std::nullopt;
    return std::make_pair(*stage, q.value(1).toInt());
}

std::optional<Parcel> ParcelLookup::load(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery o =
        Sql::run(db,
                 QStringLiteral("SELECT o.platform_order_no, o.tracking_no, o.courier_code, o.buyer_nick, "
                                "o.buyer_message, o.seller_memo, o.stage, o.version, o.hold_reason, c.name, "
                                "o.stage_reason "
                                "FROM orders o LEFT JOIN couriers c ON c.code = o.courier_code "
                                "WHERE o.id = ?"),
                 {orderId});
    if (!o.next())
        return std::nullopt;
    Parcel p;
    p.orderId = orderId;
    p.orderNo = o.value(0).toString();
    p.trackingNo = o.value(1).toString();
    p.courierCode = o.value(2).toString();
    p.buyerNick = o.value(3).toString();
    p.buyerMessage = o.value(4).toString().trimmed();
    p.sellerMemo = o.value(5).toString().trimmed();
    p.stage = Stages::fromCode(o.value(6).toString()).value_or(Stage::Imported);
    p.version = o.value(7).toInt();
    p.holdReason = o.value(8).toString();
    p.courierName = o.value(9).toString().isEmpty() ? p.courierCode : o.value(9).toString();
    p.stageReason = o.value(10).toString().trimmed();

    QSqlQuery l = Sql::run(
        db,
        QStringLiteral("SELECT l.sku_id, COALESCE(s.code, l.outer_code), l.title, s.title, l.spec, s.spec, "
                       "s.location, s.image_path, s.weight_g, l.qty, l.refund_status "
                       "FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id "
                       "WHERE l.order_id = ? ORDER BY l.line_no"),
        {orderId});
    while (l.next()) {
        ParcelLine line;
        line.skuId = l.value(0).toLongLong();
        line.skuCode = l.value(1).toString();
        line.title = l.value(3).toString().isEmpty() ? l.value(2).toString() : l.value(3).toString();
        line.spec = l.value(5).toString().isEmpty() ? l.value(4).toString() : l.value(5).toString();
        line.location = l.value(6).toString();
        line.imagePath = l.value(7).toString();
        line.weightGrams = l.value(8).toInt();
        line.needed = l.value(9).toInt();
        const QString refund = l.value(10).toString();
        line.refunded = !refund.isEmpty() && refund != QLatin1String("none");
        p.lines << line;
    }
    // Bin order: the packer checks the items in the order they were picked.
    std::stable_sort(p.lines.begin(), p.lines.end(),
                     [](const ParcelLine &a, const ParcelLine &b) { return a.location < b.location; });

    Sql::Statement codesOf(db, QStringLiteral("SELECT barcode FROM sku_barcodes WHERE sku_id = ?"));
    for (const ParcelLine &line : std::as_const(p.lines)) {
        if (line.skuId == 0 || p.skuByBarcode.key(line.skuId, QString()) != QString())
            continue;
        QSqlQuery &codes = codesOf.run({line.skuId});
        while (codes.next())
            p.skuByBarcode.insert(codes.value(0).toString(), line.skuId);
    }
    return p;
}
