#include "RefundMetrics.h"

#include "ShopDay.h"
#include "base/Clock.h"
#include "db/Sql.h"
#include "orders/AfterSales.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RefundMetrics", text);
}

struct Durations {
    double hours = 0;
    qint64 count = 0;
};

// Completed, not-intervened cases of one kind in [from, to): total hours and count.
Durations durations(const QSqlDatabase &db, AfterSalesKind kind, const QString &from, const QString &to)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT requested_at, completed_at FROM after_sales WHERE kind = ? "
                                          "AND dispute = 0 AND completed_at >= ? AND completed_at < ?"),
                           {AfterSales::code(kind), from, to});
    Durations d;
    while (q.next()) {
        const QDateTime requested = Clock::fromText(q.value(0).toString());
        const QDateTime completed = Clock::fromText(q.value(1).toString());
        if (!requested.isValid() || !completed.isValid())
            continue;
        d.hours += std::max<qint64>(0, requested.secsTo(completed)) / 3600.0;
        ++d.count;
    }
    return d;
}
} // namespace

QString MetricFigure::valueText() const
{
    if (!defined())
        return QStringLiteral("—");
    if (isRate)
        return QString::number(value(), 'f', 2) + u'%';
    return QCoreApplication::translate("MetricFigure", "%1 h (%2 d)")
        .arg(QString::number(value(), 'f', 2), QString::number(value() / 24.0, 'f', 2));
}

RefundMetricsReport RefundMetrics::compute(const QSqlDatabase &db, const QDate &lastDay, int days)
{
    RefundMetricsReport report;
    report.lastDay = lastDay;
    report.firstDay = lastDay.addDays(-(days - 1));
    const QString from = ShopDay::startText(report.firstDay);
    const QString to = ShopDay::startText(lastDay.addDays(1));

    // 成交订单笔数 / 支付宝成交笔数: orders paid in the window, whatever became of them.
    const qint64 paid =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at >= ? AND paid_at < ?"),
                    {from, to})
            .toLongLong();

    // First refund request per order: no earlier request on the same order (ties by id).
    const qint64 quality =
        Sql::scalar(
            db,
            QStringLiteral(
                "SELECT COUNT(DISTINCT a.order_id) FROM after_sales a WHERE a.kind IN ('refund_only', "
                "'return_refund') AND a.reason_category = 'quality' AND a.requested_at >= ? AND "
                "a.requested_at < ? AND NOT EXISTS (SELECT 1 FROM after_sales e WHERE e.order_id = "
                "a.order_id AND e.kind IN ('refund_only', 'return_refund') AND (e.requested_at < "
                "a.requested_at OR (e.requested_at = a.requested_at AND e.id < a.id)))"),
            {from, to})
            .toLongLong();

    const qint64 disputes =
        Sql::scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM after_sales WHERE dispute = 1 AND seller_liable = 1 AND "
                           "completed_at >= ? AND completed_at < ?"),
            {from, to})
            .toLongLong();

    const Durations refundOnly = durations(db, AfterSalesKind::RefundOnly, from, to);
    const Durations returnRefund = durations(db, AfterSalesKind::ReturnRefund, from, to);

    MetricFigure experience;
    experience.key = QStringLiteral("product_experience_refund_rate");
    experience.name = QStringLiteral("商品体验退款率");
    experience.formula =
        QStringLiteral("商品体验退款率=近30天首次发起且申请退款原因为品质问题的订单笔数/近30天成交订单笔数");
    experience.note =
        tr("Orders whose first refund request (refund only or return) in the window gives a quality "
           "reason, over orders paid in the window.");
    experience.numerator = double(quality);
    experience.denominator = paid;

    MetricFigure onlyDuration;
    onlyDuration.key = QStringLiteral("refund_only_duration");
    onlyDuration.name = QStringLiteral("仅退款自主完结时长");
    onlyDuration.formula = QStringLiteral("仅退款自主完结时长=近30天(售中+售后)仅退款申请到退款完结总时长/"
                                          "近30天(售中+售后)仅退款完结总笔数");
    onlyDuration.note =
        tr("Refund-only cases completed in the window, request to completion; cases the platform "
           "intervened in are not self-completed and are left out.");
    onlyDuration.isRate = false;
    onlyDuration.numerator = refundOnly.hours;
    onlyDuration.denominator = refundOnly.count;

    MetricFigure returnDuration;
    returnDuration.key = QStringLiteral("return_refund_duration");
    returnDuration.name = QStringLiteral("退货退款自主完结时长");
    returnDuration.formula =
        QStringLiteral("退货退款自主完结时长=近30天(售中+售后)退货退款申请到退款完结总时长/"
                       "近30天(售中+售后)退货退款完结总笔数");
    returnDuration.note =
        tr("The source prints the refund-only count as the denominator, an evident copy error "
           "(it would mix two populations); Packline divides by the return-and-refund count. "
           "Interventions are left out as above.");
    returnDuration.isRate = false;
    returnDuration.numerator = returnRefund.hours;
    returnDuration.denominator = returnRefund.count;

    report.returnDurationAsPrinted = returnDuration;
    report.returnDurationAsPrinted.key = QStringLiteral("return_refund_duration_as_printed");
    report.returnDurationAsPrinted.formula = QStringLiteral(
        "退货退款自主完结时长=近(售中+售后)退货退款申请到退款完结总时长/近30天(售中+售后)仅退款完结总笔数");
    report.returnDurationAsPrinted.note = tr("As printed in the source, for comparison only.");
    report.returnDurationAsPrinted.denominator = refundOnly.count;

    MetricFigure dispute;
    dispute.key = QStringLiteral("dispute_refund_rate");
    dispute.name = QStringLiteral("纠纷退款率");
    dispute.formula =
        QStringLiteral("纠纷退款率=近30天(售中+售后)判定为卖家责任且生效的退款笔数/支付宝成交笔数");
    dispute.note =
        tr("Refunds the platform ruled the seller's fault, completed in the window, over orders paid in "
           "the window.");
    dispute.numerator = double(disputes);
    dispute.denominator = paid;

    report.figures = {experience, onlyDuration, returnDuration, dispute};
    return report;
}

QList<QStringList> RefundMetrics::csvRows(const RefundMetricsReport &report)
{
    QList<QStringList> rows{{QStringLiteral("metric"), QStringLiteral("name"), QStringLiteral("value"),
                             QStringLiteral("numerator"), QStringLiteral("denominator"),
                             QStringLiteral("unit"), QStringLiteral("window_first_day"),
                             QStringLiteral("window_last_day"), QStringLiteral("formula")}};
    QList<MetricFigure> all = report.figures;
    all << report.returnDurationAsPrinted;
    for (const MetricFigure &f : std::as_const(all))
        rows << QStringList{f.key,
                            f.name,
                            f.defined() ? QString::number(f.value(), 'f', 4) : QString(),
                            QString::number(f.numerator, 'f', f.isRate ? 0 : 4),
                            QString::number(f.denominator),
                            f.isRate ? QStringLiteral("percent") : QStringLiteral("hours"),
                            report.firstDay.toString(Qt::ISODate),
                            report.lastDay.toString(Qt::ISODate),
                            f.formula};
    return rows;
}
