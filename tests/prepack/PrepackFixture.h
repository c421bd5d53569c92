#pragma once

// Small builders for pre-pack tests: SKUs with stock, orders submitted with their reservation,
// and the check that every stock level equals the sum of its ledger rows.
#include "TestDatabase.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderStore.h"
#include "orders/StageMachine.h"
#include "stock/Reservations.h"
#include "stock/SkuCatalog.h"
#include "stock/StockLedger.h"

#include <QTest>
#include <QTimeZone>

namespace Fixture {
inline Actor actor()
{
    return TestDatabase::actor();
}

inline qint64 addSku(const QSqlDatabase &db, const QString &code, const QString &location, int onHand,
                     const QString &barcode = {})
{
    Transaction tx(db);
    Sku s;
    s.code = code;
    s.title = QStringLiteral("爆款 ") + code;
    s.spec = QStringLiteral("尺码：M");
    s.location = location;
    if (!barcode.isEmpty())
        s.barcodes << barcode;
    const qint64 id = SkuCatalog::insert(db, s);
    if (onHand > 0)
        StockLedger::post(db, actor(), {id, StockBucket::OnHand, onHand, QStringLiteral("received"), {}, {}});
    tx.commit();
    return id;
}

inline qint64 shopId(const QSqlDatabase &db)
{
    Sql::run(db, QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', '测试店', "
                                "'2026-11-01 00:00:00') ON CONFLICT (platform, name) DO NOTHING"));
    return Sql::scalar(db, QStringLiteral("SELECT id FROM shops WHERE name = '测试店'")).toLongLong();
}

struct Line {
    qint64 skuId;
    int qty;
};

// An order in Imported with the given lines; buyer and phone for limit checks.
inline qint64 addOrder(const QSqlDatabase &db, const QString &no, const QList<Line> &lines,
                       const QString &buyer = QStringLiteral("buyer"),
                       const QString &phone = QStringLiteral("13800138000"))
{
    Transaction tx(db);
    Order o;
    o.shopId = shopId(db);
    o.platformOrderNo = no;
    o.buyerNick = buyer;
    o.receiver.name = QStringLiteral("张三");
    o.receiver.phone = phone;
    o.receiver.province = QStringLiteral("浙江省");
    o.receiver.city = QStringLiteral("杭州市");
    o.receiver.district = QStringLiteral("西湖区");
    o.receiver.address = QStringLiteral("文三路 ") + no;
    o.paidAt = QStringLiteral("2026-11-11 00:00:0%1").arg(int(no.right(1).toInt() % 10));
    o.stage = Stage::Imported;
    int n = 0;
    for (const Line &l : lines) {
        const QString code =
            Sql::scalar(db, QStringLiteral("SELECT code FROM skus WHERE id = ?"), {l.skuId}).toString();
        o.lines << OrderLine{0, ++n, l.skuId, code, code, {}, l.qty, 9900, {}, QStringLiteral("none")};
    }
    const qint64 id = OrderStore::insert(db, o);
    tx.commit();
    return id;
}

inline QString stageOf(const QSqlDatabase &db, qint64 orderId)
{
    return Sql::scalar(db, QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {orderId}).toString();
}

// (Imported →) Reviewed → Submitted with its reservation, as the review desk submits.
inline void submit(const QSqlDatabase &db, qint64 orderId)
{
    if (stageOf(db, orderId) == u"imported") // the review desk may have approved it already
        QVERIFY(StageMachine::move(db, actor(), {orderId, Stage::Imported, Stage::Reviewed, {}, {}}).ok);
    Transaction tx(db);
    QVERIFY(Reservations::reserveOrder(db, actor(), orderId).isEmpty());
    QVERIFY(StageMachine::apply(db, actor(), {orderId, Stage::Reviewed, Stage::Submitted, {}, {}}).ok);
    tx.commit();
}

// Submitted → Printed, standing in for the print queue.
inline void markPrinted(const QSqlDatabase &db, qint64 orderId)
{
    Sql::run(db, QStringLiteral("UPDATE orders SET tracking_no = ? WHERE id = ?"),
             {QStringLiteral("ZT%1").arg(orderId, 10, 10, QLatin1Char('0')), orderId});
    QVERIFY(StageMachine::move(db, actor(), {orderId, Stage::Submitted, Stage::Printed, {}, {}}).ok);
}

inline QString trackingOf(const QSqlDatabase &db, qint64 orderId)
{
    return Sql::scalar(db, QStringLiteral("SELECT tracking_no FROM orders WHERE id = ?"), {orderId})
        .toString();
}

struct Levels {
    int onHand = 0;
    int reserved = 0;
    int prepacked = 0;
};

inline Levels levels(const QSqlDatabase &db, qint64 skuId)
{
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT on_hand, reserved, prepacked FROM stock_levels WHERE sku_id = ?"),
                 {skuId});
    q.next();
    return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

// Rows where a level differs from its ledger sum (0: the ledger and the levels agree), and
// rows that break prepacked ≤ on_hand.
inline qint64 ledgerMismatches(const QSqlDatabase &db)
{
    return countRows(
        db, QStringLiteral(
                "SELECT COUNT(*) FROM stock_levels l WHERE "
                "l.on_hand <> (SELECT COALESCE(SUM(delta), 0) FROM stock_ledger g WHERE g.sku_id = l.sku_id "
                "AND g.bucket = 'on_hand') OR "
                "l.reserved <> (SELECT COALESCE(SUM(delta), 0) FROM stock_ledger g WHERE g.sku_id = l.sku_id "
                "AND g.bucket = 'reserved') OR "
                "l.prepacked <> (SELECT COALESCE(SUM(delta), 0) FROM stock_ledger g WHERE g.sku_id = "
                "l.sku_id AND g.bucket = 'prepacked') OR l.prepacked > l.on_hand"));
}
} // namespace Fixture
