#include "orders/OrdersQuery.h"

#include <QRegularExpression>

OrdersQuery OrdersQuery::from(const OrdersFilter &f, bool stageByIndex)
{
    QStringList parts;
    OrdersQuery q;
    auto add = [&](const QString &fragment, const QVariantList &values) {
        parts << fragment;
        for (const QVariant &v : values)
            q.values << v;
    };
    const QString s = f.search.trimmed();
    if (f.stage)
        // "stage || ''" is the same test on an expression no index has (portable, unlike "+stage").
        // A search's own indexes find a handful of orders; without statistics SQLite would rather
        // walk the stage's index, every order of a million-order queue, to test each.
        add(stageByIndex && s.isEmpty() ? QStringLiteral("stage = ?") : QStringLiteral("stage || '' = ?"),
            {Stages::code(*f.stage)});
    if (f.flag == u"*")
        add(QStringLiteral("id IN (SELECT order_id FROM order_flags)"), {});
    else if (!f.flag.isEmpty())
        add(QStringLiteral("id IN (SELECT order_id FROM order_flags WHERE flag = ?)"), {f.flag});
    if (f.courier == u"-")
        add(QStringLiteral("courier_code IS NULL"), {});
    else if (!f.courier.isEmpty())
        add(QStringLiteral("courier_code = ?"), {f.courier});
    if (!f.province.trimmed().isEmpty())
        add(QStringLiteral("receiver_province LIKE ?"), {QString(f.province.trimmed() + u'%')});
    if (!f.city.trimmed().isEmpty())
        add(QStringLiteral("receiver_city LIKE ?"), {QString(f.city.trimmed() + u'%')});
    if (!f.skuCode.trimmed().isEmpty())
        add(QStringLiteral("id IN (SELECT order_id FROM order_lines WHERE sku_id IN (SELECT id FROM skus "
                           "WHERE code = ?) "
                           "OR (sku_id IS NULL AND outer_code = ?))"),
            {f.skuCode.trimmed(), f.skuCode.trimmed()});
    if (f.shopId > 0)
        add(QStringLiteral("shop_id = ?"), {f.shopId});
    if (!f.paidFrom.isEmpty())
        add(QStringLiteral("paid_at >= ?"), {f.paidFrom});
    if (!f.paidTo.isEmpty())
        add(QStringLiteral("paid_at < ?"), {f.paidTo});
    if (f.hasNote)
        add(QStringLiteral("(buyer_message <> '' OR seller_memo <> '')"), {});
    if (!s.isEmpty()) {
        static const QRegularExpression tail(QStringLiteral("^\\d{4}$"));
        if (tail.match(s).hasMatch())
            // The expression of the orders_phone_tail index, as the migration writes it.
            add(QStringLiteral(
                    "(substr(receiver_phone, length(receiver_phone) - 3) = ? OR platform_order_no = ?)"),
                {s, s});
        else
            // Exact matches only: each term has its index, so SQLite answers the OR from indexes.
            add(QStringLiteral(
                    "(platform_order_no = ? OR tracking_no = ? OR buyer_nick = ? OR receiver_name = ? "
                    "OR receiver_phone = ?)"),
                {s, s, s, s, s});
    }
    if (!parts.isEmpty())
        q.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return q;
}
