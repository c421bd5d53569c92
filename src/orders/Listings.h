#pragma once

#include "Order.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What a platform sold, as it names it: its outer code (商家编码) when the line has one, else its
// title and spec. The same listing on every order is the same key.
struct ListingKey {
    QString outerCode;
    QString title; // empty for a code listing
    QString spec;  // empty for a code listing
    static ListingKey of(const QString &outerCode, const QString &title, const QString &spec);
    static ListingKey of(const OrderLine &line) { return of(line.outerCode, line.title, line.spec); }
    bool isEmpty() const { return outerCode.isEmpty() && title.isEmpty() && spec.isEmpty(); }
    // For people: the code, or "title [spec]".
    QString text() const;
    bool operator==(const ListingKey &) const = default;
};
size_t qHash(const ListingKey &key, size_t seed = 0);

struct ListingComponent {
    qint64 skuId = 0;
    QString skuCode; // filled when read back, for people and CSV
    int qty = 1;
};

// 商品对应: one listing → one SKU × qty, or several (a combo/套装 → its components × qty).
struct ListingMatch {
    ListingKey listing;
    QList<ListingComponent> components;
    bool isCombo() const { return components.size() > 1; }
};

// The mappings, read once (per import file or per mapping saved) to resolve lines without a
// query each.
class ListingMap {
public:
    static ListingMap load(const QSqlDatabase &db);
    void insert(const ListingMatch &match) { m_map.insert(match.listing, match.components); }
    bool isEmpty() const { return m_map.isEmpty(); }
    // The lines stored for one platform line. A mapping of its listing wins; else an outer code in
    // the catalog (skuByCode) is its SKU; else the line comes back with skuId 0 (unmatched). A
    // combo gives one line per component, each with the listing's code, title and spec beside
    // it, quantity line × component, and the line's whole amount on the first.
    QList<OrderLine> resolve(const OrderLine &line, const QHash<QString, qint64> &skuByCode) const;

private:
    QHash<ListingKey, QList<ListingComponent>> m_map;
};

namespace ListingMatches {
// Why a line is unmatched, for the order's flag ("unknown_sku", shown as "Unmatched listing").
QString flagCode();
QString flagReason(const QStringList &listings);

// Saves the mapping of match.listing (replacing an earlier one) and applies it to every order whose
// lines have that listing unmatched and may still be edited: their lines become the SKU lines, and
// the flag goes when nothing is left unmatched. One transaction with one audit row; the orders are
// locked (OrderStore::lock). ordersChanged: how many orders it fixed.
struct Saved {
    Result<> result;
    int ordersChanged = 0;
};
Saved save(const QSqlDatabase &db, const Actor &actor, const ListingMatch &match);
// Several at once (a CSV file): all or nothing, one audit row each.
Saved saveAll(const QSqlDatabase &db, const Actor &actor, const QList<ListingMatch> &matches);
QList<ListingMatch> all(const QSqlDatabase &db);
std::optional<ListingMatch> find(const QSqlDatabase &db, const ListingKey &key);

// Unmatched listings on orders that wait for a person, most orders first.
struct Unmatched {
    ListingKey listing;
    qint64 orders = 0;
};
QList<Unmatched> unmatched(const QSqlDatabase &db, int limit = 1000);
// "unmatched listing: 12,345 orders, 37 listings" for the review desk.
struct Summary {
    qint64 orders = 0;
    qint64 listings = 0;
};
Summary summary(const QSqlDatabase &db);
QString summaryText(const Summary &s);
// The first unmatched listing of an order (empty key when it has none).
ListingKey firstUnmatchedOf(const QSqlDatabase &db, qint64 orderId);

// SKUs most like a listing (title and spec against each SKU's code, title and spec, by shared
// character pairs), best first; a SKU an earlier mapping of the same title chose comes first.
struct Suggestion {
    qint64 skuId = 0;
    QString code;
    QString title;
    QString spec;
    double score = 0;
};
QList<Suggestion> suggest(const QSqlDatabase &db, const ListingKey &listing, int limit = 8);
// SKUs whose code, title or spec contain text (the catalog search of "Match listing…").
QList<Suggestion> search(const QSqlDatabase &db, const QString &text, int limit = 50);
} // namespace ListingMatches
