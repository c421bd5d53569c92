#include "ContactLists.h"

#include "base/Actor.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace {
// The columns every list reads; %1 is the WHERE clause.
const char *kSelect =
    "SELECT o.id, o.platform_order_no, s.platform, s.name, o.buyer_nick, o.receiver_name, o.receiver_phone, "
    "o.phone_masked, o.paid_fen, o.goods_fen + o.shipping_fen, COALESCE(c.name, o.courier_code), "
    "o.tracking_no, "
    "o.created_at, o.paid_at, o.stage_changed_at, bc.operator, bc.at, bc.channel "
    "FROM orders o JOIN shops s ON s.id = o.shop_id "
    "LEFT JOIN couriers c ON c.code = o.courier_code "
    "LEFT JOIN buyer_contacts bc ON bc.order_id = o.id AND bc.kind = ? "
    "WHERE %1";

// Short item summaries per order ("标题×2", "标题等3件"), one query for the whole list.
QHash<qint64, QString> itemSummaries(const QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT l.order_id, l.title, l.qty FROM order_lines l "
                                          "WHERE l.order_id IN (SELECT o.id FROM orders o WHERE %1) "
                                          "ORDER BY l.order_id, l.line_no")
                               .arg(where),
                           binds);
    struct Acc {
        QString firstTitle;
        int firstQty = 0;
        int lines = 0;
        int qty = 0;
    };
    QHash<qint64, Acc> acc;
    while (q.next()) {
        Acc &a = acc[q.value(0).toLongLong()];
        if (a.lines == 0) {
            a.firstTitle = q.value(1).toString();
            a.firstQty = q.value(2).toInt();
        }
        ++a.lines;
        a.qty += q.value(2).toInt();
    }
    QHash<qint64, QString> out;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        const Acc &a = it.value();
        if (a.firstTitle.isEmpty())
            continue;
        if (a.lines == 1)
            out.insert(it.key(), a.firstQty > 1
                                     ? a.firstTitle + QStringLiteral("×") + QString::number(a.firstQty)
                                     : a.firstTitle);
        else
            out.insert(it.key(), a.firstTitle + QStringLiteral("等%1件").arg(a.qty));
    }
    return out;
}

QList<ContactRow> readRows(const QSqlDatabase &db, ContactKind kind, const QString &where,
                           const QVariantList &binds)
{
    QSqlQuery q =
        Sql::run(db, QString::fromLatin1(kSelect).arg(where), QVariantList{ContactKinds::code(kind)} + binds);
    const QHash<qint64, QString> items = itemSummaries(db, where, binds);
    QList<ContactRow> rows;
    while (q.next()) {
        ContactRow r;
        r.orderId = q.value(0).toLongLong();
        r.orderNo = q.value(1).toString();
        r.platform = q.value(2).toString();
        r.shop = q.value(3).toString();
        r.buyerNick = q.value(4).toString();
        r.receiverName = q.value(5).toString();
        r.phone = q.value(6).toString();
        r.phoneMasked = q.value(7).toInt() != 0;
        r.amountFen = q.value(8).toLongLong() > 0 ? q.value(8).toLongLong() : q.value(9).toLongLong();
        r.courier = q.value(10).toString();
        r.trackingNo = q.value(11).toString();
        r.createdAt = q.value(12).toString();
        r.paidAt = q.value(13).toString();
        r.shippedAt = q.value(14).toString();
        r.contactedBy = q.value(15).toString();
        r.contactedAt = q.value(16).toString();
        r.contactedChannel = q.value(17).toString();
        r.items = items.value(r.orderId);
        rows << r;
    }
    return rows;
}
} // namespace

int ContactLists::closeWindowHours(const QSqlDatabase &db, const QString &platform)
{
    const QVariant h = Sql::scalar(
        db, QStringLiteral("SELECT hours FROM payment_close_windows WHERE platform = ?"), {platform});
    if (h.isValid())
        return h.toInt();
    const QVariant other =
        Sql::scalar(db, QStringLiteral("SELECT hours FROM payment_close_windows WHERE platform = 'other'"));
    return other.isValid() ? other.toInt() : 72;
}

void ContactLists::setCloseWindowHours(const QSqlDatabase &db, const Actor &actor, const QString &platform,
                                       int hours)
{
    if (hours <= 0 || hours > 24 * 30)
        throw Error(QCoreApplication::translate("ContactLists", "A close window is 1 to 720 hours, not %1.")
                        .arg(hours));
    Transaction::run(db, [&](Transaction &tx) {
        const int before = closeWindowHours(db, platform);
        Sql::run(db,
                 QStringLiteral("INSERT INTO payment_close_windows (platform, hours) VALUES (?, ?) "
                                "ON CONFLICT (platform) DO UPDATE SET hours = excluded.hours"),
                 {platform, hours});
        AuditLog::record(db, actor, QStringLiteral("payment_close_window"), 0, QStringLiteral("set"),
                         {{QStringLiteral("platform"), platform}, {QStringLiteral("hours"), before}},
                         {{QStringLiteral("hours"), hours}});
        tx.commit();
    });
}

QList<ContactRow> ContactLists::unpaid(const QSqlDatabase &db)
{
    QList<ContactRow> rows = readRows(db, ContactKind::PaymentReminder, QStringLiteral("o.stage = ?"),
                                      {QStringLiteral("awaiting_payment")});
    QHash<QString, int> windows;
    const QDateTime now = Clock::nowUtc();
    for (ContactRow &r : rows) {
        if (!windows.contains(r.platform))
            windows.insert(r.platform, closeWindowHours(db, r.platform));
        const QDateTime created = Clock::fromText(r.createdAt);
        if (!created.isValid()) { // no creation time: treat as just created, say so in the list
            r.secondsLeft = qint64(windows.value(r.platform)) * 3600;
            continue;
        }
        const QDateTime closes = created.addSecs(qint64(windows.value(r.platform)) * 3600);
        r.ageSeconds = created.secsTo(now);
        r.secondsLeft = now.secsTo(closes);
        r.closesAt = Clock::toText(closes);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ContactRow &a, const ContactRow &b) { return a.secondsLeft < b.secondsLeft; });
    return rows;
}

QList<ContactRow> ContactLists::shipped(const QSqlDatabase &db, const QString &since)
{
    QString where = QStringLiteral("o.stage IN ('shipped', 'synced_back') AND o.tracking_no IS NOT NULL");
    QVariantList binds;
    if (!since.isEmpty()) {
        where += QStringLiteral(" AND o.stage_changed_at >= ?");
        binds << since;
    }
    QList<ContactRow> rows = readRows(db, ContactKind::ShippingNotice, where, binds);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ContactRow &a, const ContactRow &b) { return a.shippedAt > b.shippedAt; });
    return rows;
}

QList<ContactRow> ContactLists::forKind(const QSqlDatabase &db, ContactKind kind)
{
    return kind == ContactKind::PaymentReminder ? unpaid(db) : shipped(db);
}
