#pragma once

#include "TestDatabase.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "orders/OrderStore.h"
#include "orders/StageMachine.h"

#include <QTest>

// Hand-made orders for the service-desk and report tests: every time is given, so the expected
// figures can be worked out on paper.
namespace ReportFixture {
inline QDateTime utc(const char *text)
{
    return Clock::fromText(QString::fromLatin1(text));
}

inline qint64 shop(const QSqlDatabase &db, const QString &name = QStringLiteral("星河旗舰店"),
                   const QString &platform = QStringLiteral("taobao"))
{
    Sql::run(
        db,
        QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES (?, ?, '2026-01-01 00:00:00')"),
        {platform, name});
    return Sql::scalar(db, QStringLiteral("SELECT id FROM shops WHERE name = ?"), {name}).toLongLong();
}

struct OrderSpec {
    QString no;
    Stage stage = Stage::Imported;
    QString createdAt;
    QString paidAt;
    QString phone = QStringLiteral("13800138000");
    bool masked = false;
    QString name = QStringLiteral("张伟");
    QString nick = QStringLiteral("tb张伟");
    qint64 goodsFen = 12800;
    QString title = QStringLiteral("纯棉短袖T恤");
    int qty = 1;
    QString courier;
    QString tracking;
    qint64 skuId = 0;
};

inline qint64 order(const QSqlDatabase &db, qint64 shopId, const OrderSpec &s)
{
    Order o;
    o.shopId = shopId;
    o.platformOrderNo = s.no;
    o.buyerNick = s.nick;
    o.receiver.name = s.name;
    o.receiver.phone = s.phone;
    o.receiver.phoneMasked = s.masked;
    o.receiver.province = QStringLiteral("浙江省");
    o.createdAt = s.createdAt;
    o.paidAt = s.paidAt;
    o.goodsFen = s.goodsFen;
    o.paidFen = s.paidAt.isEmpty() ? 0 : s.goodsFen;
    o.stage = s.stage;
    o.courierCode = s.courier;
    o.trackingNo = s.tracking;
    OrderLine l;
    l.title = s.title;
    l.qty = s.qty;
    l.priceFen = s.goodsFen / s.qty;
    l.skuId = s.skuId;
    o.lines << l;
    return OrderStore::insert(db, o);
}

// Moves an order along stages at the given UTC time, as `who`, through the stage machine.
inline void move(const QSqlDatabase &db, qint64 id, Stage from, Stage to, const char *at,
                 const QString &who = QStringLiteral("张三"))
{
    Clock::freezeAt(utc(at));
    const Result<> r = StageMachine::move(db, {who, QStringLiteral("PACK-01")}, {id, from, to, {}, {}});
    QVERIFY2(r.ok, qPrintable(r.message));
}
} // namespace ReportFixture
