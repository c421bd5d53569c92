#include "Listings.h"

#include "OrderEditor.h"
#include "OrderStore.h"
#include "Stage.h"
#include "base/Clock.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ListingMatches", text);
}

// Stages whose orders wait for a person and may still be edited (see OrderEditor::refusal).
const char *const kWaiting = "('imported', 'awaiting_payment', 'on_hold')";

QJsonArray toJson(const QList<ListingComponent> &components)
{
    QJsonArray a;
    for (const ListingComponent &c : components)
        a.append(QJsonObject{{QStringLiteral("sku_id"), c.skuId},
                             {QStringLiteral("sku"), c.skuCode},
                             {QStringLiteral("qty"), c.qty}});
    return a;
}

QJsonObject keyJson(const ListingKey &k)
{
    return {{QStringLiteral("outer_code"), k.outerCode},
            {QStringLiteral("title"), k.title},
            {QStringLiteral("spec"), k.spec}};
}

QList<ListingComponent> componentsOf(const QSqlDatabase &db, qint64 listingId)
{
    QList<ListingComponent> list;
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT c.sku_id, s.code, c.qty FROM listing_components c JOIN skus s "
                                "ON s.id = c.sku_id WHERE c.listing_id = ? ORDER BY s.code"),
                 {listingId});
    while (q.next())
        list << ListingComponent{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
    return list;
}

