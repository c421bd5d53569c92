#pragma once

// Small hand-made warehouses for the review tests: a shop, SKUs with stock, orders as written.
#include "TestDatabase.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "orders/OrderStore.h"
#include "stock/SkuCatalog.h"
#include "stock/StockLedger.h"

#include <QTest>

namespace ReviewFixture {
inline qint64 shop(const QSqlDatabase &db)
{
    Sql::run(
        db,
        QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', '星河旗舰店', ?) "
                       "ON CONFLICT (platform, name) DO NOTHING"),
        {Clock::nowText()});
    return Sql::scalar(db, QStringLiteral("SELECT id FROM shops ORDER BY id LIMIT 1")).toLongLong();
}

inline qint64 sku(const QSqlDatabase &db, const QString &code, int onHand, qint64 priceFen = 5900,
                  const QString &presale = {}, int limit = 0)
{
    Transaction tx(db);
    Sku s;
    s.code = code;
    s.title = QStringLiteral("测试商品 ") + code;
    s.spec = QStringLiteral("颜色分类：黑色");
    s.priceFen = priceFen;
    s.location = QStringLiteral("A-01-01"); // SkuCatalog binds a null location as NULL
    s.presaleShipDate = presale;
    SkuCatalog::insert(db, s);
    if (onHand > 0)
        StockLedger::post(db, TestDatabase::actor(),
                          {s.id, StockBucket::OnHand, onHand, QStringLiteral("received"), {}, {}});
    Sql::run(db, QStringLiteral("UPDATE skus SET purchase_limit = ? WHERE id = ?"), {limit, s.id});
    tx.commit();
    return s.id;
}

inline Order order(qint64 shopId, const QString &no, QList<QPair<qint64, int>> lines = {})
{
    Order o;
    o.shopId = shopId;
    o.platformOrderNo = no;
    o.buyerNick = QStringLiteral("buyer-") + no;
    o.receiver = {QStringLiteral("王伟"),
                  QStringLiteral("13800138000"),
                  false,
                  QStringLiteral("浙江省"),
                  QStringLiteral("杭州市"),
                  QStringLiteral("西湖区"),
                  QStringLiteral("文三路123号阳光小区1幢101室"),
                  QStringLiteral("310000"),
                  QString()};
    // Each order its own phone, so only tests that mean it see duplicates or shared receivers.
    o.receiver.phone = QStringLiteral("1380013%1").arg(no.toInt() % 10000, 4, 10, QLatin1Char('0'));
    o.paidAt = Clock::toText(Clock::nowUtc().addSecs(-3600));
    o.createdAt = o.paidAt;
    int n = 0;
    for (const auto &[skuId, qty] : lines) {
        OrderLine l;
        l.skuId = skuId;
        l.outerCode = QStringLiteral("SKU%1").arg(skuId);
        l.qty = qty;
        l.priceFen = 5900;
        l.lineNo = ++n;
        o.lines << l;
        o.goodsFen += l.priceFen * qty;
    }
    o.paidFen = o.goodsFen;
    return o;
}

inline qint64 insert(const QSqlDatabase &db, Order o)
{
    Transaction tx(db);
    const qint64 id = OrderStore::insert(db, o);
    tx.commit();
    return id;
}

inline QString stageOf(const QSqlDatabase &db, qint64 id)
{
    return Sql::scalar(db, QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {id}).toString();
}

inline QStringList flagsOf(const QSqlDatabase &db, qint64 id)
{
    QStringList flags;
    QSqlQuery q =
        Sql::run(db, QStringLiteral("SELECT flag FROM order_flags WHERE order_id = ? ORDER BY flag"), {id});
    while (q.next())
        flags << q.value(0).toString();
    return flags;
}

inline QString reasonOf(const QSqlDatabase &db, qint64 id, const QString &flag)
{
    return Sql::scalar(db, QStringLiteral("SELECT reason FROM order_flags WHERE order_id = ? AND flag = ?"),
                       {id, flag})
        .toString();
}
} // namespace ReviewFixture
