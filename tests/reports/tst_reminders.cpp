// Payment reminders and shipping notices: times before the platform closes an order, who was
// contacted (never twice, also across two connections), and the batch CSV for an SMS tool.
#include "ReportFixture.h"
#include "reports/BuyerContacts.h"
#include "reports/ContactExport.h"
#include "reports/ContactLists.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using ReportFixture::OrderSpec;

class TestReminders : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_taobao = 0;
    qint64 m_pdd = 0;

    qint64 unpaid(const QString &no, qint64 shop, const char *created, OrderSpec s = {})
    {
        s.no = no;
        s.stage = Stage::AwaitingPayment;
        s.createdAt = QString::fromLatin1(created);
        return ReportFixture::order(m_tdb->connection(), shop, s);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        m_tdb = std::make_unique<TestDatabase>();
        Clock::freezeAt(ReportFixture::utc("2026-11-11 12:00:00"));
        m_taobao = ReportFixture::shop(m_tdb->connection());
        m_pdd =
            ReportFixture::shop(m_tdb->connection(), QStringLiteral("星河拼多多店"), QStringLiteral("pdd"));
    }
    void cleanup()
    {
        m_tdb.reset();
        Clock::freezeAt({});
    }

    void timeSinceCreatedAndLeftBeforeClose()
    {
        const QSqlDatabase db = m_tdb->connection();
        unpaid(QStringLiteral("T1"), m_taobao, "2026-11-10 00:00:00"); // 36 h old, Taobao 72 h: 36 h left
        unpaid(QStringLiteral("P1"), m_pdd, "2026-11-10 00:00:00");    // PDD 24 h: closed 12 h ago
        OrderSpec paid;
        paid.no = QStringLiteral("PAID");
        paid.paidAt = QStringLiteral("2026-11-10 00:00:00");
        ReportFixture::order(db, m_taobao, paid); // paid orders are nobody's reminder

        QList<ContactRow> rows = ContactLists::unpaid(db);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].orderNo, QStringLiteral("P1")); // least time left first
        QCOMPARE(rows[0].secondsLeft, -12 * 3600);
        QCOMPARE(rows[1].orderNo, QStringLiteral("T1"));
        QCOMPARE(rows[1].ageSeconds, 36 * 3600);
        QCOMPARE(rows[1].secondsLeft, 36 * 3600);
        QCOMPARE(rows[1].closesAt, QStringLiteral("2026-11-13 00:00:00"));

        // A shop on a 48-hour activity window: the same order now has 12 h left.
        ContactLists::setCloseWindowHours(db, TestDatabase::actor(), QStringLiteral("taobao"), 48);
        rows = ContactLists::unpaid(db);
        QCOMPARE(rows[1].secondsLeft, 12 * 3600);
    }

    void nobodyIsRemindedTwice()
    {
        const QSqlDatabase db = m_tdb->connection();
        const qint64 id = unpaid(QStringLiteral("T1"), m_taobao, "2026-11-11 00:00:00");
        QVERIFY(BuyerContacts::recordNow(db, {QStringLiteral("王芳"), QStringLiteral("DESK-1")}, id,
                                         ContactKind::PaymentReminder, Channel::Phone, QStringLiteral("hi")));
        const Result<> again = BuyerContacts::recordNow(
            db, TestDatabase::actor(), id, ContactKind::PaymentReminder, Channel::Sms, QStringLiteral("hi"));
        QVERIFY(!again.ok);
        QVERIFY2(again.message.contains(QStringLiteral("王芳")), qPrintable(again.message));
        // A shipping notice is another kind: allowed.
        QVERIFY(BuyerContacts::recordNow(db, TestDatabase::actor(), id, ContactKind::ShippingNotice,
                                         Channel::Sms, QStringLiteral("shipped")));
        QCOMPARE(ContactLists::unpaid(db).first().contactedBy, QStringLiteral("王芳"));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'contact'")), 2);
    }

    void twoConnectionsRecordOnce()
    {
        const qint64 id = unpaid(QStringLiteral("T1"), m_taobao, "2026-11-11 00:00:00");
        Database other; // a second desk on the same file
        QVERIFY(other.open(m_tdb->path()));
        const Result<> a =
            BuyerContacts::recordNow(m_tdb->connection(), TestDatabase::actor(), id,
                                     ContactKind::PaymentReminder, Channel::Sms, QStringLiteral("a"));
        const Result<> b =
            BuyerContacts::recordNow(other.connection(), {QStringLiteral("李四"), QStringLiteral("D2")}, id,
                                     ContactKind::PaymentReminder, Channel::Sms, QStringLiteral("b"));
        QVERIFY(a.ok != b.ok);
        QCOMPARE(countRows(m_tdb->connection(), QStringLiteral("SELECT COUNT(*) FROM buyer_contacts")), 1);
    }

    void batchExportForSms()
    {
        const QSqlDatabase db = m_tdb->connection();
        OrderSpec s;
        s.phone = QStringLiteral("13900000001");
        unpaid(QStringLiteral("A"), m_taobao, "2026-11-10 00:00:00", s); // 36 h left
        s.title = QStringLiteral("保温杯");
        s.goodsFen = 8900;
        unpaid(QStringLiteral("B"), m_taobao, "2026-11-11 00:00:00", s); // same phone: one message
        OrderSpec masked;
        masked.phone = QStringLiteral("138****8000");
        masked.masked = true;
        unpaid(QStringLiteral("C"), m_taobao, "2026-11-11 00:00:00", masked);
        OrderSpec landline;
        landline.phone = QStringLiteral("0571-88888888");
        unpaid(QStringLiteral("D"), m_taobao, "2026-11-11 00:00:00", landline);
        OrderSpec e;
        e.phone = QStringLiteral("13900000005");
        const qint64 reminded = unpaid(QStringLiteral("E"), m_taobao, "2026-11-11 00:00:00", e);
        QVERIFY(BuyerContacts::recordNow(db, TestDatabase::actor(), reminded, ContactKind::PaymentReminder,
                                         Channel::Wangwang, QStringLiteral("x")));
        OrderSpec f;
        f.phone = QStringLiteral("13900000006");
        unpaid(QStringLiteral("F"), m_taobao, "2026-11-08 00:00:00", f); // closed by the platform
        OrderSpec g;
        g.phone = QStringLiteral("13900000007");
        g.goodsFen = 0;
        unpaid(QStringLiteral("G"), m_taobao, "2026-11-11 00:00:00", g); // no amount: message incomplete

        const QString path = m_tdb->dir() + QStringLiteral("/reminders.csv");
        const ContactExportSummary sum = ContactExport::run(db, TestDatabase::actor(), path, {});
        QCOMPARE(sum.rows, 1);
        QCOMPARE(sum.orders, 2);
        QCOMPARE(sum.alreadyContacted, 1);
        QCOMPARE(sum.closed, 1);
        QCOMPARE(sum.skipped.size(), 3);
        QStringList skippedNos;
        for (const ContactSkip &k : sum.skipped)
            skippedNos << k.orderNo;
        skippedNos.sort();
        QCOMPARE(skippedNos, (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("G")}));

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("手机号码,短信内容"));
        // A first (least time left), B with it; amounts added; one message, no comma: unquoted.
        QCOMPARE(lines[1], QStringLiteral(
                               "13900000001,【星河旗舰店】亲爱的张伟，您拍下的纯棉短袖T恤；保温杯（订单A、B，"
                               "217.00元）尚未付款，订单即将关闭，库存有限请尽快付款。回T退订"));
        QCOMPARE(countRows(db, QStringLiteral(
                                   "SELECT COUNT(*) FROM buyer_contacts WHERE batch_file = 'reminders.csv'")),
                 2);

        // The next batch repeats nobody.
        const ContactExportSummary again = ContactExport::run(db, TestDatabase::actor(), path, {});
        QCOMPARE(again.rows, 0);
        QCOMPARE(again.alreadyContacted, 3);
    }

    void closingWithinAndDryRun()
    {
        const QSqlDatabase db = m_tdb->connection();
        OrderSpec s;
        s.phone = QStringLiteral("13900000001");
        unpaid(QStringLiteral("A"), m_taobao, "2026-11-10 00:00:00", s); // 36 h left
        s.phone = QStringLiteral("13900000002");
        unpaid(QStringLiteral("B"), m_taobao, "2026-11-09 00:00:00", s); // 12 h left
        ContactExportOptions o;
        o.closingWithinHours = 24;
        o.dryRun = true;
        const QString path = m_tdb->dir() + QStringLiteral("/dry.csv");
        const ContactExportSummary sum = ContactExport::run(db, TestDatabase::actor(), path, o);
        QCOMPARE(sum.rows, 1);
        QVERIFY(QString::fromUtf8(readAll(path)).contains(QStringLiteral("13900000002")));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM buyer_contacts")), 0);
    }

    void gb18030WhenAsked()
    {
        if (!Csv::encodingFromName(QStringLiteral("gb18030")))
            QSKIP("Qt built without GB18030");
        const QSqlDatabase db = m_tdb->connection();
        unpaid(QStringLiteral("A"), m_taobao, "2026-11-10 00:00:00");
        ContactExportOptions o;
        o.encoding = Csv::Encoding::Gb18030;
        const QString path = m_tdb->dir() + QStringLiteral("/gb.csv");
        QCOMPARE(ContactExport::run(db, TestDatabase::actor(), path, o).rows, 1);
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QStringDecoder decode("GB18030");
        const QString text = decode(bytes);
        QVERIFY(text.startsWith(QStringLiteral("手机号码,短信内容\r\n13800138000,【星河旗舰店】")));
    }

    void shippingNotices()
    {
        const QSqlDatabase db = m_tdb->connection();
        OrderSpec s;
        s.no = QStringLiteral("S1");
        s.stage = Stage::Shipped;
        s.paidAt = QStringLiteral("2026-11-10 00:00:00");
        s.courier = QStringLiteral("ZTO");
        s.tracking = QStringLiteral("75000000000001");
        ReportFixture::order(db, m_taobao, s);
        s.no = QStringLiteral("S2");
        s.stage = Stage::Packed; // not shipped yet: not listed
        s.phone = QStringLiteral("13900000009");
        ReportFixture::order(db, m_taobao, s);
        const QList<ContactRow> rows = ContactLists::shipped(db);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].courier, QStringLiteral("中通快递"));

        ContactExportOptions o;
        o.kind = ContactKind::ShippingNotice;
        const QString path = m_tdb->dir() + QStringLiteral("/notices.csv");
        const ContactExportSummary sum = ContactExport::run(db, TestDatabase::actor(), path, o);
        QCOMPARE(sum.rows, 1);
        QVERIFY(QString::fromUtf8(readAll(path))
                    .contains(QStringLiteral("订单S1已由中通快递发出，运单号75000000000001")));
        QCOMPARE(ContactExport::run(db, TestDatabase::actor(), path, o).rows, 0);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