std::optional<qint64> listingId(const QSqlDatabase &db, const ListingKey &k)
{
    const QVariant id = Sql::scalar(
        db, QStringLiteral("SELECT id FROM listings WHERE outer_code = ? AND title = ? AND spec = ?"),
        {Sql::text(k.outerCode), Sql::text(k.title), Sql::text(k.spec)});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

// Rewrites the lines of the orders that have `key` unmatched; returns how many it changed.
int applyToOrders(const QSqlDatabase &db, const ListingMap &map, const ListingKey &key)
{
    QSqlQuery found =
        key.outerCode.isEmpty()
            ? Sql::run(db,
                       QStringLiteral("SELECT DISTINCT order_id FROM order_lines WHERE sku_id IS NULL AND "
                                      "outer_code = '' AND title = ? AND spec = ?"),
                       {Sql::text(key.title), Sql::text(key.spec)})
            : Sql::run(db,
                       QStringLiteral("SELECT DISTINCT order_id FROM order_lines WHERE sku_id IS NULL AND "
                                      "outer_code = ?"),
                       {key.outerCode});
    QList<qint64> ids;
    while (found.next())
        ids << found.value(0).toLongLong();
    if (ids.isEmpty())
        return 0;
    OrderStore::lock(db, ids);

    Sql::Statement stageOf(db, QStringLiteral("SELECT stage, held_from_stage FROM orders WHERE id = ?"));
    Sql::Statement linesOf(
        db,
        QStringLiteral("SELECT line_no, sku_id, outer_code, title, spec, qty, price_fen, platform_line_id, "
                       "refund_status FROM order_lines WHERE order_id = ? ORDER BY line_no"));
    Sql::Statement drop(db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"));
    Sql::Statement insert(
        db, QStringLiteral("INSERT INTO order_lines (order_id, line_no, sku_id, outer_code, title, "
                           "spec, qty, price_fen, platform_line_id, refund_status) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Sql::Statement touch(db, QStringLiteral("UPDATE orders SET item_count = ?, version = version + 1, "
                                            "updated_at = ? WHERE id = ?"));
    Sql::Statement unflag(db, QStringLiteral("DELETE FROM order_flags WHERE order_id = ? AND flag = ?"));
    Sql::Statement reflag(
        db, QStringLiteral("UPDATE order_flags SET reason = ? WHERE order_id = ? AND flag = ?"));
    const QString now = Clock::nowText();
    int changed = 0;
    for (qint64 id : ids) {
        const std::optional<QVariantList> row = stageOf.firstRow({id});
        if (!row)
            continue;
        const auto stage = Stages::fromCode(row->at(0).toString());
        const auto heldFrom = Stages::fromCode(row->at(1).toString());
        if (!stage || !OrderEditor::editable(*stage, heldFrom))
            continue;
        QSqlQuery &read = linesOf.run({id});
        QList<OrderLine> lines;
        while (read.next()) {
            OrderLine l;
            l.lineNo = read.value(0).toInt();
            l.skuId = read.value(1).toLongLong();
            l.outerCode = read.value(2).toString();
            l.title = read.value(3).toString();
            l.spec = read.value(4).toString();
            l.qty = read.value(5).toInt();
            l.priceFen = read.value(6).toLongLong();
            l.platformLineId = read.value(7).toString();
            l.refundStatus = read.value(8).toString();
            if (l.skuId == 0 && ListingKey::of(l) == key)
                lines << map.resolve(l, {});
            else
                lines << l;
        }
        read.finish();
        drop.run({id});
        int lineNo = 0;
        int items = 0;
        QStringList unmatched;
        for (const OrderLine &l : lines) {
            insert.run({id, ++lineNo, l.skuId > 0 ? QVariant(l.skuId) : QVariant(), Sql::text(l.outerCode),
                        Sql::text(l.title), Sql::text(l.spec), l.qty, l.priceFen,
                        Sql::nullable(l.platformLineId), Sql::text(l.refundStatus)});
            items += l.qty;
            if (l.skuId == 0)
                unmatched << ListingKey::of(l).text();
        }
        touch.run({items, now, id});
        if (unmatched.isEmpty())
            unflag.run({id, ListingMatches::flagCode()});
        else
            reflag.run({ListingMatches::flagReason(unmatched), id, ListingMatches::flagCode()});
        ++changed;
    }
    return changed;
}

// Character pairs of a text without spaces, for likeness.
QSet<QString> pairs(const QString &text)
{
    QString t = text.toCaseFolded();
    t.remove(u' ');
    QSet<QString> set;
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        set.insert(t.mid(i, 2));
    return set;
}

double likeness(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype shared = 0;
    for (const QString &p : a)
        shared += b.contains(p) ? 1 : 0;
    return 2.0 * double(shared) / double(a.size() + b.size());
}
} // namespace

ListingKey ListingKey::of(const QString &outerCode, const QString &title, const QString &spec)
{
    const QString code = outerCode.trimmed();
    if (!code.isEmpty())
        return {code, QString(), QString()};
    return {QString(), title.trimmed(), spec.trimmed()};
}

QString ListingKey::text() const
{
    if (!outerCode.isEmpty())
        return outerCode;
    return spec.isEmpty() ? title : QStringLiteral("%1 [%2]").arg(title, spec);
}

size_t qHash(const ListingKey &key, size_t seed)
{
    return qHashMulti(seed, key.outerCode, key.title, key.spec);
}

ListingMap ListingMap::load(const QSqlDatabase &db)
{
    ListingMap map;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT l.outer_code, l.title, l.spec, c.sku_id, c.qty FROM listings l "
                                    "JOIN listing_components c ON c.listing_id = l.id "
                                    "ORDER BY l.id, c.sku_id"));
    while (q.next())
        map.m_map[ListingKey::of(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())]
            << ListingComponent{q.value(3).toLongLong(), QString(), q.value(4).toInt()};
    return map;
}

QList<OrderLine> ListingMap::resolve(const OrderLine &line, const QHash<QString, qint64> &skuByCode) const
{
    const auto it = m_map.isEmpty() ? m_map.cend() : m_map.constFind(ListingKey::of(line));
    if (it == m_map.cend() || it->isEmpty()) {
        OrderLine l = line;
        l.skuId = line.outerCode.isEmpty() ? 0 : skuByCode.value(line.outerCode, 0);
        return {l};
    }
    QList<OrderLine> out;
    for (const ListingComponent &c : *it) {
        OrderLine l = line;
        l.skuId = c.skuId;
        l.qty = line.qty * c.qty;
        // The line's amount stays whole: on the first component, nothing on the others.
        l.priceFen = out.isEmpty() ? line.priceFen * line.qty / l.qty : 0;
        out << l;
    }
    return out;
}

QString ListingMatches::flagCode()
{
    return QStringLiteral("unknown_sku");
}

QString ListingMatches::flagReason(const QStringList &listings)
{
    return tr("Unmatched listing (no SKU for it): %1. Match it in the review desk (Match listing…).")
        .arg(listings.join(QStringLiteral(", ")));
}

