// Message templates: placeholders filled per order, missing data shown and refused, unknown
// placeholders refused on save, SMS segment counting.
#include "ReportFixture.h"
#include "base/Error.h"
#include "reports/ContactLists.h"
#include "reports/MessageTemplate.h"

#include <QTest>

class TestMessages : public QObject {
    Q_OBJECT
private slots:
    void fillsEveryPlaceholder()
    {
        const MessageTemplate t(
            QStringLiteral("【{shop}】{buyer}：{items} 订单{order_no} {amount}元 {courier} {tracking_no}"));
        const FilledMessage m = t.fill({{QStringLiteral("shop"), QStringLiteral("星河旗舰店")},
                                        {QStringLiteral("buyer"), QStringLiteral("张伟")},
                                        {QStringLiteral("items"), QStringLiteral("T恤×2")},
                                        {QStringLiteral("order_no"), QStringLiteral("2000000000000000001")},
                                        {QStringLiteral("amount"), QStringLiteral("128.00")},
                                        {QStringLiteral("courier"), QStringLiteral("中通快递")},
                                        {QStringLiteral("tracking_no"), QStringLiteral("75123")}});
        QVERIFY(m.complete());
        QCOMPARE(m.text,
                 QStringLiteral("【星河旗舰店】张伟：T恤×2 订单2000000000000000001 128.00元 中通快递 75123"));
    }

    void missingDataIsVisibleAndListed()
    {
        const MessageTemplate t(QStringLiteral("{courier}运单号{tracking_no}，再次提醒{tracking_no}"));
        const FilledMessage m = t.fill({{QStringLiteral("courier"), QStringLiteral("中通快递")},
                                        {QStringLiteral("tracking_no"), QStringLiteral("  ")}});
        QVERIFY(!m.complete());
        QCOMPARE(m.missing, QStringList{QStringLiteral("tracking_no")});
        QCOMPARE(m.text, QStringLiteral("中通快递运单号【缺运单号】，再次提醒【缺运单号】"));
    }

    void unknownPlaceholdersAreRefusedOnSave()
    {
        TestDatabase tdb;
        const MessageTemplate t(QStringLiteral("{buyer} {phone} {foo} {phone}"));
        QCOMPARE(t.unknownPlaceholders(), (QStringList{QStringLiteral("phone"), QStringLiteral("foo")}));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 MessageTemplate::save(tdb.connection(), TestDatabase::actor(),
                                                       ContactKind::PaymentReminder, Channel::Sms, t.body()));
        // A good body saves, is audited, and loads back.
        MessageTemplate::save(tdb.connection(), TestDatabase::actor(), ContactKind::PaymentReminder,
                              Channel::Sms, QStringLiteral("【{shop}】请付款 {order_no}"));
        QCOMPARE(MessageTemplate::load(tdb.connection(), ContactKind::PaymentReminder, Channel::Sms).body(),
                 QStringLiteral("【{shop}】请付款 {order_no}"));
        QCOMPARE(
            countRows(tdb.connection(),
                      QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'message_template'")),
            1);
    }

    void defaultTemplatesUseOnlyKnownPlaceholders()
    {
        TestDatabase tdb;
        for (ContactKind kind : {ContactKind::PaymentReminder, ContactKind::ShippingNotice}) {
            for (Channel channel : Channels::all()) {
                const MessageTemplate t = MessageTemplate::load(tdb.connection(), kind, channel);
                QVERIFY(!t.body().isEmpty());
                QVERIFY(t.unknownPlaceholders().isEmpty());
            }
        }
    }

    void filledPerOrderFromTheDatabase()
    {
        TestDatabase tdb;
        const QSqlDatabase db = tdb.connection();
        Clock::freezeAt(ReportFixture::utc("2026-11-11 02:00:00"));
        const qint64 shop = ReportFixture::shop(db);
        ReportFixture::OrderSpec s;
        s.no = QStringLiteral("2000000000000000123");
        s.stage = Stage::AwaitingPayment;
        s.createdAt = QStringLiteral("2026-11-11 00:00:00");
        s.qty = 2;
        s.goodsFen = 11800;
        ReportFixture::order(db, shop, s);
        const QList<ContactRow> rows = ContactLists::unpaid(db);
        QCOMPARE(rows.size(), 1);
        const FilledMessage m =
            MessageTemplate::load(db, ContactKind::PaymentReminder, Channel::Sms).fill(rows.first().values());
        QVERIFY2(m.complete(), qPrintable(m.text));
        QCOMPARE(m.text,
                 QStringLiteral(
                     "【星河旗舰店】亲爱的张伟，您拍下的纯棉短袖T恤×2（订单2000000000000000123，118.00元）"
                     "尚未付款，订单即将关闭，库存有限请尽快付款。回T退订"));
        // A shipping notice for an unshipped order misses courier and tracking number: visible.
        const FilledMessage notice =
            MessageTemplate::load(db, ContactKind::ShippingNotice, Channel::Sms).fill(rows.first().values());
        QCOMPARE(notice.missing, (QStringList{QStringLiteral("courier"), QStringLiteral("tracking_no")}));
        QVERIFY(notice.text.contains(QStringLiteral("【缺快递公司】")));
        Clock::freezeAt({});
    }

    void smsSegments()
    {
        FilledMessage m;
        m.text = QString(70, u'字');
        QCOMPARE(m.smsSegments(), 1);
        m.text = QString(71, u'字');
        QCOMPARE(m.smsSegments(), 2);
        m.text = QString(134, u'字');
        QCOMPARE(m.smsSegments(), 2);
        m.text = QString(135, u'字');
        QCOMPARE(m.smsSegments(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
