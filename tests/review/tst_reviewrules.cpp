// Each review rule flags what it should with a readable reason, and leaves normal orders alone;
// a re-run replaces only rule flags; settings switch rules and thresholds; priority and cut-off.
#include "ReviewFixture.h"
#include "review/CutOff.h"
#include "review/ReviewSettings.h"
#include "review/RuleEngine.h"
#include "review/rules/DuplicateRule.h"
#include "review/rules/MessageRule.h"
#include "review/rules/RuleSet.h"

#include <QJsonObject>

using namespace ReviewFixture;

class TestReviewRules : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 m_shop = 0;
    qint64 m_sku = 0;

    qint64 add(Order o) { return insert(db(), std::move(o)); }
    Order plain(const QString &no) { return order(m_shop, no, {{m_sku, 1}}); }
    void run() { RuleEngine::run(db(), TestDatabase::actor()); }

private slots:
    void init()
    {
        Clock::freezeAt(QDateTime(QDate(2026, 11, 11), QTime(2, 0), Qt::UTC)); // 10:00 in China
        m_db = std::make_unique<TestDatabase>();
        m_shop = shop(db());
        m_sku = sku(db(), QStringLiteral("TS1001"), 100);
    }
    void cleanup()
    {
        m_db.reset();
        Clock::freezeAt({});
    }

    void normalOrderGetsNoFlag()
    {
        const qint64 id = add(plain(QStringLiteral("1")));
        run();
        QCOMPARE(flagsOf(db(), id), QStringList());
    }

    void messageAndMemo()
    {
        Order o = plain(QStringLiteral("1"));
        o.buyerMessage = QStringLiteral("不要放快递柜");
        o.sellerMemo = QStringLiteral("送试用装");
        const qint64 id = add(o);
        Order blank = plain(QStringLiteral("2"));
        blank.buyerMessage = QStringLiteral("   ");
        const qint64 other = add(blank);
        run();
        QCOMPARE(flagsOf(db(), id),
                 (QStringList{QStringLiteral("buyer_message"), QStringLiteral("seller_memo")}));
        QVERIFY(reasonOf(db(), id, QStringLiteral("buyer_message")).contains(QStringLiteral("不要放快递柜")));
        QCOMPARE(flagsOf(db(), other), QStringList());
    }

    void address()
    {
        Order unparsed = plain(QStringLiteral("1"));
        unparsed.receiver.province.clear();
        unparsed.receiver.city.clear();
        unparsed.receiver.raw = QStringLiteral("火星 某某基地");
        Order shortStreet = plain(QStringLiteral("2"));
        shortStreet.receiver.address = QStringLiteral("门口");
        Order noStreet = plain(QStringLiteral("3"));
        noStreet.receiver.address.clear();
        Order noDistrict = plain(QStringLiteral("4")); // 东莞市 has no district: fine
        noDistrict.receiver.district.clear();
        const qint64 a = add(unparsed), b = add(shortStreet), c = add(noStreet), d = add(noDistrict);
        run();
        QCOMPARE(flagsOf(db(), a), QStringList{QStringLiteral("address")});
        QVERIFY(reasonOf(db(), a, QStringLiteral("address")).contains(QStringLiteral("火星 某某基地")));
        QCOMPARE(flagsOf(db(), b), QStringList{QStringLiteral("address")});
        QCOMPARE(flagsOf(db(), c), QStringList{QStringLiteral("address")});
        QCOMPARE(flagsOf(db(), d), QStringList());
    }

    void phone()
    {
        Order none = plain(QStringLiteral("1"));
        none.receiver.phone.clear();
        Order wrong = plain(QStringLiteral("2"));
        wrong.receiver.phone = QStringLiteral("12345");
        Order masked = plain(QStringLiteral("3"));
        masked.receiver.phone = QStringLiteral("138****8000");
        masked.receiver.phoneMasked = true;
        Order landline = plain(QStringLiteral("4"));
        landline.receiver.phone = QStringLiteral("0571-88888888");
        const qint64 a = add(none), b = add(wrong), c = add(masked), d = add(landline);
        run();
        QCOMPARE(flagsOf(db(), a), QStringList{QStringLiteral("phone")});
        QVERIFY(reasonOf(db(), b, QStringLiteral("phone")).contains(QStringLiteral("12345")));
        QCOMPARE(flagsOf(db(), c), QStringList());
        QCOMPARE(flagsOf(db(), d), QStringList());
    }

    void unknownSku()
    {
        Order o = plain(QStringLiteral("1"));
        OrderLine l;
        l.outerCode = QStringLiteral("NOPE-9");
        l.qty = 1;
        o.lines << l;
        const qint64 id = add(o);
        const qint64 ok = add(plain(QStringLiteral("2")));
        run();
        QCOMPARE(flagsOf(db(), id), QStringList{QStringLiteral("unknown_sku")});
        QVERIFY(reasonOf(db(), id, QStringLiteral("unknown_sku")).contains(QStringLiteral("NOPE-9")));
        QCOMPARE(flagsOf(db(), ok), QStringList());
    }

    void outOfStockInQueueOrder()
    {
        const qint64 scarce = sku(db(), QStringLiteral("HD2002"), 3);
        Order first = order(m_shop, QStringLiteral("1"), {{scarce, 2}});
        first.paidAt = QStringLiteral("2026-11-11 00:00:00");
        Order second = order(m_shop, QStringLiteral("2"), {{scarce, 2}});
        second.paidAt = QStringLiteral("2026-11-11 00:10:00");
        Order third = order(m_shop, QStringLiteral("3"), {{scarce, 1}});
        third.paidAt = QStringLiteral("2026-11-11 00:20:00");
        // Same priority: paid order decides who gets the three units.
        for (Order *o : {&first, &second, &third})
            o->receiver.city = QStringLiteral("南京市");
        const qint64 a = add(first), b = add(second), c = add(third);
        run();
        QCOMPARE(flagsOf(db(), a), QStringList());
        QCOMPARE(flagsOf(db(), b), QStringList{QStringLiteral("out_of_stock")});
        const QString why = reasonOf(db(), b, QStringLiteral("out_of_stock"));
        QVERIFY2(why.contains(QStringLiteral("HD2002 needs 2, 0 left")), qPrintable(why));
        QCOMPARE(flagsOf(db(), c), QStringList()); // single item: first in the queue, paid last or not
    }

    // A run reads its orders 2,000 at a time: stock still goes in queue order over all of them,
    // and a duplicate pair is found across batches.
    void stockAndDuplicatesAcrossBatches()
    {
        constexpr int kOrders = 4500;
        const qint64 scarce = sku(db(), QStringLiteral("HD3003"), 4000);
        QList<qint64> ids;
        for (int i = 0; i < kOrders; ++i) {
            Order o = order(m_shop, QString::number(10000 + i), {{scarce, 1}});
            // Later orders were paid earlier: the queue runs backwards through the ids.
            o.paidAt =
                Clock::toText(QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC).addSecs(kOrders - i));
            o.receiver.phone = QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
            ids << add(o);
        }
        // The first and the last order: same receiver, same items, paid 75 minutes apart.
        Sql::run(db(), QStringLiteral("UPDATE orders SET receiver_phone = '13900009999' WHERE id IN (?, ?)"),
                 {ids.first(), ids.last()});
        const RuleRunSummary summary = RuleEngine::run(db(), TestDatabase::actor());
        QCOMPARE(summary.orders, kOrders);
        QCOMPARE(summary.byFlag.value(QStringLiteral("out_of_stock")), kOrders - 4000);
        QCOMPARE(summary.byFlag.value(QStringLiteral("duplicate")), 2);
        QCOMPARE(summary.flaggedOrders, kOrders - 4000 + 1); // the last order is the second duplicate
        // The 500 paid last (the first ids) are short; the 4,000 paid first are not.
        for (int i : {0, 250, 499})
            QVERIFY2(flagsOf(db(), ids.at(i)).contains(QStringLiteral("out_of_stock")),
                     qPrintable(QString::number(i)));
        for (int i : {500, 2000, 2001, 4000, kOrders - 2})
            QCOMPARE(flagsOf(db(), ids.at(i)), QStringList());
        QCOMPARE(flagsOf(db(), ids.last()), QStringList{QStringLiteral("duplicate")});
        QVERIFY(reasonOf(db(), ids.last(), QStringLiteral("duplicate")).contains(QStringLiteral("10000")));

        // Stock arrives for everyone: a re-run clears the flags it no longer owes.
        Sql::run(db(), QStringLiteral("UPDATE stock_levels SET on_hand = on_hand + 1000 WHERE sku_id = ?"),
                 {scarce});
        const RuleRunSummary again = RuleEngine::run(db(), TestDatabase::actor());
        QCOMPARE(again.byFlag.value(QStringLiteral("out_of_stock")), 0);
        QCOMPARE(flagsOf(db(), ids.first()), QStringList{QStringLiteral("duplicate")});
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE flag = 'out_of_stock'"))
                .toInt(),
            0);
    }

    // The rules' new flags go in bulk (on a server: COPY into a staging table, one INSERT … SELECT
    // per batch): over three batches each flag lands once, on its own order, beside an import's
    // flag with the same code (which stays as the import wrote it) and an earlier run's flags
    // (reworded, removed or kept); a second run writes nothing.
    void bulkFlagsLandOncePerOrder()
    {
        constexpr int kOrders = 4100;
        const qint64 scarce = sku(db(), QStringLiteral("HD4004"), kOrders - 100);
        // Text that COPY must carry as it is, naming its own order.
        auto message = [](int i) {
            return QStringLiteral("第%1单\t\"快\"\\递\n柜 \\N").arg(i);
        };
        QList<qint64> ids;
        {
            Transaction tx(db());
            for (int i = 0; i < kOrders; ++i) {
                Order o = order(m_shop, QString::number(20000 + i), {{scarce, 1}});
                o.buyerMessage = message(i);
                if (i % 3 == 0) {
                    OrderLine l;
                    l.outerCode = QStringLiteral("NOPE-%1").arg(i);
                    l.qty = 1;
                    l.lineNo = 2;
                    o.lines << l;
                }
                ids << OrderStore::insert(db(), o);
            }
            for (int i = 0; i < kOrders; ++i) {
                const qint64 id = ids.at(i);
                if (i % 6 == 0) // the import's own unknown_sku flag
                    Sql::run(db(),
                             QStringLiteral("INSERT INTO order_flags (order_id, flag, reason, source) VALUES "
                                            "(?, 'unknown_sku', ?, 'import')"),
                             {id, QStringLiteral("导入 %1").arg(i)});
                if (i % 7 == 0) // an earlier run's reason, out of date now
                    Sql::run(db(),
                             QStringLiteral("INSERT INTO order_flags (order_id, flag, reason, source) VALUES "
                                            "(?, 'buyer_message', 'old', 'rule')"),
                             {id});
                if (i % 11 == 0) // an earlier run's flag the rules no longer owe
                    Sql::run(db(),
                             QStringLiteral("INSERT INTO order_flags (order_id, flag, reason, source) VALUES "
                                            "(?, 'large', 'stale', 'rule')"),
                             {id});
            }
            tx.commit();
        }
        auto table = [this] {
            QStringList rows;
            QSqlQuery q = Sql::run(
                db(), QStringLiteral(
                          "SELECT order_id, flag, reason, source FROM order_flags ORDER BY order_id, flag"));
            while (q.next())
                rows << QStringLiteral("%1|%2|%3|%4")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString());
            return rows;
        };
        const RuleRunSummary summary = RuleEngine::run(db(), TestDatabase::actor());
        QCOMPARE(summary.orders, kOrders);
        const QStringList first = table();

        QHash<qint64, QStringList> flags; // order → "flag|reason|source"
        for (const QString &row : first) {
            const qsizetype bar = row.indexOf(u'|');
            flags[row.left(bar).toLongLong()] << row.mid(bar + 1);
        }
        int outOfStock = 0;
        for (int i = 0; i < kOrders; ++i) {
            const QStringList &of = flags[ids.at(i)];
            const QString why = QString::number(i) + u' ' + of.join(u';');
            QVERIFY2(of.contains(QStringLiteral("buyer_message|") +
                                 MessageRule::reason(QStringLiteral("buyer_message"), message(i)) +
                                 QStringLiteral("|rule")),
                     qPrintable(why));
            int expected = 1;
            if (i % 6 == 0) {
                QVERIFY2(of.contains(QStringLiteral("unknown_sku|导入 %1|import").arg(i)), qPrintable(why));
                ++expected;
            } else if (i % 3 == 0) {
                const auto rule = std::find_if(of.cbegin(), of.cend(), [](const QString &f) {
                    return f.startsWith(QStringLiteral("unknown_sku|")) &&
                           f.endsWith(QStringLiteral("|rule"));
                });
                QVERIFY2(rule != of.cend() && rule->contains(QStringLiteral("NOPE-%1").arg(i)),
                         qPrintable(why));
                ++expected;
            }
            for (const QString &f : of) {
                if (f.startsWith(QStringLiteral("out_of_stock|"))) {
                    QVERIFY2(f.contains(QStringLiteral("HD4004")) && f.endsWith(QStringLiteral("|rule")),
                             qPrintable(why));
                    ++outOfStock;
                    ++expected;
                }
            }
            QVERIFY2(of.size() == expected, qPrintable(why)); // the stale flag went, none twice
        }
        QCOMPARE(outOfStock, 100);
        QCOMPARE(first.size(), kOrders + (kOrders + 2) / 3 + 100);

        // Nothing changed: the same rows, none written again.
        const RuleRunSummary again = RuleEngine::run(db(), TestDatabase::actor());
        QCOMPARE(again.flags, summary.flags);
        QCOMPARE(table(), first);
    }

    void presale()
    {
        const qint64 later = sku(db(), QStringLiteral("PS1"), 10, 5900, QStringLiteral("2026-11-20"));
        const qint64 shipped = sku(db(), QStringLiteral("PS2"), 10, 5900, QStringLiteral("2026-11-11"));
        const qint64 a = add(order(m_shop, QStringLiteral("1"), {{later, 1}}));
        const qint64 b = add(order(m_shop, QStringLiteral("2"), {{shipped, 1}}));
        run();
        QCOMPARE(flagsOf(db(), a), QStringList{QStringLiteral("presale")});
        QVERIFY(reasonOf(db(), a, QStringLiteral("presale")).contains(QStringLiteral("2026-11-20")));
        QCOMPARE(flagsOf(db(), b), QStringList());
    }

    void purchaseLimitPerBuyerAndReceiver()
    {
        const qint64 hot = sku(db(), QStringLiteral("JHS1"), 100, 5900, {}, 1);
        Order a = order(m_shop, QStringLiteral("1"), {{hot, 1}});
        Order b = order(m_shop, QStringLiteral("2"), {{hot, 1}}); // same buyer again
        b.buyerNick = a.buyerNick;
        b.receiver.address = QStringLiteral("人民路8号锦绣花园2幢202室");
        b.receiver.phone = QStringLiteral("13900139000");
        Order c = order(m_shop, QStringLiteral("3"), {{hot, 1}}); // other buyer, a's phone and address
        c.receiver.phone = a.receiver.phone;
        Order d = order(m_shop, QStringLiteral("4"), {{hot, 1}}); // on its own
        d.receiver.phone = QStringLiteral("13700137000");
        d.receiver.address = QStringLiteral("解放路1号万科城3幢303室");
        Order e = order(m_shop, QStringLiteral("5"), {{m_sku, 5}}); // no limit on this SKU
        const qint64 ia = add(a), ib = add(b), ic = add(c), id = add(d), ie = add(e);
        run();
        QVERIFY(flagsOf(db(), ia).contains(QStringLiteral("limit_buyer")));
        QVERIFY(flagsOf(db(), ib).contains(QStringLiteral("limit_buyer")));
        QVERIFY(!flagsOf(db(), ic).contains(QStringLiteral("limit_buyer")));
        QVERIFY(flagsOf(db(), ic).contains(QStringLiteral("limit_receiver")));
        QVERIFY(reasonOf(db(), ic, QStringLiteral("limit_receiver")).contains(QStringLiteral("2 buyer")));
        QCOMPARE(flagsOf(db(), id), QStringList());
        QCOMPARE(flagsOf(db(), ie), QStringList());
    }

    void purchaseLimitWithoutBuyerIds()
    {
        // 拼多多/京东 exports carry no buyer ID: two strangers are not one "empty" buyer.
        const qint64 hot = sku(db(), QStringLiteral("JHS2"), 100, 5900, {}, 1);
        Order a = order(m_shop, QStringLiteral("11"), {{hot, 1}});
        Order b = order(m_shop, QStringLiteral("12"), {{hot, 1}});
        a.buyerNick.clear();
        b.buyerNick.clear();
        b.receiver.address = QStringLiteral("人民路8号锦绣花园2幢202室");
        const qint64 ia = add(a), ib = add(b);
        run();
        QCOMPARE(flagsOf(db(), ia), QStringList());
        QCOMPARE(flagsOf(db(), ib), QStringList());
        // The same receiver twice is still over the limit.
        Order c = order(m_shop, QStringLiteral("13"), {{hot, 1}});
        c.buyerNick.clear();
        c.receiver.phone = a.receiver.phone;
        const qint64 ic = add(c);
        run();
        QVERIFY(flagsOf(db(), ic).contains(QStringLiteral("limit_receiver")));
        QVERIFY(!flagsOf(db(), ic).contains(QStringLiteral("limit_buyer")));
    }

    void rerunKeepsRewordsAndClearsFlags()
    {
        const qint64 hot = sku(db(), QStringLiteral("JHS3"), 100, 5900, {}, 1);
        Order a = order(m_shop, QStringLiteral("21"), {{hot, 1}});
        Order b = order(m_shop, QStringLiteral("22"), {{hot, 1}});
        b.buyerNick = a.buyerNick;
        const qint64 ia = add(a), ib = add(b);
        run();
        QVERIFY(reasonOf(db(), ia, QStringLiteral("limit_buyer")).contains(QStringLiteral("limit 1")));
        run(); // nothing changed: same flags, once each
        QCOMPARE(countRows(db(),
                           QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE order_id = ? AND flag = ?"),
                           {ia, QStringLiteral("limit_buyer")}),
                 1);
        Sql::run(db(), QStringLiteral("UPDATE skus SET purchase_limit = 2 WHERE id = ?"), {hot});
        Order c = order(m_shop, QStringLiteral("23"), {{hot, 1}});
        c.buyerNick = a.buyerNick;
        add(c);
        run(); // three against a limit of two: the reason is rewritten
        QVERIFY(reasonOf(db(), ia, QStringLiteral("limit_buyer")).contains(QStringLiteral("limit 2")));
        Sql::run(db(), QStringLiteral("UPDATE skus SET purchase_limit = 0 WHERE id = ?"), {hot});
        run(); // no limit any more: the rule's flags go
        QVERIFY(!flagsOf(db(), ia).contains(QStringLiteral("limit_buyer")));
        QVERIFY(!flagsOf(db(), ib).contains(QStringLiteral("limit_buyer")));
    }

    void largeOrderAndThresholdSetting()
    {
        Order big = order(m_shop, QStringLiteral("1"), {{m_sku, 12}});
        const qint64 a = add(big);
        const qint64 b = add(order(m_shop, QStringLiteral("2"), {{m_sku, 2}}));
        run();
        QCOMPARE(flagsOf(db(), a), QStringList{QStringLiteral("large")});
        QCOMPARE(flagsOf(db(), b), QStringList());

        RuleSet::save(db(), {QStringLiteral("large"),
                             true,
                             {{QStringLiteral("quantity"), 1}, {QStringLiteral("amount_fen"), 0}}});
        run();
        QCOMPARE(flagsOf(db(), b), QStringList{QStringLiteral("large")});
        RuleSet::save(db(), {QStringLiteral("large"), false, {}});
        run();
        QCOMPARE(flagsOf(db(), a), QStringList());
    }

    void duplicateWithinWindow()
    {
        Order a = plain(QStringLiteral("1"));
        Order b = plain(QStringLiteral("2"));
        b.receiver = a.receiver;
        Order far = plain(QStringLiteral("3"));
        far.receiver = a.receiver;
        far.paidAt = Clock::toText(Clock::nowUtc().addDays(-3));
        Order other = order(m_shop, QStringLiteral("4"), {{m_sku, 2}}); // same receiver, other lines
        other.receiver = a.receiver;
        const qint64 ia = add(a), ib = add(b), ic = add(far), id = add(other);
        run();
        QCOMPARE(flagsOf(db(), ia), QStringList{QStringLiteral("duplicate")});
        QVERIFY(reasonOf(db(), ia, QStringLiteral("duplicate")).contains(QStringLiteral("2")));
        QCOMPARE(flagsOf(db(), ib), QStringList{QStringLiteral("duplicate")});
        QCOMPARE(flagsOf(db(), ic), QStringList());
        QCOMPARE(flagsOf(db(), id), QStringList());
    }

    // A masked phone (138****8000) is shared by many receivers: only the two orders whose whole
    // receiver matches are duplicates; one to the same masked phone at another address, or under
    // another name, is not.
    void duplicateBehindAMaskedPhone()
    {
        Order a = plain(QStringLiteral("1"));
        a.receiver.phone = QStringLiteral("138****8000");
        a.receiver.phoneMasked = true;
        Order b = plain(QStringLiteral("2"));
        b.receiver = a.receiver;
        Order elsewhere = plain(QStringLiteral("3"));
        elsewhere.receiver = a.receiver;
        elsewhere.receiver.address = QStringLiteral("文二路 1号");
        Order someoneElse = plain(QStringLiteral("4"));
        someoneElse.receiver = a.receiver;
        someoneElse.receiver.name = QStringLiteral("另一个人");
        const qint64 ia = add(a), ib = add(b), ic = add(elsewhere), id = add(someoneElse);
        run();
        QVERIFY(flagsOf(db(), ia).contains(QStringLiteral("duplicate")));
        QVERIFY(flagsOf(db(), ib).contains(QStringLiteral("duplicate")));
        QVERIFY(!flagsOf(db(), ic).contains(QStringLiteral("duplicate")));
        QVERIFY(!flagsOf(db(), id).contains(QStringLiteral("duplicate")));
    }

    // The whole-receiver count goes through the phone index: SQLite took the name index for it
    // (a common name is thousands of orders: a 100k import's rules went from 0.8 to 15.5 s).
    void sameReceiverCountUsesThePhoneIndex()
    {
        if (TestDatabase::onServer())
            QSKIP("SQLite's plan (the server picks the phone index by its statistics)");
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + DuplicateRule::sameReceiverSql(2)));
        for (int i = 0; i < 12; ++i)
            q.addBindValue(QStringLiteral("x"));
        QVERIFY(q.exec());
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        QVERIFY2(steps.join(u'|').contains(QStringLiteral("orders_receiver_phone")),
                 qPrintable(steps.join(u'|')));
        QVERIFY2(!steps.join(u'|').contains(QStringLiteral("orders_receiver_name")),
                 qPrintable(steps.join(u'|')));
    }

    // A receiver without a phone is matched by name (and the rest of the address) instead.
    void duplicateWithoutPhone()
    {
        Order a = plain(QStringLiteral("1"));
        a.receiver.phone.clear();
        Order b = plain(QStringLiteral("2"));
        b.receiver = a.receiver;
        Order phoned = plain(QStringLiteral("3")); // same name, but a phone: another receiver
        phoned.receiver = a.receiver;
        phoned.receiver.phone = QStringLiteral("13912345678");
        const qint64 ia = add(a), ib = add(b), ic = add(phoned);
        run();
        QVERIFY(flagsOf(db(), ia).contains(QStringLiteral("duplicate"))); // and the phone rule's flag
        QVERIFY(flagsOf(db(), ib).contains(QStringLiteral("duplicate")));
        QCOMPARE(flagsOf(db(), ic), QStringList());
    }

    void rerunKeepsImportFlags()
    {
        Order o = plain(QStringLiteral("1"));
        o.buyerMessage = QStringLiteral("快点");
        const qint64 id = add(o);
        Sql::run(
            db(),
            QStringLiteral("INSERT INTO order_flags (order_id, flag, reason) VALUES (?, 'address_changed', "
                           "'买家改了地址')"),
            {id});
        run();
        QCOMPARE(flagsOf(db(), id),
                 (QStringList{QStringLiteral("address_changed"), QStringLiteral("buyer_message")}));
        Sql::run(db(), QStringLiteral("UPDATE orders SET buyer_message = '' WHERE id = ?"), {id});
        run();
        QCOMPARE(flagsOf(db(), id), QStringList{QStringLiteral("address_changed")});
        QCOMPARE(reasonOf(db(), id, QStringLiteral("address_changed")), QStringLiteral("买家改了地址"));
    }

    void autoApproveOnlyUnflagged()
    {
        Order flagged = plain(QStringLiteral("1"));
        flagged.buyerMessage = QStringLiteral("请核对");
        const qint64 a = add(flagged);
        const qint64 b = add(order(m_shop, QStringLiteral("2"), {{m_sku, 2}}));
        Order imported = plain(QStringLiteral("3"));
        imported.receiver.name = QStringLiteral("李娜");
        const qint64 c = add(imported);
        Sql::run(db(),
                 QStringLiteral(
                     "INSERT INTO order_flags (order_id, flag, reason) VALUES (?, 'address_changed', 'x')"),
                 {c});
        run();
        QCOMPARE(stageOf(db(), b), QStringLiteral("imported")); // switch off by default
        ReviewSettings s = ReviewSettings::load(db());
        s.autoApprove = true;
        s.save(db());
        const RuleRunSummary summary = RuleEngine::run(db(), TestDatabase::actor());
        QCOMPARE(summary.autoApproved, 1);
        QCOMPARE(stageOf(db(), a), QStringLiteral("imported"));
        QCOMPARE(stageOf(db(), b), QStringLiteral("reviewed"));
        QCOMPARE(stageOf(db(), c), QStringLiteral("imported")); // an import flag holds it back too
        QCOMPARE(countRows(db(),
                           QStringLiteral(
                               "SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'stage'"),
                           {b}),
                 1);
    }

    void priorityCitiesAndSingleItems()
    {
        Order hz1 = plain(QStringLiteral("1"));
        Order hzMany = order(m_shop, QStringLiteral("2"), {{m_sku, 2}});
        Order nj1 = plain(QStringLiteral("3"));
        nj1.receiver.city = QStringLiteral("南京市");
        const qint64 a = add(hz1), b = add(hzMany), c = add(nj1);
        run();
        auto priority = [&](qint64 id) {
            return Sql::scalar(db(), QStringLiteral("SELECT priority FROM orders WHERE id = ?"), {id})
                .toInt();
        };
        QCOMPARE(priority(a), 3);
        QCOMPARE(priority(b), 2);
        QCOMPARE(priority(c), 1);
        ReviewSettings s = ReviewSettings::load(db());
        s.priorityCities = {QStringLiteral("南京")};
        s.singleItemFirst = false;
        s.save(db());
        run();
        QCOMPARE(priority(a), 0);
        QCOMPARE(priority(c), 2);
    }

    void cutOffMarksNextWave()
    {
        ReviewSettings s = ReviewSettings::defaults(); // 16:00 China time
        QCOMPARE(CutOff::waveDate(QStringLiteral("2026-11-11 07:59:00"), s), QDate(2026, 11, 11)); // 15:59
        QCOMPARE(CutOff::waveDate(QStringLiteral("2026-11-11 08:01:00"), s), QDate(2026, 11, 12)); // 16:01
        QCOMPARE(CutOff::waveDate(QStringLiteral("2026-11-10 17:00:00"), s),
                 QDate(2026, 11, 11)); // 01:00 next day

        Order late = plain(QStringLiteral("1"));
        late.paidAt = QStringLiteral("2026-11-11 08:30:00");
        Order early = plain(QStringLiteral("2"));
        early.paidAt = QStringLiteral("2026-11-11 01:00:00");
        early.receiver.name = QStringLiteral("李娜");
        Clock::freezeAt(QDateTime(QDate(2026, 11, 11), QTime(9, 0), Qt::UTC)); // 17:00 local
        const qint64 a = add(late), b = add(early);
        run();
        auto wave = [&](qint64 id) {
            return Sql::scalar(db(), QStringLiteral("SELECT wave_date FROM orders WHERE id = ?"), {id})
                .toString();
        };
        QCOMPARE(wave(a), QStringLiteral("2026-11-12"));
        QCOMPARE(wave(b), QStringLiteral("2026-11-11"));
        QVERIFY(CutOff::isNextWave(wave(a), s));
        QVERIFY(!CutOff::isNextWave(wave(b), s));
        Clock::freezeAt(QDateTime(QDate(2026, 11, 12), QTime(1, 0), Qt::UTC)); // the next morning
        QVERIFY(!CutOff::isNextWave(wave(a), s));
    }
};

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
