// The platform's refund report in: cases with the facts the refund metrics need, bad rows
// rejected with line and column, re-import changes nothing, GBK files read as well.
#include "ReportFixture.h"
#include "base/Error.h"
#include "reports/RefundMetrics.h"
#include "reports/RefundReportImport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

namespace {
const char *kReport =
    "退款编号,订单编号,买家退款金额,是否需要退货,退款的申请时间,完结时间,退款状态,退款原因,客服介入状态,"
    "责任方\r\n"
    "R1,=\"O1\",128.00,否,2026-11-06 08:00:00,2026-11-06 20:00:00,退款成功,质量问题,无需客服介入,\r\n"
    "R2,O2,59.00,是,2026-11-09 08:00:00,2026-11-12 08:00:00,退款成功,质量问题,客服介入中,卖家\r\n"
    "R3,O9,10.00,否,2026-11-09 08:00:00,2026-11-09 09:00:00,退款成功,不想要了,,\r\n"
    "R4,O1,1.00,否,2026-13-01 00:00:00,,退款成功,不想要了,,\r\n"
    "R5,O3,5.00,否,2026-11-10 08:00:00,2026-11-10 09:00:00,退款关闭,\"不想要了,拍错了\",,\r\n";
} // namespace

class TestRefundImport : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_tdb;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tdb->dir() + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

private slots:
    void init()
    {
        m_tdb = std::make_unique<TestDatabase>();
        Clock::freezeAt(ReportFixture::utc("2026-12-01 00:00:00"));
        const qint64 shop = ReportFixture::shop(m_tdb->connection());
        for (const char *no : {"O1", "O2", "O3"}) {
            ReportFixture::OrderSpec s;
            s.no = QString::fromLatin1(no);
            s.stage = Stage::Shipped;
            s.paidAt = QStringLiteral("2026-11-05 00:00:00");
            ReportFixture::order(m_tdb->connection(), shop, s);
        }
    }
    void cleanup()
    {
        m_tdb.reset();
        Clock::freezeAt({});
    }

    void importsCasesWithTheirFacts()
    {
        const QSqlDatabase db = m_tdb->connection();
        const QString path =
            write(QStringLiteral("refunds.csv"), QByteArray("\xEF\xBB\xBF") + QByteArray(kReport));
        const RefundImportSummary s = RefundReportImport::run(db, TestDatabase::actor(), path);
        QCOMPARE(s.created, 3);
        QCOMPARE(s.rejected.size(), 2);
        QCOMPARE(s.rejected[0].line, 4);
        QCOMPARE(s.rejected[0].column, QStringLiteral("订单编号"));
        QCOMPARE(s.rejected[1].line, 5);
        QCOMPARE(s.rejected[1].column, QStringLiteral("退款的申请时间"));
        QCOMPARE(s.rejected[1].value, QStringLiteral("2026-13-01 00:00:00"));

        QSqlQuery q = Sql::run(
            db, QStringLiteral("SELECT o.platform_order_no, a.kind, a.requested_at, a.completed_at, "
                               "a.reason_category, a.dispute, a.seller_liable, a.refund_fen, "
                               "a.arrived_stage FROM after_sales a JOIN orders o ON o.id = a.order_id "
                               "ORDER BY o.platform_order_no"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("refund_only"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-11-06 00:00:00")); // China time → UTC
        QCOMPARE(q.value(3).toString(), QStringLiteral("2026-11-06 12:00:00"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("quality"));
        QCOMPARE(q.value(7).toLongLong(), 12800);
        QCOMPARE(q.value(8).toString(), QStringLiteral("shipped"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("return_refund"));
        QCOMPARE(q.value(5).toInt(), 1);
        QCOMPARE(q.value(6).toInt(), 1);
        QVERIFY(q.next());
        QVERIFY(q.value(3).isNull()); // 退款关闭: no refund completed
        QCOMPARE(q.value(4).toString(), QStringLiteral("no_reason"));
        q.finish();

        // The metrics read them: refund-only 12 h over one case; one dispute against the seller.
        const RefundMetricsReport r = RefundMetrics::compute(db, QDate(2026, 11, 30));
        QCOMPARE(r.figures[1].value(), 12.0);
        QCOMPARE(r.figures[3].numerator, 1.0);

        // The same file again: nothing new, nothing doubled.
        const RefundImportSummary again = RefundReportImport::run(db, TestDatabase::actor(), path);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 3);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM after_sales")), 3);
    }

    void readsGbk()
    {
        QStringEncoder gbk("GB18030");
        if (!gbk.isValid())
            QSKIP("Qt built without GB18030");
        const QByteArray bytes = gbk.encode(QString::fromUtf8(kReport));
        const RefundImportSummary s = RefundReportImport::run(m_tdb->connection(), TestDatabase::actor(),
                                                              write(QStringLiteral("gbk.csv"), bytes));
        QCOMPARE(s.created, 3);
    }

    void missingColumnIsOneClearError()
    {
        const QString path =
            write(QStringLiteral("bad.csv"), QByteArray("订单编号,退款原因\r\nO1,质量问题\r\n"));
        try {
            RefundReportImport::run(m_tdb->connection(), TestDatabase::actor(), path);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("退款的申请时间")), qPrintable(e.message()));
        }
        QCOMPARE(countRows(m_tdb->connection(), QStringLiteral("SELECT COUNT(*) FROM after_sales")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRefundImport)
#include "tst_refundimport.moc"
