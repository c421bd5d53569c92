#include "ui/reports/ShippingProgressTab.h"

#include "base/Clock.h"
#include "db/Database.h"
#include "orders/Couriers.h"
#include "ui/AppContext.h"
#include "ui/Tables.h"
#include "ui/reports/HourlyChart.h"

#include <QColor>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

ShippingProgressTab::ShippingProgressTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_stages(new QLabel(this))
    , m_target(new QProgressBar(this))
    , m_chart(new HourlyChart(this))
{
    m_courierModel = new CourierModel(
        {
            {[] { return tr("Courier"); },
             [](const CourierProgress &c) { return c.name.isEmpty() ? tr("(no courier)") : c.name; },
             [](const CourierProgress &c) {
                 return c.code;
             }},
            {[] { return tr("To pack"); }, [](const CourierProgress &c) { return QString::number(c.toPack); },
             [](const CourierProgress &c) {
                 return c.toPack;
             }},
            {[] { return tr("To hand over"); },
             [](const CourierProgress &c) { return QString::number(c.toHandOver); },
             [](const CourierProgress &c) {
                 return c.toHandOver;
             }},
            {[] { return tr("Shipped today"); },
             [](const CourierProgress &c) { return QString::number(c.shippedToday); },
             [](const CourierProgress &c) {
                 return c.shippedToday;
             }},
        },
        this);
    m_atRiskModel = new AtRiskModel(
        {
            {[] { return tr("Time left"); },
             [](const AtRiskOrder &o) {
                 return o.minutesLeft < 0
                            ? tr("⚠ LATE %1 h %2 min").arg(-o.minutesLeft / 60).arg(-o.minutesLeft % 60)
                            : tr("%1 h %2 min").arg(o.minutesLeft / 60).arg(o.minutesLeft % 60);
             },
             [](const AtRiskOrder &o) {
                 return o.minutesLeft;
             }},
            {[] { return tr("Order no."); },
             [](const AtRiskOrder &o) {
                 return o.orderNo;
             }},
            {[] { return tr("Stage"); }, [](const AtRiskOrder &o) { return Stages::displayName(o.stage); },
             [](const AtRiskOrder &o) {
                 return Stages::code(o.stage);
             }},
            {[] { return tr("Courier"); },
             [this](const AtRiskOrder &o) { return m_courierNames.value(o.courierCode, o.courierCode); },
             [](const AtRiskOrder &o) {
                 return o.courierCode;
             }},
            {[] { return tr("Paid"); },
             [](const AtRiskOrder &o) {
                 return QLocale().toString(o.paidAt.toLocalTime(), QLocale::ShortFormat);
             },
             [](const AtRiskOrder &o) {
                 return o.paidAt;
             }},
        },
        this);
    m_atRiskModel->setBackground([](const AtRiskOrder &o) {
        return o.minutesLeft < 0 ? QColor(0xff, 0xd0, 0xd0) : QColor(0xff, 0xf3, 0xc0);
    });
    m_couriers = Tables::readOnly(this, m_courierModel);
    m_atRisk = Tables::readOnly(this, m_atRiskModel);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_stages->setWordWrap(true);
    m_target->setRange(0, 1000);
    m_target->setMinimumHeight(28);

    auto *grid = new QGridLayout;
    grid->addWidget(m_chart, 0, 0);
    grid->addWidget(m_couriers, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_target);
    layout->addWidget(m_stages);
    layout->addLayout(grid, 2);
    auto *riskTitle = new QLabel(this);
    riskTitle->setObjectName(QStringLiteral("atRiskTitle"));
    layout->addWidget(riskTitle);
    layout->addWidget(m_atRisk, 2);
}

void ShippingProgressTab::refresh()
{
    m_report = ShippingProgress::compute(m_context.database.connection(), Clock::nowUtc());
    const ShippingProgressReport &r = m_report;
    m_summary->setText(
        tr("Today: %1 packed, %2 shipped · still due today: %3 · late: %4 · at risk (< 12 h): %5")
            .arg(r.packedToday)
            .arg(r.shippedToday)
            .arg(r.dueByEndOfDay)
            .arg(r.late)
            .arg(r.atRiskTotal));
    m_target->setValue(int(r.targetShare() * 1000));
    m_target->setFormat(tr("Day's target (every paid order shipped within 3 days): %1%")
                            .arg(r.targetShare() * 100, 0, 'f', 1));
    QStringList stages;
    for (Stage s : {Stage::Imported, Stage::Reviewed, Stage::Submitted, Stage::Printed, Stage::Packed,
                    Stage::Shipped, Stage::OnHold, Stage::OutOfStock, Stage::Intercepted})
        stages << QStringLiteral("%1 %2").arg(Stages::displayName(s)).arg(r.stages.value(s));
    m_stages->setText(stages.join(QStringLiteral("  ·  ")));

    m_courierNames = Couriers::names(m_context.database.connection());
    m_courierModel->setRows(r.couriers);
    m_atRiskModel->setRows(r.atRisk);
    if (auto *title = findChild<QLabel *>(QStringLiteral("atRiskTitle")))
        title->setText(
            tr("Orders at risk of missing the 3-day promise, most urgent first (%1)").arg(r.atRiskTotal));
    m_chart->setHours(r.hours);
}

void ShippingProgressTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    QWidget::changeEvent(event);
}
