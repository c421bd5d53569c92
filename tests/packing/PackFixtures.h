#pragma once
// Orders built for pack-station tests: chosen SKUs and quantities, Printed with a tracking number,
// stock received and reserved as if the order had gone through submit.

#include "TestDatabase.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderStore.h"
#include "stock/Reservations.h"
#include "stock/StockLedger.h"

#include <QTest>

namespace PackFixtures {
struct Line {
    qint64 skuId;
    int qty;
};

inline qint64 skuId(TestDatabase &t, int index)
{
    return Sql::scalar(t.connection(), QStringLiteral("SELECT id FROM skus ORDER BY id LIMIT 1 OFFSET ?"),
                       {index})
        .toLongLong();
}

inline QString barcode(TestDatabase &t, qint64 sku)
{
    return Sql::scalar(t.connection(),
                       QStringLiteral("SELECT barcode FROM sku_barcodes WHERE sku_id = ? ORDER BY barcode"),
                       {sku})
        .toString();
}

inline qint64 printedOrder(TestDatabase &t, const QString &tracking, const QList<Line> &lines,
                           const QString &courier = QStringLiteral("ZTO"), const QString &message = {})
{
    const QSqlDatabase db = t.connection();
    Transaction tx(db);
    Order o;
    o.shopId = Sql::scalar(db, QStringLiteral("SELECT MIN(id) FROM shops")).toLongLong();
    o.platformOrderNo = QStringLiteral("T") + tracking;
    o.buyerNick = QStringLiteral("buyer");
    o.receiver.city = QString::fromUtf8("杭州市");
    o.buyerMessage = message;
    o.paidAt = Clock::nowText();
    o.stage = Stage::Printed;
    o.courierCode = courier;
    o.trackingNo = tracking;
    for (const Line &l : lines) {
        OrderLine ol;
        ol.skuId = l.skuId;
        ol.outerCode =
            Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {l.skuId}).toString();
        ol.qty = l.qty;
        o.lines << ol;
        StockLedger::post(db, TestDatabase::actor(),
                          {l.skuId,
                           StockBucket::OnHand,
                           l.qty + 10,
                           QStringLiteral("received"),
                           QStringLiteral("test"),
                           {}});
    }
    OrderStore::insert(db, o);
    if (!Reservations::reserveOrder(db, TestDatabase::actor(), o.id).isEmpty())
        qFatal("fixture order could not be reserved");
    tx.commit();
    return o.id;
}

inline QString stageOf(TestDatabase &t, qint64 orderId)
{
    return Sql::scalar(t.connection(), QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {orderId})
        .toString();
}
} // namespace PackFixtures
