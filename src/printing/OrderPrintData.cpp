#include "OrderPrintData.h"

#include "PickSlots.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OrderPrintData", text);
}

QString shortPlace(QString s)
{
    for (const QString &suffix :
         {QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("自治区"), QStringLiteral("特别行政区"),
          QStringLiteral("壮族"), QStringLiteral("回族"), QStringLiteral("维吾尔")})
        if (s.endsWith(suffix) && s.size() > suffix.size() + 1)
            s.chop(suffix.size());
    return s;
}

// Print time is for people in the warehouse: China time.
QString localNow()
{
    return Clock::nowUtc().toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QString OrderPrintData::sortCode(const QString &province, const QString &city, const QString &district)
{
    const QString p = shortPlace(province);
    const QString c = shortPlace(city);
    if (p == c || c.isEmpty()) // municipalities: 北京 北京市 朝阳区
        return QString(p + u' ' + district).trimmed();
    return p + u' ' + c;
}

PrintData OrderPrintData::forOrder(const QSqlDatabase &db, qint64 orderId, const SenderInfo &sender)
{
    return OrderPrintReader(db).forOrder(orderId, sender);
}

OrderPrintReader::OrderPrintReader(const QSqlDatabase &db)
    : m_order(db,
              QStringLiteral("SELECT o.platform_order_no, o.buyer_nick, o.receiver_name, o.receiver_phone, "
                             "o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address, "
                             "o.buyer_message, o.seller_memo, o.courier_code, o.tracking_no, o.item_count, "
                             "s.name, c.name FROM orders o JOIN shops s ON s.id = o.shop_id "
                             "LEFT JOIN couriers c ON c.code = o.courier_code WHERE o.id = ?"))
    , m_lines(db,
              QStringLiteral(
                  "SELECT COALESCE(k.code, l.outer_code), l.title, l.spec, l.qty, COALESCE(k.location, '') "
                  "FROM order_lines l LEFT JOIN skus k ON k.id = l.sku_id "
                  "WHERE l.order_id = ? ORDER BY l.line_no"))
{
}

PrintData OrderPrintReader::forOrder(qint64 orderId, const SenderInfo &sender)
{
    QSqlQuery &q = m_order.run({orderId});
    if (!q.next())
        throw Error(QCoreApplication::translate("OrderPrintData", "Order %1 does not exist.").arg(orderId));
    PrintData d;
    auto &f = d.fields;
    f.insert(QStringLiteral("order.id"), QString::number(orderId));
    f.insert(QStringLiteral("order.no"), q.value(0).toString());
    f.insert(QStringLiteral("buyer.nick"), q.value(1).toString());
    f.insert(QStringLiteral("receiver.name"), q.value(2).toString());
    f.insert(QStringLiteral("receiver.phone"), q.value(3).toString());
    const QString province = q.value(4).toString(), city = q.value(5).toString(),
                  district = q.value(6).toString();
    QStringList place{province};
    if (shortPlace(city) != shortPlace(province)) // 上海 上海市: the municipality once
        place << city;
    place << district << q.value(7).toString();
    place.removeAll(QString());
    f.insert(QStringLiteral("receiver.address"), place.join(u' '));
    f.insert(QStringLiteral("sort.code"), OrderPrintData::sortCode(province, city, district));
    f.insert(QStringLiteral("buyer.message"), q.value(8).toString());
    f.insert(QStringLiteral("seller.memo"), q.value(9).toString());
    f.insert(QStringLiteral("courier.code"), q.value(10).toString());
    f.insert(QStringLiteral("tracking.no"), q.value(11).toString());
    f.insert(QStringLiteral("item.count"), q.value(12).toString());
    f.insert(QStringLiteral("shop.name"), q.value(13).toString());
    f.insert(QStringLiteral("courier.name"), q.value(14).toString());
    f.insert(QStringLiteral("sender.name"), sender.name.isEmpty() ? q.value(13).toString() : sender.name);
    f.insert(QStringLiteral("sender.phone"), sender.phone);
    f.insert(QStringLiteral("sender.address"), sender.address);
    f.insert(QStringLiteral("thanks"), sender.thanks);
    f.insert(QStringLiteral("print.time"), localNow());
    q.finish();

    QSqlQuery &lines = m_lines.run({orderId});
    QStringList summary;
    auto &rows = d.rows[QStringLiteral("lines")];
    while (lines.next()) {
        const QString code = lines.value(0).toString();
        const QString spec = lines.value(2).toString();
        const int qty = lines.value(3).toInt();
        rows << QHash<QString, QString>{{QStringLiteral("code"), code},
                                        {QStringLiteral("title"), lines.value(1).toString()},
                                        {QStringLiteral("spec"), spec},
                                        {QStringLiteral("qty"), QString::number(qty)},
                                        {QStringLiteral("location"), lines.value(4).toString()}};
        summary << QStringLiteral("%1 %2 ×%3").arg(code, spec).arg(qty);
    }
    lines.finish();
    f.insert(QStringLiteral("items"), summary.join(QStringLiteral("; ")));
    return d;
}

PrintData OrderPrintData::forPickList(const QSqlDatabase &db, const QList<qint64> &orderIds,
                                      const QString &title, qint64 jobId)
{
    struct Line {
        QString location, code, title, spec;
        int qty = 0;
        QSet<qint64> orders;
    };
    QMap<QString, Line> byKey; // location + code: sorted by bin, the order a picker walks
    int items = 0;
    Sql::Statement linesOf(
        db,
        QStringLiteral("SELECT COALESCE(k.location, ''), COALESCE(k.code, l.outer_code), l.title, l.spec, "
                       "l.qty FROM order_lines l LEFT JOIN skus k ON k.id = l.sku_id "
                       "WHERE l.order_id = ?"));
    for (qint64 id : orderIds) {
        QSqlQuery &q = linesOf.run({id});
        while (q.next()) {
            const QString location = q.value(0).toString();
            const QString code = q.value(1).toString();
            Line &l = byKey[location + u'\x1f' + code];
            l.location = location;
            l.code = code;
            l.title = q.value(2).toString();
            l.spec = q.value(3).toString();
            l.qty += q.value(4).toInt();
            l.orders.insert(id);
            items += q.value(4).toInt();
        }
        q.finish();
    }
    PrintData d;
    d.fields.insert(QStringLiteral("batch.title"), title);
    d.fields.insert(QStringLiteral("batch.orders"), QString::number(orderIds.size()));
    d.fields.insert(QStringLiteral("batch.items"), QString::number(items));
    d.fields.insert(QStringLiteral("print.time"), localNow());
    auto &rows = d.rows[QStringLiteral("lines")];
    for (const Line &l : byKey) {
        // Zone = the aisle part of the bin (A-01 of A-01-03): one heading per aisle.
        const QString zone = l.location.isEmpty() ? tr("No bin") : l.location.section(u'-', 0, 1);
        rows << QHash<QString, QString>{{QStringLiteral("zone"), zone},
                                        {QStringLiteral("location"), l.location},
                                        {QStringLiteral("code"), l.code},
                                        {QStringLiteral("title"), l.title},
                                        {QStringLiteral("spec"), l.spec},
                                        {QStringLiteral("qty"), QString::number(l.qty)},
                                        {QStringLiteral("orders"), QString::number(l.orders.size())}};
    }
    // The slots: where each order's items go after picking, and the code the packer scans.
    Sql::Statement orderOf(
        db, QStringLiteral("SELECT o.platform_order_no, o.tracking_no, (SELECT COALESCE(SUM(l.qty), 0) FROM "
                           "order_lines l WHERE l.order_id = o.id) FROM orders o WHERE o.id = ?"));
    auto &slotRows = d.rows[QStringLiteral("slots")];
    for (const PickSlots::Slot &s : PickSlots::forJob(db, jobId)) {
        QSqlQuery &order = orderOf.run({s.orderId});
        if (!order.next())
            continue;
        slotRows << QHash<QString, QString>{{QStringLiteral("slot"), QString::number(s.slot)},
                                            {QStringLiteral("slot.code"), PickSlots::code(jobId, s.slot)},
                                            {QStringLiteral("order.no"), order.value(0).toString()},
                                            {QStringLiteral("tracking.no"), order.value(1).toString()},
                                            {QStringLiteral("items"), order.value(2).toString()}};
        order.finish();
    }
    return d;
}
