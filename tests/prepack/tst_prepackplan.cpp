// Campaigns and the pre-pack plan: suggestion arithmetic (rounding, cap by on hand), edits,
// validation, and per-buyer limits kept in step with skus.purchase_limit.
#include "PrepackFixture.h"
#include "base/Clock.h"
#include "prepack/CampaignLimits.h"
#include "prepack/Campaigns.h"
#include "prepack/PrepackPlan.h"

using namespace Fixture;

namespace {
Campaign juhuasuan(int ratio = 60)
{
    Campaign c;
    c.name = QStringLiteral("聚划算 11.11");
    c.startsAt = QStringLiteral("2026-11-11 00:00:00");
    c.endsAt = QStringLiteral("2026-11-12 00:00:00");
    c.ratioPercent = ratio;
    return c;
}

int limitOf(const QSqlDatabase &db, qint64 skuId)
{
    return Sql::scalar(db, QStringLiteral("SELECT purchase_limit FROM skus WHERE id = ?"), {skuId}).toInt();
}
} // namespace

class TestPrepackPlan : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { Clock::freezeAt({}); }

    void suggest_data()
    {
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("ratio");
        QTest::addColumn<int>("onHand");
        QTest::addColumn<int>("suggested");
        QTest::newRow("60% of 1000") << 1000 << 60 << 5000 << 600;
        QTest::newRow("4.2 rounds down") << 7 << 60 << 100 << 4;
        QTest::newRow("2.5 rounds up") << 5 << 50 << 100 << 3;
        QTest::newRow("0.5 rounds up") << 1 << 50 << 100 << 1;
        QTest::newRow("0.49 rounds down") << 7 << 7 << 100 << 0;
        QTest::newRow("capped by on hand") << 1000 << 60 << 250 << 250;
        QTest::newRow("nothing on hand") << 1000 << 60 << 0 << 0;
        QTest::newRow("ratio 0") << 300 << 0 << 100 << 0;
        QTest::newRow("ratio 100") << 300 << 100 << 1000 << 300;
        QTest::newRow("no expectation") << 0 << 60 << 100 << 0;
        QTest::newRow("negative on hand treated as 0") << 10 << 60 << -5 << 0;
        QTest::newRow("large numbers do not overflow") << 30000000 << 99 << 2000000000 << 29700000;
    }
    void suggest()
    {
        QFETCH(int, expected);
        QFETCH(int, ratio);
        QFETCH(int, onHand);
        QFETCH(int, suggested);
        QCOMPARE(PrepackPlan::suggest(expected, ratio, onHand), suggested);
    }

    void planRowsFollowSuggestionUntilEdited()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 500);
        const qint64 b = addSku(db, QStringLiteral("HOT-B"), QStringLiteral("A-01-02"), 100);
        Campaign c = juhuasuan(60);
        QVERIFY(Campaigns::save(db, actor(), c).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), c.id, QStringLiteral("HOT-A"), 700).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), c.id, QStringLiteral("HOT-B"), 1000).ok);

        QList<PlanRow> rows = PrepackPlan::rows(db, c.id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].skuId, a); // sorted by bin
        QCOMPARE(rows[0].suggested, 420);
        QCOMPARE(rows[0].planned, 420);
        QVERIFY(!rows[0].edited);
        QCOMPARE(rows[1].suggested, 100); // 600 capped by the 100 on hand
        QCOMPARE(rows[1].toPack(), 100);
        QCOMPARE(rows[0].purchaseLimit, 1); // 聚划算 default

        QVERIFY(Campaigns::setPlanned(db, actor(), c.id, a, 300).ok);
        rows = PrepackPlan::rows(db, c.id);
        QCOMPARE(rows[0].planned, 300);
        QVERIFY(rows[0].edited);
        QCOMPARE(rows[0].suggested, 420);

        // A new ratio moves the suggestion, not the person's number.
        c.ratioPercent = 50;
        QVERIFY(Campaigns::save(db, actor(), c).ok);
        rows = PrepackPlan::rows(db, c.id);
        QCOMPARE(rows[0].suggested, 350);
        QCOMPARE(rows[0].planned, 300);
        QCOMPARE(rows[1].suggested, 100);

        QVERIFY(Campaigns::setPlanned(db, actor(), c.id, a, std::nullopt).ok);
        QCOMPARE(PrepackPlan::rows(db, c.id)[0].planned, 350);
        QVERIFY(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'campaign'")) >=
                6);
        QVERIFY(!Campaigns::setPlanned(db, actor(), c.id, b + 100, 5).ok);
        QVERIFY(!Campaigns::setPlanned(db, actor(), c.id, a, -1).ok);
    }

    void badInputIsRefused()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 5);
        Campaign c = juhuasuan();
        c.name = QStringLiteral("  ");
        QVERIFY(!Campaigns::save(db, actor(), c).ok);
        c = juhuasuan();
        c.endsAt = c.startsAt;
        const Result<> r = Campaigns::save(db, actor(), c);
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(c.startsAt));
        c = juhuasuan(101);
        QVERIFY(!Campaigns::save(db, actor(), c).ok);
        c = juhuasuan();
        c.startsAt = QStringLiteral("tomorrow");
        QVERIFY(!Campaigns::save(db, actor(), c).ok);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);

        c = juhuasuan();
        QVERIFY(Campaigns::save(db, actor(), c).ok);
        const Result<> unknown = Campaigns::addSkuByCode(db, actor(), c.id, QStringLiteral("NOPE"), 10);
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.message.contains(QStringLiteral("NOPE")));
        QVERIFY(!Campaigns::addSkuByCode(db, actor(), c.id + 1, QStringLiteral("HOT-A"), 10).ok);
        QVERIFY(!Campaigns::addSkuByCode(db, actor(), c.id, QStringLiteral("HOT-A"), -3).ok);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM campaign_skus")), 0);
    }

    void limitsFollowTheActiveCampaign()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        if (!CampaignLimits::supported(db))
            QSKIP("skus.purchase_limit (review desk migration) is not in this build");
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 50);
        const qint64 b = addSku(db, QStringLiteral("HOT-B"), QStringLiteral("A-01-02"), 50);
        Sql::run(db, QStringLiteral("UPDATE skus SET purchase_limit = 5 WHERE id = ?"),
                 {b}); // set by hand before

        Clock::freezeAt(QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC));
        Campaign c = juhuasuan();
        QVERIFY(Campaigns::save(db, actor(), c).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), c.id, QStringLiteral("HOT-A"), 100).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), c.id, QStringLiteral("HOT-B"), 100, 2).ok);
        QCOMPARE(limitOf(db, a), 0); // not started yet
        QCOMPARE(limitOf(db, b), 5);

        Clock::freezeAt(QDateTime(QDate(2026, 11, 11), QTime(0, 0), Qt::UTC)); // start is inclusive
        QCOMPARE(CampaignLimits::sync(db, actor()), 2);
        QCOMPARE(limitOf(db, a), 1);
        QCOMPARE(limitOf(db, b), 2);
        QCOMPARE(CampaignLimits::sync(db, actor()), 0); // idempotent

        // Editing the campaign's limit while it runs moves the column with it.
        CampaignSku s = Campaigns::load(db, c.id)->skus[0];
        s.purchaseLimit = 3;
        QVERIFY(Campaigns::setSku(db, actor(), c.id, s).ok);
        QCOMPARE(limitOf(db, a), 3);

        // A person changes B's limit by hand during the sale; after the sale theirs stays.
        Sql::run(db, QStringLiteral("UPDATE skus SET purchase_limit = 4 WHERE id = ?"), {b});
        Clock::freezeAt(QDateTime(QDate(2026, 11, 12), QTime(0, 0), Qt::UTC)); // end is exclusive
        QCOMPARE(CampaignLimits::sync(db, actor()), 1);
        QCOMPARE(limitOf(db, a), 0); // back to what it was
        QCOMPARE(limitOf(db, b), 4);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM prepack_limit_writes")), 0);
        QCOMPARE(
            countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sku' AND action = "
                                         "'purchase_limit'")),
            4);
    }

    void twoActiveCampaignsTakeTheSmallerLimit()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        if (!CampaignLimits::supported(db))
            QSKIP("skus.purchase_limit (review desk migration) is not in this build");
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 50);
        Clock::freezeAt(QDateTime(QDate(2026, 11, 11), QTime(10, 0), Qt::UTC));
        Campaign c1 = juhuasuan();
        Campaign c2 = juhuasuan();
        c2.name = QStringLiteral("店铺秒杀");
        QVERIFY(Campaigns::save(db, actor(), c1).ok);
        QVERIFY(Campaigns::save(db, actor(), c2).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), c1.id, QStringLiteral("HOT-A"), 10, 3).ok);
        QVERIFY(Campaigns::addSkuByCode(db, actor(), c2.id, QStringLiteral("HOT-A"), 10, 2).ok);
        QCOMPARE(limitOf(db, a), 2);
        QVERIFY(Campaigns::removeSku(db, actor(), c2.id, a).ok);
        QCOMPARE(limitOf(db, a), 3);
        QVERIFY(Campaigns::removeSku(db, actor(), c1.id, a).ok);
        QCOMPARE(limitOf(db, a), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrepackPlan)
#include "tst_prepackplan.moc"
