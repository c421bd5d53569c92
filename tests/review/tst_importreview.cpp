// The review rules run on import, with the flash-sale limits the campaigns set: a 聚划算 SKU
// bought twice by one buyer is flagged as soon as the import is in, from the command line and
// from the GUI's import worker, without anyone pressing "Run rules".
#include "ReviewFixture.h"
#include "base/Error.h"
#include "prepack/Campaigns.h"
#include "review/ImportReview.h"
#include "ui/intake/ImportWorker.h"

#include <QProcess>
#include <atomic>
#include <thread>

namespace {
const QString kOrderHeader = QStringLiteral("订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,"
                                            "买家支付积分,总金额,返点积分,买家实际支付金额,"
                                            "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,"
                                            "联系电话,联系手机,订单创建时间,订单付款时间,"
                                            "宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,"
                                            "店铺名称,订单关闭原因,卖家服务费,买家服务费,"
                                            "发票抬头,是否手机订单,修改后的收货地址,退款金额");
const QString kItemHeader =
    QStringLiteral("订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码");
const QString kPaid = QStringLiteral("买家已付款，等待卖家发货");

struct Bought {
    QString orderNo;
    QString buyer;
    QString receiver;
    QString phone;
    QString paidAt;
    QString message = {}; // 买家留言
};

// A Taobao order report + item report pair (UTF-8), one line of one SKU per order.
QStringList writeTaobaoPair(const QString &dir, const QString &name, const QList<Bought> &orders,
                            const QString &sku)
{
    QString list = kOrderHeader + QStringLiteral("\r\n");
    QString items = kItemHeader + QStringLiteral("\r\n");
    for (const Bought &b : orders) {
        list += QStringLiteral(
                    "=\"%1\",%2,a***@example.com,59.00,0.00,0,59.00,0,59.00,0,%3,%7,%4,"
                    "浙江省 杭州市 西湖区 文三路 123号阳光小区1幢(310000),快递,,'%5,%6,%6,聚划算 T恤,1,,,,1,"
                    "12345,好物小店,,0,0,,手机订单,,0.00\r\n")
                    .arg(b.orderNo, b.buyer, kPaid, b.receiver, b.phone, b.paidAt, b.message);
        items += QStringLiteral("=\"%1\",聚划算 T恤,59.00,1,,颜色分类：黑色,,,%2,%3\r\n")
                     .arg(b.orderNo, kPaid, sku);
    }
    const QString listPath = dir + QStringLiteral("/ExportOrderList_") + name + QStringLiteral(".csv");
    const QString itemPath = dir + QStringLiteral("/ExportOrderDetailList_") + name + QStringLiteral(".csv");
    for (const auto &[path, text] : {std::pair{listPath, list}, std::pair{itemPath, items}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
    }
    return {listPath, itemPath};
}

qint64 orderId(const QSqlDatabase &db, const QString &no)
{
    return Sql::scalar(db, QStringLiteral("SELECT id FROM orders WHERE platform_order_no = ?"), {no})
        .toLongLong();
}

struct Ran {
    int code = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out;
    QString err;
};

Ran packline(const QStringList &args,
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PACKLINE_BINARY), args);
    p.waitForFinished(180000);
    return {p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Orders with a buyer message: the rules flag each one 'buyer_message', so a flag says they ran.
QList<Bought> withMessages(const QString &prefix, int n)
{
    QList<Bought> out;
    for (int i = 1; i <= n; ++i)
        out << Bought{prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')),
                      QStringLiteral("tb_买家%1").arg(i),
                      QStringLiteral("收货人"),
                      QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0')),
                      QStringLiteral("2026-11-11 02:00:10"),
                      QStringLiteral("请周六送货")};
    return out;
}

// The same orders without their messages: imported first, so the file with them changes them.
QList<Bought> withoutMessages(QList<Bought> orders)
{
    for (Bought &b : orders)
        b.message.clear();
    return orders;
}

QStringList flagsOf(const QSqlDatabase &db, qint64 id)
{
    QStringList flags;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT flag FROM order_flags WHERE order_id = ?"), {id});
    while (q.next())
        flags << q.value(0).toString();
    return flags;
}
} // namespace

class TestImportReview : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_sku = 0;

