#include "ui/reports/ShippingTab.h"

#include "base/Clock.h"
#include "csv/Csv.h"
#include "db/Database.h"
#include "orders/Stage.h"
#include "reports/ShopDay.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/reports/ExportFile.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#ifdef PACKLINE_HAVE_CHARTS
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>
#endif

namespace {
QTableWidget *makeTable(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString pct(qint64 n, qint64 d)
{
    return d > 0 ? QString::number(100.0 * double(n) / double(d), 'f', 1) + u'%' : QStringLiteral("—");
}
} // namespace

ShippingTab::ShippingTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_day(new QDateEdit(ShopDay::today(), this))
    , m_deadline(new QSpinBox(this))
    , m_dayLabel(new QLabel(this))
    , m_deadlineLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_couriers(makeTable(this))
    , m_late(makeTable(this))
    , m_lateLabel(new QLabel(this))
    , m_export(new QPushButton(this))
{
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setRange(1, 240);
    m_deadline->setValue(48);
    m_deadline->setSuffix(QStringLiteral(" h"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
#ifdef PACKLINE_HAVE_CHARTS
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    m_chart = view;
#else
    m_chart = makeTable(this);
#endif
    m_chart->setObjectName(QStringLiteral("byHourChart"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(m_deadlineLabel);
    bar->addWidget(m_deadline);
    bar->addStretch(1);
    bar->addWidget(m_export);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_couriers, 1);
    auto *lateBox = new QVBoxLayout;
    lateBox->addWidget(m_lateLabel);
    lateBox->addWidget(m_late, 1);
    bottomLayout->addLayout(lateBox, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(bottom);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_day, &QDateEdit::dateChanged, this, &ShippingTab::reload);
    connect(m_deadline, &QSpinBox::valueChanged, this, &ShippingTab::reload);
    connect(m_export, &QPushButton::clicked, this, &ShippingTab::exportCsv);
    retranslate();
}

void ShippingTab::reload()
{
    m_data = ShippingReport::compute(m_context.database.connection(), m_day->date(), m_deadline->value());
    const ShippingReportData &r = m_data;
    m_summary->setText(
        tr("<b>Paid %1</b> · cancelled or intercepted %2 · to ship %3 · <b>shipped %4</b> "
           "(within 24 h %5, 48 h %6, 72 h %7) · left the warehouse that day %8 · "
           "<b>late %9</b>")
            .arg(r.paid)
            .arg(r.closed)
            .arg(r.toShip)
            .arg(r.shipped)
            .arg(pct(r.within24, r.toShip), pct(r.within48, r.toShip), pct(r.within72, r.toShip))
            .arg(r.shippedOnDay)
            .arg(r.late.size()));

    m_couriers->setRowCount(int(r.byCourier.size()));
    for (int i = 0; i < r.byCourier.size(); ++i) {
        const CourierShipping &c = r.byCourier[i];
        m_couriers->setItem(i, 0, cell(c.courier.isEmpty() ? tr("(no courier yet)") : c.courier));
        m_couriers->setItem(i, 1, cell(QString::number(c.paid)));
        m_couriers->setItem(i, 2, cell(QString::number(c.shipped)));
        m_couriers->setItem(i, 3, cell(pct(c.within24, c.paid)));
        m_couriers->setItem(i, 4, cell(QString::number(c.late)));
        m_couriers->setItem(i, 5, cell(QString::number(c.shippedOnDay)));
    }
    m_late->setRowCount(int(r.late.size()));
    for (int i = 0; i < r.late.size(); ++i) {
        const LateOrder &l = r.late[i];
        m_late->setItem(i, 0, cell(l.orderNo));
        m_late->setItem(i, 1, cell(l.courier));
        m_late->setItem(i, 2, cell(Stages::displayName(Stages::fromCode(l.stage).value_or(Stage::Imported))));
        m_late->setItem(
            i, 3, cell(Clock::fromText(l.paidAt).toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))));
        m_late->setItem(
            i, 4,
            cell(l.shippedAt.isEmpty()
                     ? tr("not shipped")
                     : Clock::fromText(l.shippedAt).toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))));
        m_late->setItem(i, 5, cell(tr("%1 h").arg(l.hoursLate, 0, 'f', 1)));
    }
    m_couriers->resizeColumnsToContents();
    m_late->resizeColumnsToContents();
    fillChart();
}

void ShippingTab::fillChart()
{
#ifdef PACKLINE_HAVE_CHARTS
    auto *paid = new QBarSet(tr("Paid"));
    auto *shipped = new QBarSet(tr("Shipped"));
    QStringList hours;
    qint64 top = 1;
    for (int h = 0; h < 24; ++h) {
        *paid << double(m_data.paidByHour[h]);
        *shipped << double(m_data.shippedByHour[h]);
        top = std::max({top, m_data.paidByHour[h], m_data.shippedByHour[h]});
        hours << QString::number(h);
    }
    auto *series = new QBarSeries;
    series->append(paid);
    series->append(shipped);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Paid and shipped by hour (Beijing time)"));
    auto *x = new QBarCategoryAxis;
    x->append(hours);
    auto *y = new QValueAxis;
    y->setRange(0, double(top));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *view = static_cast<QChartView *>(m_chart);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
#else
    auto *table = static_cast<QTableWidget *>(m_chart);
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Hour"), tr("Paid"), tr("Shipped")});
    table->setRowCount(24);
    for (int h = 0; h < 24; ++h) {
        table->setItem(h, 0, cell(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'))));
        table->setItem(h, 1, cell(QString::number(m_data.paidByHour[h])));
        table->setItem(h, 2, cell(QString::number(m_data.shippedByHour[h])));
    }
#endif
}

void ShippingTab::exportCsv()
{
    const QString path =
        ExportFile::ask(this, tr("Export shipping report"),
                        QStringLiteral("shipping-%1.csv").arg(m_day->date().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    QString error;
    if (!Csv::write(m_context.database.connection(), path, ShippingReport::csvRows(m_data),
                    Csv::Encoding::Utf8Bom, &error))
        MessageBox::critical(this, tr("Export"), error);
}

void ShippingTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ShippingTab::retranslate()
{
    m_dayLabel->setText(tr("Day (Beijing):"));
    m_deadlineLabel->setText(tr("Ship within:"));
    m_export->setText(tr("Export CSV…"));
    m_lateLabel->setText(tr("Late orders (most late first)"));
    m_couriers->setColumnCount(6);
    m_couriers->setHorizontalHeaderLabels(
        {tr("Courier"), tr("Paid"), tr("Shipped"), tr("Within 24 h"), tr("Late"), tr("Left that day")});
    m_late->setColumnCount(6);
    m_late->setHorizontalHeaderLabels(
        {tr("Order no."), tr("Courier"), tr("Stage"), tr("Paid"), tr("Shipped"), tr("Late by")});
}
