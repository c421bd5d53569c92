// The reports on hand-computed fixtures: refund metrics exactly by the platform's formulas,
// daily shipping (24/48/72 h, late list, by courier, by hour) and productivity per operator.
#include "ReportFixture.h"
#include "orders/AfterSales.h"
#include "reports/AfterSalesDesk.h"
#include "reports/Csv.h"
#include "reports/ProductivityReport.h"
#include "reports/RefundMetrics.h"
#include "reports/ShippingReport.h"
#include "reports/ShopDay.h"

#include <QTest>

using ReportFixture::OrderSpec;
using ReportFixture::utc;

namespace {
const MetricFigure &figure(const RefundMetricsReport &r, const char *key)
{
    for (const MetricFigure &f : r.figures) {
        if (f.key == QLatin1String(key))
            return f;
    }
    qFatal("no figure %s", key);
}
} // namespace

class TestReports : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_shop = 0;

    qint64 paidOrder(const QString &no, const char *paidAt, Stage stage = Stage::Imported,
                     const char *courier = "")
    {
        OrderSpec s;
        s.no = no;
        s.paidAt = QString::fromLatin1(paidAt);
        s.createdAt = s.paidAt;
        s.stage = stage;
        s.courier = QString::fromLatin1(courier);
        return ReportFixture::order(m_tdb->connection(), m_shop, s);
    }
    // A case as the platform reports it.
    qint64 refundCase(qint64 orderId, const char *kind, const char *reason, const char *requested,
                      const char *completed, bool dispute = false, bool liable = false)
    {
        AfterSalesCase c;
        c.orderId = orderId;
        c.kind = QString::fromLatin1(kind);
        c.arrivedStage = Stage::Shipped;
        c.requestedAt = QString::fromLatin1(requested);
        const qint64 id = AfterSales::open(m_tdb->connection(), TestDatabase::actor(), c);
        const Result<> r = AfterSalesDesk::recordRefund(
            m_tdb->connection(), TestDatabase::actor(), id,
            {QString::fromUtf8(reason), QString::fromLatin1(completed), dispute, liable});
        if (!r.ok)
            qFatal("%s", qPrintable(r.message));
        return id;
    }
    void shipAlong(qint64 id, const char *shippedAt, const QString &who = QStringLiteral("张三"))
    {
        const QSqlDatabase db = m_tdb->connection();
        ReportFixture::move(db, id, Stage::Imported, Stage::Reviewed, shippedAt, who);
        ReportFixture::move(db, id, Stage::Reviewed, Stage::Submitted, shippedAt, who);
        ReportFixture::move(db, id, Stage::Submitted, Stage::Printed, shippedAt, who);
        ReportFixture::move(db, id, Stage::Printed, Stage::Packed, shippedAt, who);
        ReportFixture::move(db, id, Stage::Packed, Stage::Shipped, shippedAt, who);
    }

