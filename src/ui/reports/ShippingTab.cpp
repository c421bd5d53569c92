#include "ui/reports/ShippingTab.h"

#include "base/Clock.h"
#include "csv/Csv.h"
#include "db/Database.h"
#include "orders/Stage.h"
#include "reports/ShopDay.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"
#include "ui/Tables.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
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
QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    QTableView *t = Tables::readOnly(parent, model);
    t->setAlternatingRowColors(true);
    return t;
}

QString localTime(const QString &utcText)
{
    return Clock::fromText(utcText).toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
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
    , m_lateLabel(new QLabel(this))
    , m_export(new QPushButton(this))
{
    using C = CourierShipping;
    m_courierModel = new CourierModel(
        {
            {[] { return tr("Courier"); },
             [](const C &c) { return c.courier.isEmpty() ? tr("(no courier yet)") : c.courier; },
             [](const C &c) {
                 return c.courier;
             }},
            {[] { return tr("Paid"); }, [](const C &c) { return QString::number(c.paid); },
             [](const C &c) {
                 return c.paid;
             }},
            {[] { return tr("Shipped"); }, [](const C &c) { return QString::number(c.shipped); },
             [](const C &c) {
                 return c.shipped;
             }},
            {[] { return tr("Within 24 h"); }, [](const C &c) { return pct(c.within24, c.paid); },
             [](const C &c) {
                 return c.paid > 0 ? double(c.within24) / double(c.paid) : QVariant();
             }},
            {[] { return tr("Late"); }, [](const C &c) { return QString::number(c.late); },
             [](const C &c) {
                 return c.late;
             }},
            {[] { return tr("Left that day"); }, [](const C &c) { return QString::number(c.shippedOnDay); },
             [](const C &c) {
                 return c.shippedOnDay;
             }},
        },
        this);
    m_lateModel = new LateModel(
        {
            {[] { return tr("Order no."); },
             [](const LateOrder &l) {
                 return l.orderNo;
             }},
            {[] { return tr("Courier"); },
             [](const LateOrder &l) {
                 return l.courier;
             }},
            {[] { return tr("Stage"); },
             [](const LateOrder &l) {
                 return Stages::displayName(Stages::fromCode(l.stage).value_or(Stage::Imported));
             },
             [](const LateOrder &l) {
                 return l.stage;
             }},
            {[] { return tr("Paid"); }, [](const LateOrder &l) { return localTime(l.paidAt); },
             [](const LateOrder &l) {
                 return l.paidAt;
             }},
            {[] { return tr("Shipped"); },
             [](const LateOrder &l) {
                 return l.shippedAt.isEmpty() ? tr("not shipped") : localTime(l.shippedAt);
             },
             [](const LateOrder &l) {
                 return l.shippedAt;
             }},
            {[] { return tr("Late by"); },
             [](const LateOrder &l) { return tr("%1 h").arg(l.hoursLate, 0, 'f', 1); },
             [](const LateOrder &l) {
                 return l.hoursLate;
             }},
        },
        this);
    m_couriers = makeTable(this, m_courierModel);
    m_late = makeTable(this, m_lateModel);
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
    m_hours = new ColumnsModel<int>(
        {
            {[] { return tr("Hour"); },
             [](int h) { return QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')); },
             [](int h) {
                 return h;
             }},
            {[] { return tr("Paid"); }, [this](int h) { return QString::number(m_data.paidByHour[h]); },
             [this](int h) {
                 return m_data.paidByHour[h];
             }},
            {[] { return tr("Shipped"); }, [this](int h) { return QString::number(m_data.shippedByHour[h]); },
             [this](int h) {
                 return m_data.shippedByHour[h];
             }},
        },
        this);
    m_chart = makeTable(this, m_hours);
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

    m_courierModel->setRows(r.byCourier);
    m_lateModel->setRows(r.late);
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
    QList<int> hours;
    for (int h = 0; h < 24; ++h)
        hours << h;
    m_hours->setRows(hours);
#endif
}

void ShippingTab::exportCsv()
{
    const QString path =
        FileChooser::saveCsv(this, tr("Export shipping report"),
                             QStringLiteral("shipping-%1.csv").arg(m_day->date().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    if (const Result<> written = Csv::write(m_context.database.connection(), path,
                                            ShippingReport::csvRows(m_data), Csv::Encoding::Utf8Bom);
        !written)
        MessageBox::critical(this, tr("Export"), written.message);
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
    m_courierModel->retranslate();
    m_lateModel->retranslate();
}
