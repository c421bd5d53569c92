#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One service metric over a window, with the platform's formula beside it.
struct MetricFigure {
    QString key;          // product_experience_refund_rate | refund_only_duration | return_refund_duration |
                          // dispute_refund_rate
    QString name;         // 商品体验退款率 …, as the platform names it
    QString formula;      // the platform's formula text (background/001), verbatim where it is right
    QString note;         // how Packline reads it (what counts, corrections)
    double numerator = 0; // count, or total hours for durations
    qint64 denominator = 0;
    bool isRate = true; // rate in percent, else hours
    bool defined() const { return denominator > 0; }
    double value() const
    {
        return defined()
                   ? (isRate ? 100.0 * numerator / double(denominator) : numerator / double(denominator))
                   : 0.0;
    }
    QString valueText() const; // "0.52%", "37.50 h (1.56 d)", "—" when undefined
};

struct RefundMetricsReport {
    QDate firstDay; // Beijing dates, inclusive
    QDate lastDay;
    QList<MetricFigure> figures;
    // As printed in the source, 退货退款自主完结时长 divides by the refund-only count; kept for
    // comparison (see the figure's note).
    MetricFigure returnDurationAsPrinted;
};

// The platform's refund metrics over a 30-day window ending on `lastDay` (Beijing dates, the
// platform's "近30天"), from after_sales and orders:
//   商品体验退款率 = orders whose FIRST refund request in the window gives a quality reason (品质问题)
//                  / orders paid (成交) in the window
//   仅退款自主完结时长 = Σ(request → refund completed) / count, refund-only cases completed in the window
//   退货退款自主完结时长 = the same over return-and-refund cases
//   纠纷退款率 = refunds completed in the window that the platform ruled the seller's fault
//              / orders paid in the window
// "自主完结" (settled by buyer and seller themselves) leaves out cases the platform intervened in.
namespace RefundMetrics {
RefundMetricsReport compute(const QSqlDatabase &db, const QDate &lastDay, int days = 30);
QList<QStringList> csvRows(const RefundMetricsReport &report);
} // namespace RefundMetrics
