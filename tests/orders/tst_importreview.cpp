// The review rules run on import, with the flash-sale limits the campaigns set: a 聚划算 SKU
// bought twice by one buyer is flagged as soon as the import is in, from the command line and
// from the GUI's import worker, without anyone pressing "Run rules".
#include "ReviewFixture.h"
#include "prepack/Campaigns.h"
#include "ui/intake/ImportWorker.h"

#include <QProcess>

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
    QString message; // 买家留言
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
        const Result saved = Campaigns::save(db(), TestDatabase::actor(), c);
        QVERIFY2(saved, qPrintable(saved.message));
        const Result added =
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
};

QTEST_MAIN(TestImportReview)
#include "tst_importreview.moc"
