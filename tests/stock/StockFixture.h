#pragma once
// Small builders for stock tests: SKUs with stock, a shop, orders in a given stage.

#include "base/Actor.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderStore.h"
#include "stock/SkuCatalog.h"
#include "stock/StockLedger.h"

#include <QList>
#include <QPair>

namespace StockFixture {
inline Actor actor() {
    return {QStringLiteral("tester"), QStringLiteral("TEST-01")};
}

inline qint64 sku(const QSqlDatabase &db, const QString &code, int onHand, const QString &location = {},
                  int safety = 0, const QStringList &barcodes = {}) {
    Transaction tx(db);
    Sku s;
    s.code = code;
    s.title = QStringLiteral("Item ") + code;
    s.location = location;
    s.safetyStock = safety;
    s.lowStockThreshold = 5;
    s.barcodes = barcodes;
    SkuCatalog::insert(db, s);
    StockLedger::post(
        db, actor(),
        {s.id, StockBucket::OnHand, onHand, QStringLiteral("received"), QStringLiteral("fixture"), {}});
    tx.commit();
    return s.id;
}

inline qint64 shop(const QSqlDatabase &db) {
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM shops WHERE name = 'Test shop'"));
    if (id.isValid())
        return id.toLongLong();
    return Sql::run(db,
                    QStringLiteral(
                        "INSERT INTO shops (platform, name, created_at) VALUES ('taobao', 'Test shop', ?)"),
                    {Clock::nowText()})
        .lastInsertId()
        .toLongLong();
}

// lines: (sku id, qty)
inline qint64 order(const QSqlDatabase &db, const QString &no, Stage stage,
                    const QList<QPair<qint64, int>> &lines, const QString &tracking = {}) {
    Transaction tx(db);
    Order o;
    o.shopId = shop(db);
    o.platformOrderNo = no;
    o.stage = stage;
    o.trackingNo = tracking;
    int n = 0;
    for (const auto &l : lines) {
        OrderLine line;
        line.lineNo = ++n;
        line.skuId = l.first;
        line.outerCode =
            Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {l.first}).toString();
        line.qty = l.second;
        o.lines << line;
    }
    const qint64 id = OrderStore::insert(db, o);
    tx.commit();
    return id;
}

inline int level(const QSqlDatabase &db, qint64 skuId, const char *column) {
    return Sql::scalar(
               db, QStringLiteral("SELECT %1 FROM stock_levels WHERE sku_id = ?").arg(QLatin1String(column)),
               {skuId})
        .toInt();
}
} // namespace StockFixture