    QSqlDatabase db() const { return m_db->connection(); }

    // A 聚划算 campaign with the SKU, one per buyer, from..to (UTC).
    void campaign(const QDateTime &from, const QDateTime &to)
    {
        Campaign c;
        c.name = QStringLiteral("聚划算 T恤专场");
        c.startsAt = Clock::toText(from);
        c.endsAt = Clock::toText(to);
        const Result<> saved = Campaigns::save(db(), TestDatabase::actor(), c);
        QVERIFY2(saved, qPrintable(saved.message));
        const Result<> added =
            Campaigns::addSkuByCode(db(), TestDatabase::actor(), c.id, QStringLiteral("JHS-001"), 100, 1);
        QVERIFY2(added, qPrintable(added.message));
    }

    QList<ImportOutcome> importInWorker(const QStringList &files)
    {
        ImportWorker worker(m_db->path(), TestDatabase::actor());
        QList<ImportOutcome> outcomes;
        connect(&worker, &ImportWorker::finished, this,
                [&outcomes](const QList<ImportOutcome> &o) { outcomes = o; });
        worker.start(OrderImport::plan(db(), files, QStringLiteral("auto")), QString());
        return outcomes;
    }

private slots:
    void init()
    {
        Clock::freezeAt({});
        m_db = std::make_unique<TestDatabase>();
        m_sku = ReviewFixture::sku(db(), QStringLiteral("JHS-001"), 500);
    }
    void cleanup()
    {
        Clock::freezeAt({});
        m_db.reset();
    }