ListingMatches::Saved ListingMatches::saveAll(const QSqlDatabase &db, const Actor &actor,
                                              const QList<ListingMatch> &matches)
{
    for (const ListingMatch &m : matches) {
        if (m.listing.isEmpty())
            return {Result<>::failure(tr("A listing needs an outer code, or a title."))};
        if (m.components.isEmpty())
            return {Result<>::failure(tr("Listing %1: say which SKU it is.").arg(m.listing.text()))};
        for (const ListingComponent &c : m.components)
            if (c.qty <= 0 || c.qty > 10000)
                return {Result<>::failure(
                    tr("Listing %1: the quantity of a component is a whole number from 1 to 10000.")
                        .arg(m.listing.text()))};
    }
    return Transaction::run(db, [&](Transaction &tx) {
        Saved saved;
        const QString now = Clock::nowText();
        ListingMap map;
        for (const ListingMatch &m : matches) {
            const ListingKey &k = m.listing;
            QList<ListingComponent> before;
            std::optional<qint64> id = listingId(db, k);
            if (id) {
                before = componentsOf(db, *id);
                Sql::run(db,
                         QStringLiteral("UPDATE listings SET updated_at = ?, updated_by = ? WHERE id = ?"),
                         {now, Sql::text(actor.operatorName), *id});
                Sql::run(db, QStringLiteral("DELETE FROM listing_components WHERE listing_id = ?"), {*id});
            } else {
                id = Sql::insert(db,
                                 QStringLiteral("INSERT INTO listings (outer_code, title, spec, updated_at, "
                                                "updated_by) VALUES (?, ?, ?, ?, ?)"),
                                 {Sql::text(k.outerCode), Sql::text(k.title), Sql::text(k.spec), now,
                                  Sql::text(actor.operatorName)});
            }
            QSet<qint64> seen;
            for (const ListingComponent &c : m.components) {
                if (seen.contains(c.skuId))
                    return Saved{Result<>::failure(tr("Listing %1: a SKU is named twice.").arg(k.text()))};
                seen.insert(c.skuId);
                if (!Sql::scalar(db, QStringLiteral("SELECT id FROM skus WHERE id = ?"), {c.skuId}).isValid())
                    return Saved{Result<>::failure(tr("SKU %1 does not exist.").arg(c.skuId))};
                Sql::run(db,
                         QStringLiteral(
                             "INSERT INTO listing_components (listing_id, sku_id, qty) VALUES (?, ?, ?)"),
                         {*id, c.skuId, c.qty});
            }
            map.insert(m);
            const int orders = applyToOrders(db, map, k);
            saved.ordersChanged += orders;
            QJsonObject after = keyJson(k);
            after.insert(QStringLiteral("components"), toJson(componentsOf(db, *id)));
            after.insert(QStringLiteral("orders_fixed"), orders);
            AuditLog::record(db, actor, QStringLiteral("listing"), *id, QStringLiteral("match"),
                             before.isEmpty() ? QJsonObject()
                                              : QJsonObject{{QStringLiteral("components"), toJson(before)}},
                             after);
        }
        tx.commit();
        return saved;
    });
}

ListingMatches::Saved ListingMatches::save(const QSqlDatabase &db, const Actor &actor,
                                           const ListingMatch &match)
{
    return saveAll(db, actor, {match});
}

QList<ListingMatch> ListingMatches::all(const QSqlDatabase &db)
{
    QList<ListingMatch> list;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT l.id, l.outer_code, l.title, l.spec, s.code, c.sku_id, c.qty "
                                    "FROM listings l JOIN listing_components c ON c.listing_id = l.id "
                                    "JOIN skus s ON s.id = c.sku_id "
                                    "ORDER BY l.outer_code, l.title, l.spec, l.id, s.code"));
    qint64 last = 0;
    while (q.next()) {
        if (q.value(0).toLongLong() != last) {
            last = q.value(0).toLongLong();
            list << ListingMatch{
                ListingKey::of(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()), {}};
        }
        list.last().components << ListingComponent{q.value(5).toLongLong(), q.value(4).toString(),
                                                   q.value(6).toInt()};
    }
    return list;
}

