// packline report shipping|refunds|productivity|after-sales [--day D] [--csv FILE]: the numbers
// a shop is judged by, as text or CSV.
#include "Command.h"
#include "base/Error.h"
#include "base/Money.h"
#include "csv/Csv.h"
#include "db/Database.h"
#include "reports/AfterSalesDesk.h"
#include "reports/ProductivityReport.h"
#include "reports/RefundMetrics.h"
#include "reports/ShippingReport.h"
#include "reports/ShopDay.h"

#include <QCoreApplication>

namespace {
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr(
            "Reports: shipping (one day), refunds (30-day platform metrics), productivity, after-sales.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("report"),
                                     tr("shipping, refunds, productivity or after-sales"));
        parser.addOption(
            {QStringLiteral("day"),
             tr("Beijing date: the shipping day, the productivity day, or the last day of the refund "
                "window (default today)."),
             tr("yyyy-MM-dd")});
        parser.addOption({QStringLiteral("deadline"),
                          tr("Shipping promise in hours after payment (default 48)."), tr("H"),
                          QStringLiteral("48")});
        parser.addOption({QStringLiteral("csv"), tr("Also write the report as CSV to FILE."), tr("FILE")});
        CliContext::addForceOption(parser);
        parser.addOption({QStringLiteral("encoding"),
                          tr("CSV encoding: utf8 (with BOM, default) or gb18030."), tr("ENC"),
                          QStringLiteral("utf8")});
    }
    int run(CliContext &c) override
    {
        const QStringList args = c.parser.positionalArguments();
        const QString report = args.value(0);
        const QStringList known{QStringLiteral("shipping"), QStringLiteral("refunds"),
                                QStringLiteral("productivity"), QStringLiteral("after-sales")};
        if (args.size() != 1 || !known.contains(report)) {
            c.err << tr("Name one report: %1.").arg(known.join(QStringLiteral(", "))) << "\n\n"
                  << c.parser.helpText();
            return ExitUsage;
        }
        QDate day = ShopDay::today();
        if (c.parser.isSet(QStringLiteral("day"))) {
            day = QDate::fromString(c.parser.value(QStringLiteral("day")), Qt::ISODate);
            if (!day.isValid()) {
                c.err << tr("--day takes a date like 2026-11-11.") << Qt::endl;
                return ExitUsage;
            }
        }
        bool ok = false;
        const int deadline = c.parser.value(QStringLiteral("deadline")).toInt(&ok);
        const auto encoding = Csv::encodingFromName(c.parser.value(QStringLiteral("encoding")));
        if (!ok || deadline <= 0 || !encoding) {
            c.err << tr("--deadline takes hours; --encoding utf8 or gb18030.") << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        const QSqlDatabase sql = db.connection();
        QList<QStringList> rows;
        try {
            if (report == u"shipping") {
                const ShippingReportData r = ShippingReport::compute(sql, day, deadline);
                rows = ShippingReport::csvRows(r);
                printShipping(c, r);
            } else if (report == u"refunds") {
                const RefundMetricsReport r = RefundMetrics::compute(sql, day);
                rows = RefundMetrics::csvRows(r);
                printRefunds(c, r);
            } else if (report == u"productivity") {
                const auto r = ProductivityReport::compute(sql, ShopDay::startText(day),
                                                           ShopDay::startText(day.addDays(1)));
                rows = ProductivityReport::csvRows(r);
                printTable(c, rows);
            } else {
                rows = AfterSalesDesk::csvRows(AfterSalesDesk::list(sql));
                printTable(c, rows);
            }
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
        if (c.parser.isSet(QStringLiteral("csv"))) {
            if (const Result<> written =
                    Csv::write(sql, c.parser.value(QStringLiteral("csv")), rows, *encoding, c.overwrite());
                !written) {
                c.err << written.message << Qt::endl;
                return ExitBadInput;
            }
            c.out << tr("CSV written to %1.").arg(c.parser.value(QStringLiteral("csv"))) << Qt::endl;
        }
        return ExitOk;
    }

private:
    static void printTable(CliContext &c, const QList<QStringList> &rows)
    {
        for (const QStringList &r : rows)
            c.out << r.join(QStringLiteral("  ")) << '\n';
        c.out.flush();
    }
    static QString pct(qint64 n, qint64 d)
    {
        return d > 0 ? QString::number(100.0 * double(n) / double(d), 'f', 1) + u'%' : QStringLiteral("—");
    }
    static void printShipping(CliContext &c, const ShippingReportData &r)
    {
        c.out << tr("Shipping on %1 (Beijing), promise %2 h after payment")
                     .arg(r.day.toString(Qt::ISODate))
                     .arg(r.deadlineHours)
              << '\n'
              << tr("  Paid %1, cancelled/intercepted %2, to ship %3, shipped %4")
                     .arg(r.paid)
                     .arg(r.closed)
                     .arg(r.toShip)
                     .arg(r.shipped)
              << '\n'
              << tr("  Within 24 h %1 (%2), 48 h %3 (%4), 72 h %5 (%6)")
                     .arg(r.within24)
                     .arg(pct(r.within24, r.toShip))
                     .arg(r.within48)
                     .arg(pct(r.within48, r.toShip))
                     .arg(r.within72)
                     .arg(pct(r.within72, r.toShip))
              << '\n'
              << tr("  Left the warehouse that day: %1; late: %2").arg(r.shippedOnDay).arg(r.late.size())
              << '\n';
        for (const CourierShipping &s : r.byCourier)
            c.out << QStringLiteral("    %1 %2 %3 %4 %5 %6\n")
                         .arg(s.courier.isEmpty() ? tr("(no courier)") : s.courier, -12)
                         .arg(s.paid, 6)
                         .arg(s.shipped, 6)
                         .arg(s.within24, 6)
                         .arg(s.late, 6)
                         .arg(s.shippedOnDay, 6);
        for (const LateOrder &l : r.late.mid(0, 20))
            c.out << tr("  late: %1 %2 %3 h").arg(l.orderNo, l.courier).arg(l.hoursLate, 0, 'f', 1) << '\n';
        c.out.flush();
    }
    static void printRefunds(CliContext &c, const RefundMetricsReport &r)
    {
        c.out << tr("Refund metrics, %1 … %2 (Beijing dates)")
                     .arg(r.firstDay.toString(Qt::ISODate), r.lastDay.toString(Qt::ISODate))
              << '\n';
        QList<MetricFigure> all = r.figures;
        all << r.returnDurationAsPrinted;
        for (const MetricFigure &f : all)
            c.out << QStringLiteral("\n%1: %2   (%3 / %4)\n  %5\n  %6\n")
                         .arg(f.name, f.valueText(), QString::number(f.numerator, 'f', f.isRate ? 0 : 2))
                         .arg(f.denominator)
                         .arg(f.formula, f.note);
        c.out.flush();
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<ReportCommand>();
}};
} // namespace