    void commandLineImportFlagsTheRepeatBuyer()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        campaign(now.addSecs(-3600), now.addDays(2));
        const QStringList files = writeTaobaoPair(
            m_db->dir(), QStringLiteral("jhs"),
            {{QStringLiteral("4100000000000000001"), QStringLiteral("tb_抢购王"), QStringLiteral("王伟"),
              QStringLiteral("13800138000"), QStringLiteral("2026-11-11 00:00:10")},
             {QStringLiteral("4100000000000000002"), QStringLiteral("tb_抢购王"), QStringLiteral("王伟"),
              QStringLiteral("13800138000"), QStringLiteral("2026-11-11 00:03:10")},
             {QStringLiteral("4100000000000000003"), QStringLiteral("tb_路人"), QStringLiteral("李娜"),
              QStringLiteral("13900139000"), QStringLiteral("2026-11-11 00:04:10")}},
            QStringLiteral("JHS-001"));
        QProcess p;
        p.start(QStringLiteral(PACKLINE_BINARY),
                QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db->path()} + files);
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("Review rules: 3 orders checked")), qPrintable(out));

        const qint64 second = orderId(db(), QStringLiteral("4100000000000000002"));
        QVERIFY(second > 0);
        QVERIFY2(flagsOf(db(), second).contains(QStringLiteral("limit_buyer")),
                 qPrintable(flagsOf(db(), second).join(u',')));
        // The reason names the SKU, the buyer and the campaign's limit.
        const QString reason =
            Sql::scalar(db(),
                        QStringLiteral("SELECT reason FROM order_flags WHERE order_id = ? AND flag = ?"),
                        {second, QStringLiteral("limit_buyer")})
                .toString();
        QVERIFY2(reason.contains(QStringLiteral("JHS-001")) && reason.contains(QStringLiteral("limit 1")),
                 qPrintable(reason));
        // Another buyer's single one is not over the limit.
        QVERIFY(!flagsOf(db(), orderId(db(), QStringLiteral("4100000000000000003")))
                     .contains(QStringLiteral("limit_buyer")));
    }

    void reimportedChangesAreReviewedAgain()
    {
        // The buyer adds a message after the first export: the next import updates the order
        // and the message flag is there without a rule run by hand.
        Bought b{QStringLiteral("4300000000000000001"),
                 QStringLiteral("tb_留言"),
                 QStringLiteral("赵敏"),
                 QStringLiteral("13600136000"),
                 QStringLiteral("2026-11-11 01:00:10"),
                 {}};
        importInWorker(
            writeTaobaoPair(m_db->dir(), QStringLiteral("before"), {b}, QStringLiteral("JHS-001")));
        const qint64 id = orderId(db(), b.orderNo);
        QVERIFY(id > 0);
        QVERIFY(!flagsOf(db(), id).contains(QStringLiteral("buyer_message")));
        b.message = QStringLiteral("请周六送货");
        const QList<ImportOutcome> again = importInWorker(
            writeTaobaoPair(m_db->dir(), QStringLiteral("after"), {b}, QStringLiteral("JHS-001")));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().ordersUpdated, 1);
        QVERIFY2(flagsOf(db(), id).contains(QStringLiteral("buyer_message")),
                 qPrintable(flagsOf(db(), id).join(u',')));
    }

    void workerImportSyncsTheCampaignLimitFirst()
    {
        // The sale starts in an hour: no limit is written yet.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        campaign(now.addSecs(3600), now.addDays(2));
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT purchase_limit FROM skus WHERE id = ?"), {m_sku})
                     .toInt(),
                 0);
        // Two hours later the sale is on; the buyer's first order comes in one import, the
        // second in the next. Nobody refreshes the pre-pack view or runs the rules.
        Clock::freezeAt(now.addSecs(7200));
        const QList<ImportOutcome> first = importInWorker(writeTaobaoPair(
            m_db->dir(), QStringLiteral("one"),
            {{QStringLiteral("4200000000000000001"), QStringLiteral("tb_抢购王"), QStringLiteral("王伟"),
              QStringLiteral("13800138000"), QStringLiteral("2026-11-11 00:00:10")}},
            QStringLiteral("JHS-001")));
        QCOMPARE(first.size(), 1);
        QVERIFY2(first.first().error.isEmpty(), qPrintable(first.first().error));
        const qint64 one = orderId(db(), QStringLiteral("4200000000000000001"));
        QVERIFY(one > 0);
        QVERIFY(!flagsOf(db(), one).contains(QStringLiteral("limit_buyer")));
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT purchase_limit FROM skus WHERE id = ?"), {m_sku})
                     .toInt(),
                 1);

        importInWorker(writeTaobaoPair(
            m_db->dir(), QStringLiteral("two"),
            {{QStringLiteral("4200000000000000002"), QStringLiteral("tb_抢购王"), QStringLiteral("王伟"),
              QStringLiteral("13800138000"), QStringLiteral("2026-11-11 00:05:10")}},
            QStringLiteral("JHS-001")));
        const qint64 two = orderId(db(), QStringLiteral("4200000000000000002"));
        QVERIFY(two > 0);
        QVERIFY2(flagsOf(db(), two).contains(QStringLiteral("limit_buyer")),
                 qPrintable(flagsOf(db(), two).join(u',')));
        // The same receiver too (one per person also means per address and phone).
        QVERIFY(flagsOf(db(), two).contains(QStringLiteral("limit_receiver")));
    }

    // kill -9 right after the import's commit: its new orders got their rules inside it, so
    // nothing is owed for them. The orders it changed are owed theirs: `status` says so, and the
    // next command runs them (a re-import that finds everything unchanged, and `packline
    // review`), clearing the mark.
    void rulesOwedAfterAKillRunWithTheNextCommand()
    {
        QProcessEnvironment kill = QProcessEnvironment::systemEnvironment();
        kill.insert(QStringLiteral("PACKLINE_TEST_KILL_AFTER_IMPORT"), QStringLiteral("1"));
        const QStringList import{QStringLiteral("import"), QStringLiteral("--db"), m_db->path()};
        Ran r = packline(import + writeTaobaoPair(m_db->dir(), QStringLiteral("new"),
                                                  withMessages(QStringLiteral("43000000000000"), 2),
                                                  QStringLiteral("JHS-001")),
                         kill);
        QCOMPARE(r.status, QProcess::CrashExit);
        QVERIFY(flagsOf(db(), orderId(db(), QStringLiteral("430000000000000002")))
                    .contains(QStringLiteral("buyer_message")));
        QVERIFY(ImportReview::pendingRuns(db()).isEmpty());

        // The orders come without their messages first; the killed import brings the messages.
        const QList<Bought> messages = withMessages(QStringLiteral("44000000000000"), 3);
        r = packline(import + writeTaobaoPair(m_db->dir(), QStringLiteral("plain"), withoutMessages(messages),
                                              QStringLiteral("JHS-001")));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QStringList first =
            writeTaobaoPair(m_db->dir(), QStringLiteral("killed"), messages, QStringLiteral("JHS-001"));
        r = packline(import + first, kill);
        QCOMPARE(r.status, QProcess::CrashExit);
        const qint64 one = orderId(db(), QStringLiteral("440000000000000001"));
        QVERIFY(one > 0);
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT buyer_message FROM orders WHERE id = ?"), {one})
                     .toString(),
                 QStringLiteral("请周六送货"));                                 // the import is in
        QVERIFY(!flagsOf(db(), one).contains(QStringLiteral("buyer_message"))); // its rules never ran
        QCOMPARE(ImportReview::pendingRuns(db()).size(), 1);
        r = packline({QStringLiteral("status"), QStringLiteral("--db"), m_db->path()});
        QVERIFY2(r.out.contains(QStringLiteral("have not run yet for 1 import")), qPrintable(r.out));

        r = packline(import + first);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 unchanged")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("owed to 1 earlier import(s): 3 orders checked")),
                 qPrintable(r.out));
        for (const QString &no : {QStringLiteral("440000000000000001"), QStringLiteral("440000000000000003")})
            QVERIFY2(flagsOf(db(), orderId(db(), no)).contains(QStringLiteral("buyer_message")),
                     qPrintable(no));
        QVERIFY(ImportReview::pendingRuns(db()).isEmpty());

        // Killed again; this time `packline review` pays what is owed.
        const QList<Bought> more = withMessages(QStringLiteral("45000000000000"), 2);
        r = packline(import + writeTaobaoPair(m_db->dir(), QStringLiteral("plain2"), withoutMessages(more),
                                              QStringLiteral("JHS-001")));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = packline(
            import + writeTaobaoPair(m_db->dir(), QStringLiteral("killed2"), more, QStringLiteral("JHS-001")),
            kill);
        QCOMPARE(r.status, QProcess::CrashExit);
        QCOMPARE(ImportReview::pendingRuns(db()).size(), 1);
        r = packline({QStringLiteral("review"), QStringLiteral("--db"), m_db->path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(flagsOf(db(), orderId(db(), QStringLiteral("450000000000000002")))
                    .contains(QStringLiteral("buyer_message")));
        QVERIFY(ImportReview::pendingRuns(db()).isEmpty());
    }

    // Issue 16: the rules the import runs over its new orders as it writes them come out as a run
    // over the whole queue after it would: the same flags, priorities and waves, the same counts.
    // 4,500 orders are three of its batches; the same buyer and receiver buy twice, once in the
    // first batch and once in the third (a duplicate, and with a flash sale on, over its limit:
    // both orders are flagged, the earlier one too), and so does a receiver without a phone; the
    // stock covers the first 500 in line. The same with the orders' indexes set aside for the pass
    // (as a big file is imported): the duplicates are then found once they are back.
    void rulesInsideTheImportMatchARunAfterIt_data()
    {
        QTest::addColumn<bool>("sale");
        QTest::addColumn<bool>("aside");
        QTest::newRow("a duplicate") << false << false;
        QTest::newRow("a duplicate over the flash-sale limit") << true << false;
        QTest::newRow("a duplicate, indexes aside") << false << true;
        QTest::newRow("a duplicate over the flash-sale limit, indexes aside") << true << true;
    }
    void rulesInsideTheImportMatchARunAfterIt()
    {
        QFETCH(bool, sale);
        QFETCH(bool, aside);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (sale)
            campaign(now.addSecs(-3600), now.addDays(2));
        QList<Bought> orders;
        for (int i = 1; i <= 4500; ++i)
            orders << Bought{QStringLiteral("49%1").arg(i, 16, 10, QLatin1Char('0')),
                             QStringLiteral("tb_买家%1").arg(i),
                             QStringLiteral("收货人%1").arg(i),
                             QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
                             QStringLiteral("2026-11-11 02:%1:10").arg(i % 60, 2, 10, QLatin1Char('0')),
                             i % 7 == 0 ? QStringLiteral("请周六送货") : QString()};
        Bought &twin = orders[4199];
        twin.buyer = orders.at(4).buyer;
        twin.receiver = orders.at(4).receiver;
        twin.phone = orders.at(4).phone;
        Bought &phoneless = orders[4300];
        phoneless.buyer = orders.at(10).buyer;
        phoneless.receiver = orders.at(10).receiver;
        phoneless.phone = orders[10].phone = QString();
        const QStringList files =
            writeTaobaoPair(m_db->dir(), QStringLiteral("batches"), orders, QStringLiteral("JHS-001"));
        OrderImport importer(db(), TestDatabase::actor());
        importer.setIndexesAside(aside);
        const ImportOutcome o =
            importer.run(OrderImport::plan(db(), files, QStringLiteral("auto")).first(), QString());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.ordersNew, 4500);
        QCOMPARE(o.rules.orders, 4500);
        QVERIFY(ImportReview::pendingRuns(db()).isEmpty());
        for (const QString &no :
             {orders.at(4).orderNo, twin.orderNo, orders.at(10).orderNo, phoneless.orderNo}) {
            const QStringList flags = flagsOf(db(), orderId(db(), no));
            QVERIFY2(flags.contains(QStringLiteral("duplicate")) &&
                         flags.contains(QStringLiteral("limit_buyer")) == sale,
                     qPrintable(no + u' ' + flags.join(u',')));
        }
        QCOMPARE(
            countRows(db(), QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE flag = 'out_of_stock'")),
            4000);

        auto snapshot = [&] {
            QStringList rows;
            QSqlQuery q = Sql::run(db(), QStringLiteral("SELECT f.order_id, f.flag, f.reason, f.source FROM "
                                                        "order_flags f ORDER BY f.order_id, f.flag"));
            while (q.next())
                rows << QStringLiteral("%1 %2 %3 %4")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString());
            q = Sql::run(db(), QStringLiteral("SELECT id, priority, wave_date FROM orders ORDER BY id"));
            while (q.next())
                rows << QStringLiteral("%1 %2 %3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            return rows;
        };
        const QStringList inside = snapshot();
        const RuleRunSummary after = RuleEngine::run(db(), TestDatabase::actor());
        QCOMPARE(snapshot(), inside);
        QCOMPARE(o.rules.flaggedOrders, after.flaggedOrders);
        QCOMPARE(o.rules.flags, after.flags);
        QCOMPARE(o.rules.byFlag, after.byFlag);
    }

    // A big file's import sets the orders' plain indexes aside (where the engine can: SQLite) and
    // makes them again before it commits: afterwards they are as before, whether the import went
    // in or was cancelled half-way (the transaction takes them back with everything else).
    void indexesSetAsideComeBack()
    {
        auto indexes = [&] {
            QStringList all;
            QSqlQuery q = Sql::run(
                db(),
                TestDatabase::onServer()
                    ? QStringLiteral("SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE "
                                     "tablename IN ('orders', 'order_lines') ORDER BY 1")
                    : QStringLiteral("SELECT name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE "
                                     "type = 'index' AND tbl_name IN ('orders', 'order_lines') ORDER BY 1"));
            while (q.next())
                all << q.value(0).toString();
            return all;
        };
        const QStringList before = indexes();
        QVERIFY(before.size() > 10);
        QStringList during;
        std::atomic_bool cancel = false;
        OrderImport importer(db(), TestDatabase::actor());
        importer.setIndexesAside(true);
        importer.setCancelFlag(&cancel);
        importer.onProgress([&](qint64, qint64, qint64 rows) {
            during = indexes();
            cancel = rows >= 2000 && rows < 3000 && !cancel; // the first file only
        });
        const QList<Bought> orders = withMessages(QStringLiteral("47000000000000"), 3000);
        const ImportOutcome cancelled =
            importer.run(OrderImport::plan(db(),
                                           writeTaobaoPair(m_db->dir(), QStringLiteral("cancelled"), orders,
                                                           QStringLiteral("JHS-001")),
                                           QStringLiteral("auto"))
                             .first(),
                         QString());
        QVERIFY(cancelled.cancelled);
        QCOMPARE(indexes(), before);
        if (!TestDatabase::onServer()) { // set aside during the pass: the unique keys only
            QVERIFY2(during.size() < before.size() - 8, qPrintable(during.join(u'\n')));
            QVERIFY(during.filter(QStringLiteral("orders_receiver_phone")).isEmpty());
        } else {
            QCOMPARE(during, before);
        }

        cancel = false;
        importer.setCancelFlag(nullptr);
        const ImportOutcome o = importer.run(
            OrderImport::plan(
                db(), writeTaobaoPair(m_db->dir(), QStringLiteral("in"), orders, QStringLiteral("JHS-001")),
                QStringLiteral("auto"))
                .first(),
            QString());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.ordersNew, 3000);
        QCOMPARE(indexes(), before);
        if (!TestDatabase::onServer())
            QCOMPARE(Sql::scalar(db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
        // Found through the phone index again.
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE receiver_phone = ?"),
                             {orders.at(7).phone})
                     .toLongLong(),
                 1);
    }

    // Another station holds the write lock for longer than the busy timeout (10 s) just when the
    // rules owed to the orders an import changed are due: they wait, try again, and run; the mark is cleared
    // with their flags.
    void busyDatabaseIsRetriedNotDropped()
    {
        OrderImport importer(db(), TestDatabase::actor());
        const QList<Bought> messages = withMessages(QStringLiteral("46000000000000"), 2);
        const ImportOutcome plain = importer.run(
            OrderImport::plan(db(),
                              writeTaobaoPair(m_db->dir(), QStringLiteral("plain"), withoutMessages(messages),
                                              QStringLiteral("JHS-001")),
                              QStringLiteral("auto"))
                .first(),
            QString());
        QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
        const QStringList files =
            writeTaobaoPair(m_db->dir(), QStringLiteral("busy"), messages, QStringLiteral("JHS-001"));
        const ImportOutcome o =
            importer.run(OrderImport::plan(db(), files, QStringLiteral("auto")).first(), QString());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(ImportReview::pendingRuns(db()), QList<qint64>{o.runId});

        std::atomic_bool locked = false;
        std::thread other([path = m_db->path(), &locked] {
            Database station; // its own connection, on its own thread
            if (!station.open(path))
                qFatal("cannot open %s", qPrintable(path));
            {
                Transaction tx(station.connection());
                locked = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(10500));
            } // rolled back
            station.close();
        });
        QTRY_VERIFY(locked.load());
        RuleRunSummary s;
        try {
            s = ImportReview(db()).afterImport(TestDatabase::actor(), o.runId);
        } catch (const Error &e) {
            other.join();
            QFAIL(qPrintable(e.message()));
        }
        other.join();
        QCOMPARE(s.orders, 2);
        QVERIFY(flagsOf(db(), orderId(db(), QStringLiteral("460000000000000001")))
                    .contains(QStringLiteral("buyer_message")));
        QVERIFY(ImportReview::pendingRuns(db()).isEmpty());
    }

    // Two imports at once from two processes: every order of both files ends up checked.
    void twoConcurrentImportsBothGetTheirRules()
    {
        const QStringList a =
            writeTaobaoPair(m_db->dir(), QStringLiteral("a"),
                            withMessages(QStringLiteral("47000000000000"), 400), QStringLiteral("JHS-001"));
        const QStringList b =
            writeTaobaoPair(m_db->dir(), QStringLiteral("b"),
                            withMessages(QStringLiteral("48000000000000"), 400), QStringLiteral("JHS-001"));
        QProcess pa, pb;
        pa.start(QStringLiteral(PACKLINE_BINARY),
                 QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db->path()} + a);
        pb.start(QStringLiteral(PACKLINE_BINARY),
                 QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db->path()} + b);
        QVERIFY(pa.waitForFinished(180000));
        QVERIFY(pb.waitForFinished(180000));
        QVERIFY2(pa.exitCode() == 0, pa.readAllStandardError().constData());
        QVERIFY2(pb.exitCode() == 0, pb.readAllStandardError().constData());
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 800);
        QCOMPARE(countRows(db(), QStringLiteral(
                                     "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM "
                                     "order_flags f WHERE f.order_id = o.id AND f.flag = 'buyer_message')")),
                 0);
        QVERIFY(ImportReview::pendingRuns(db()).isEmpty());
    }
};

QTEST_MAIN(TestImportReview)
#include "tst_importreview.moc"