std::optional<ListingMatch> ListingMatches::find(const QSqlDatabase &db, const ListingKey &key)
{
    const std::optional<qint64> id = listingId(db, key);
    if (!id)
        return std::nullopt;
    return ListingMatch{key, componentsOf(db, *id)};
}

QList<ListingMatches::Unmatched> ListingMatches::unmatched(const QSqlDatabase &db, int limit)
{
    QList<Unmatched> list;
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT l.outer_code, CASE WHEN l.outer_code = '' THEN l.title ELSE '' END AS t, "
            "CASE WHEN l.outer_code = '' THEN l.spec ELSE '' END AS s, COUNT(DISTINCT l.order_id) AS n "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE l.sku_id IS NULL AND o.stage IN %1 "
            "GROUP BY l.outer_code, t, s ORDER BY n DESC, l.outer_code, t, s LIMIT ?")
            .arg(QLatin1String(kWaiting)),
        {limit});
    while (q.next())
        list << Unmatched{ListingKey::of(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()),
                          q.value(3).toLongLong()};
    return list;
}

ListingMatches::Summary ListingMatches::summary(const QSqlDatabase &db)
{
    const auto row = Sql::firstRow(
        db, QStringLiteral("SELECT COUNT(DISTINCT l.order_id), COUNT(DISTINCT l.outer_code || '|' || "
                           "CASE WHEN l.outer_code = '' THEN l.title || '|' || l.spec ELSE '' END) "
                           "FROM order_lines l JOIN orders o ON o.id = l.order_id "
                           "WHERE l.sku_id IS NULL AND o.stage IN %1")
                .arg(QLatin1String(kWaiting)));
    return row ? Summary{row->at(0).toLongLong(), row->at(1).toLongLong()} : Summary{};
}

QString ListingMatches::summaryText(const Summary &s)
{
    const QLocale locale;
    return tr("Unmatched listing: %1 orders, %2 listings")
        .arg(locale.toString(s.orders), locale.toString(s.listings));
}

ListingKey ListingMatches::firstUnmatchedOf(const QSqlDatabase &db, qint64 orderId)
{
    const auto row =
        Sql::firstRow(db,
                      QStringLiteral("SELECT outer_code, title, spec FROM order_lines WHERE order_id = ? "
                                     "AND sku_id IS NULL ORDER BY line_no"),
                      {orderId});
    return row ? ListingKey::of(row->at(0).toString(), row->at(1).toString(), row->at(2).toString())
               : ListingKey();
}

QList<ListingMatches::Suggestion> ListingMatches::suggest(const QSqlDatabase &db, const ListingKey &listing,
                                                          int limit)
{
    // What earlier mappings of the same title chose (another spec, or the same product under a code).
    QSet<qint64> remembered;
    if (!listing.title.isEmpty()) {
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT c.sku_id FROM listings l JOIN listing_components c ON "
                                              "c.listing_id = l.id WHERE l.title = ?"),
                               {listing.title});
        while (q.next())
            remembered.insert(q.value(0).toLongLong());
    }
    const QSet<QString> wanted = pairs(listing.outerCode + listing.title + listing.spec);
    QList<Suggestion> list;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id, code, title, spec FROM skus"));
    while (q.next()) {
        Suggestion s{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), 0};
        s.score =
            likeness(wanted, pairs(s.code + s.title + s.spec)) + (remembered.contains(s.skuId) ? 1.0 : 0.0);
        if (s.score > 0)
            list << s;
    }
    std::stable_sort(list.begin(), list.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score != b.score ? a.score > b.score : a.code < b.code;
    });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

QList<ListingMatches::Suggestion> ListingMatches::search(const QSqlDatabase &db, const QString &text,
                                                         int limit)
{
    QString pattern = text.trimmed().toLower();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    QList<Suggestion> list;
    QSqlQuery q =
        Sql::run(db,
                 QStringLiteral("SELECT id, code, title, spec FROM skus WHERE LOWER(code) LIKE ? ESCAPE '\\' "
                                "OR LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(spec) LIKE ? ESCAPE '\\' "
                                "ORDER BY code LIMIT ?"),
                 {pattern, pattern, pattern, limit});
    while (q.next())
        list << Suggestion{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), 0};
    return list;
}