private slots:
    void init()
    {
        m_tdb = std::make_unique<TestDatabase>();
        Clock::freezeAt(utc("2026-12-01 00:00:00"));
        m_shop = ReportFixture::shop(m_tdb->connection());
    }
    void cleanup()
    {
        m_tdb.reset();
        Clock::freezeAt({});
    }

    void shopDayIsBeijing()
    {
        QCOMPARE(ShopDay::startText(QDate(2026, 11, 11)), QStringLiteral("2026-11-10 16:00:00"));
        QCOMPARE(ShopDay::dateOf(utc("2026-11-10 16:00:00")), QDate(2026, 11, 11));
        QCOMPARE(ShopDay::hourOf(utc("2026-11-10 16:30:00")), 0);
    }

    void refundMetricsByTheFormulas()
    {
        // Window: Beijing 2026-11-01 … 11-30 = UTC [10-31 16:00, 11-30 16:00).
        QList<qint64> o;
        for (int i = 1; i <= 10; ++i)
            o << paidOrder(QStringLiteral("O%1").arg(i), "2026-11-05 00:00:00");
        paidOrder(QStringLiteral("IN-EDGE"), "2026-10-31 16:00:00");  // Beijing 11-01 00:00: inside
        paidOrder(QStringLiteral("OUT-EDGE"), "2026-10-31 15:59:59"); // Beijing 10-31: outside
        OrderSpec unpaid;
        unpaid.no = QStringLiteral("UNPAID");
        unpaid.stage = Stage::AwaitingPayment;
        ReportFixture::order(m_tdb->connection(), m_shop, unpaid);
        // → 成交订单笔数 = 11

        // O1: first request quality (counts), a later return with a quality reason (not first).
        refundCase(o[0], "refund_only", "质量问题", "2026-11-06 00:00:00", "2026-11-06 12:00:00");   // 12 h
        refundCase(o[0], "return_refund", "做工粗糙", "2026-11-07 00:00:00", "2026-11-09 00:00:00"); // 48 h
        // O2: first request no-reason; the second says quality (not first); it went to a dispute
        // ruled against the seller.
        refundCase(o[1], "refund_only", "七天无理由", "2026-11-08 00:00:00", "2026-11-08 06:00:00"); // 6 h
        refundCase(o[1], "return_refund", "质量问题", "2026-11-09 00:00:00", "2026-11-12 00:00:00", true,
                   true);
        // O3: quality, requested before the window (not counted), completed inside: 48 h return.
        refundCase(o[2], "return_refund", "品质问题", "2026-10-31 15:00:00", "2026-11-02 15:00:00");
        // O4: quality, first, not completed yet: counts for the rate, no duration.
        refundCase(o[3], "refund_only", "质量问题", "2026-11-20 00:00:00", "");
        // O5: platform intervened, not the seller's fault: out of durations and of the dispute rate.
        refundCase(o[4], "refund_only", "物流破损", "2026-11-21 00:00:00", "2026-11-21 03:00:00", true,
                   false);
        // O6: an exchange is not a refund.
        refundCase(o[5], "exchange", "质量问题", "2026-11-22 00:00:00", "");
        // O7: completed just after the window: out, dispute or not.
        refundCase(o[6], "refund_only", "不想要了", "2026-11-29 00:00:00", "2026-11-30 16:00:00", true, true);
        // O8: refund only, 3 h.
        refundCase(o[7], "refund_only", "不想要了", "2026-11-15 00:00:00", "2026-11-15 03:00:00");

        const RefundMetricsReport r = RefundMetrics::compute(m_tdb->connection(), QDate(2026, 11, 30));
        QCOMPARE(r.firstDay, QDate(2026, 11, 1));

        const MetricFigure &experience = figure(r, "product_experience_refund_rate");
        QCOMPARE(experience.numerator, 2.0); // O1, O4
        QCOMPARE(experience.denominator, 11);
        QCOMPARE(experience.valueText(), QStringLiteral("18.18%"));
        QVERIFY(experience.formula.contains(QStringLiteral("首次发起且申请退款原因为品质问题的订单笔数")));

        const MetricFigure &only = figure(r, "refund_only_duration");
        QCOMPARE(only.numerator, 21.0); // 12 + 6 + 3
        QCOMPARE(only.denominator, 3);
        QCOMPARE(only.value(), 7.0);

        const MetricFigure &ret = figure(r, "return_refund_duration");
        QCOMPARE(ret.numerator, 96.0); // O1 48 h + O3 48 h; O2's dispute left out
        QCOMPARE(ret.denominator, 2);
        QCOMPARE(ret.value(), 48.0);
        QCOMPARE(r.returnDurationAsPrinted.denominator, 3); // the source's refund-only count
        QCOMPARE(r.returnDurationAsPrinted.value(), 32.0);

        const MetricFigure &dispute = figure(r, "dispute_refund_rate");
        QCOMPARE(dispute.numerator, 1.0); // O2's return
        QCOMPARE(dispute.denominator, 11);
        QCOMPARE(dispute.valueText(), QStringLiteral("9.09%"));

        const QList<QStringList> csv = RefundMetrics::csvRows(r);
        QCOMPARE(csv.size(), 6);
        QCOMPARE(csv[1][0], QStringLiteral("product_experience_refund_rate"));
        QCOMPARE(csv[1][2], QStringLiteral("18.1818"));
        QCOMPARE(csv[2][2], QStringLiteral("7.0000"));
    }

    void emptyWindowIsUndefinedNotZero()
    {
        const RefundMetricsReport r = RefundMetrics::compute(m_tdb->connection(), QDate(2026, 11, 30));
        for (const MetricFigure &f : r.figures) {
            QVERIFY(!f.defined());
            QCOMPARE(f.valueText(), QStringLiteral("—"));
        }
    }

    void dailyShipping()
    {
        const QSqlDatabase db = m_tdb->connection();
        // Day: Beijing 2026-11-11 = UTC [11-10 16:00, 11-11 16:00). Deadline 48 h. Now 11-14 00:00.
        const qint64 a = paidOrder(QStringLiteral("a"), "2026-11-10 16:30:00", Stage::Imported, "ZTO");
        const qint64 b = paidOrder(QStringLiteral("b"), "2026-11-11 02:00:00", Stage::Imported, "ZTO");
        const qint64 c = paidOrder(QStringLiteral("c"), "2026-11-11 03:00:00", Stage::Imported, "YTO");
        paidOrder(QStringLiteral("d"), "2026-11-11 04:00:00", Stage::Packed, "YTO"); // not shipped
        paidOrder(QStringLiteral("e"), "2026-11-11 05:00:00", Stage::Cancelled, "YTO");
        Clock::freezeAt(utc("2026-11-11 20:00:00")); // shipped before audit rows: stage time is all we know
        paidOrder(QStringLiteral("f"), "2026-11-11 15:59:59", Stage::Shipped, "SF");
        paidOrder(QStringLiteral("g"), "2026-11-11 16:00:00", Stage::Imported, "SF"); // the next day
        const qint64 h = paidOrder(QStringLiteral("h"), "2026-11-09 10:00:00", Stage::Imported, "JT");
        shipAlong(a, "2026-11-11 10:00:00"); // 17.5 h
        shipAlong(b, "2026-11-12 14:00:00"); // 36 h
        shipAlong(c, "2026-11-13 15:00:00"); // 60 h: 12 h late
        shipAlong(h, "2026-11-11 01:00:00"); // paid another day, left on this one
        Clock::freezeAt(utc("2026-11-14 00:00:00"));

        const ShippingReportData r = ShippingReport::compute(db, QDate(2026, 11, 11), 48);
        QCOMPARE(r.paid, 6);
        QCOMPARE(r.closed, 1);
        QCOMPARE(r.toShip, 5);
        QCOMPARE(r.shipped, 4);
        QCOMPARE(r.within24, 2); // a, f
        QCOMPARE(r.within48, 3);
        QCOMPARE(r.within72, 4);
        QCOMPARE(r.late.size(), 2);
        QCOMPARE(r.late[0].orderNo, QStringLiteral("d")); // 68 h unshipped: 20 h late
        QCOMPARE(r.late[0].hoursLate, 20.0);
        QVERIFY(r.late[0].shippedAt.isEmpty());
        QCOMPARE(r.late[1].orderNo, QStringLiteral("c"));
        QCOMPARE(r.late[1].hoursLate, 12.0);
        QCOMPARE(r.shippedOnDay, 2); // a, h (f's stage time is the next Beijing day)
        QCOMPARE(r.paidByHour[0], 1);
        QCOMPARE(r.paidByHour[10], 1);
        QCOMPARE(r.paidByHour[23], 1);
        QCOMPARE(r.shippedByHour[18], 1); // a at 10:00 UTC
        QCOMPARE(r.shippedByHour[9], 1);  // h at 01:00 UTC

        QMap<QString, CourierShipping> byName;
        for (const CourierShipping &cs : r.byCourier)
            byName.insert(cs.courier, cs);
        const QString zto = QStringLiteral("中通快递"), yto = QStringLiteral("圆通速递"),
                      jt = QStringLiteral("极兔速递");
        QCOMPARE(byName[zto].paid, 2);
        QCOMPARE(byName[zto].within24, 1);
        QCOMPARE(byName[zto].shippedOnDay, 1);
        QCOMPARE(byName[yto].paid, 2); // e is cancelled: not to ship
        QCOMPARE(byName[yto].late, 2);
        QCOMPARE(byName[jt].paid, 0);
        QCOMPARE(byName[jt].shippedOnDay, 1);

        const QList<QStringList> csv = ShippingReport::csvRows(r);
        QCOMPARE(csv[1], (QStringList{QStringLiteral("paid"), QStringLiteral("6")}));
        const QString text = Csv::table(csv);
        QVERIFY(text.contains(QStringLiteral("d,圆通速递,packed,2026-11-11 04:00:00,,20.0\r\n")));
    }

    void productivityPerOperator()
    {
        const QSqlDatabase db = m_tdb->connection();
        const QString zhang = QStringLiteral("张三"), li = QStringLiteral("李四");
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << paidOrder(QStringLiteral("p%1").arg(i), "2026-11-10 00:00:00");
        ReportFixture::move(db, ids[0], Stage::Imported, Stage::Reviewed, "2026-11-11 01:10:00", zhang);
        ReportFixture::move(db, ids[1], Stage::Imported, Stage::Reviewed, "2026-11-11 01:20:00", zhang);
        ReportFixture::move(db, ids[2], Stage::Imported, Stage::Reviewed, "2026-11-11 02:05:00", zhang);
        ReportFixture::move(db, ids[3], Stage::Imported, Stage::Reviewed, "2026-11-12 02:05:00",
                            zhang); // outside
        ReportFixture::move(db, ids[0], Stage::Reviewed, Stage::Submitted, "2026-11-11 02:30:00",
                            li); // not counted
        ReportFixture::move(db, ids[0], Stage::Submitted, Stage::Printed, "2026-11-11 02:40:00", li);
        ReportFixture::move(db, ids[0], Stage::Printed, Stage::Packed, "2026-11-11 03:00:00", li);
        ReportFixture::move(db, ids[1], Stage::Reviewed, Stage::Submitted, "2026-11-11 03:10:00", li);
        ReportFixture::move(db, ids[1], Stage::Submitted, Stage::Printed, "2026-11-11 03:20:00", li);
        ReportFixture::move(db, ids[1], Stage::Printed, Stage::Packed, "2026-11-11 03:30:00", li);

        const QList<OperatorProductivity> rows = ProductivityReport::compute(
            db, ShopDay::startText(QDate(2026, 11, 11)), ShopDay::startText(QDate(2026, 11, 12)));
        QCOMPARE(rows.size(), 2);
        const OperatorProductivity &l = rows[0]; // 4 moves
        QCOMPARE(l.operatorName, li);
        QCOMPARE(l.printed, 2);
        QCOMPARE(l.packed, 2);
        QCOMPARE(l.activeHours, 2); // 02:xx and 03:xx
        QCOMPARE(l.perHour(l.packed), 1.0);
        const OperatorProductivity &z = rows[1];
        QCOMPARE(z.reviewed, 3);
        QCOMPARE(z.activeHours, 2);
        QCOMPARE(z.perHour(z.reviewed), 1.5);
        QCOMPARE(z.first, QStringLiteral("2026-11-11 01:10:00"));
        const QList<QStringList> csv = ProductivityReport::csvRows(rows);
        QCOMPARE(csv[2], (QStringList{zhang, QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("0"),
                                      QStringLiteral("2"), QStringLiteral("1.5"), QStringLiteral("0.0"),
                                      QStringLiteral("0.0"), QStringLiteral("2026-11-11 01:10:00"),
                                      QStringLiteral("2026-11-11 02:05:00")}));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
