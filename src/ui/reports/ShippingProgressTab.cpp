#include "ui/reports/ShippingProgressTab.h"

#include "base/Clock.h"
#include "db/Database.h"
#include "orders/Couriers.h"
#include "ui/AppContext.h"
#include "ui/reports/HourlyChart.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *makeTable(QWidget *parent, int columns)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QColor &background = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (background.isValid())
            item->setBackground(background);
        t->setItem(row, c, item);
    }
}
} // namespace

ShippingProgressTab::ShippingProgressTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_stages(new QLabel(this))
    , m_target(new QProgressBar(this))
    , m_couriers(makeTable(this, 4))
    , m_atRisk(makeTable(this, 5))
    , m_chart(new HourlyChart(this))
{
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

    m_couriers->setHorizontalHeaderLabels(
        {tr("Courier"), tr("To pack"), tr("To hand over"), tr("Shipped today")});
    m_couriers->setRowCount(int(r.couriers.size()));
    for (int i = 0; i < r.couriers.size(); ++i) {
        const CourierProgress &c = r.couriers[i];
        setRow(m_couriers, i,
               {c.name.isEmpty() ? tr("(no courier)") : c.name, QString::number(c.toPack),
                QString::number(c.toHandOver), QString::number(c.shippedToday)});
    }
    m_couriers->resizeColumnsToContents();

    m_atRisk->setHorizontalHeaderLabels(
        {tr("Time left"), tr("Order no."), tr("Stage"), tr("Courier"), tr("Paid")});
    m_atRisk->setRowCount(int(r.atRisk.size()));
    const QHash<QString, QString> couriers = Couriers::names(m_context.database.connection());
    for (int i = 0; i < r.atRisk.size(); ++i) {
        const AtRiskOrder &o = r.atRisk[i];
        const bool late = o.minutesLeft < 0;
        const QString left = late ? tr("⚠ LATE %1 h %2 min").arg(-o.minutesLeft / 60).arg(-o.minutesLeft % 60)
                                  : tr("%1 h %2 min").arg(o.minutesLeft / 60).arg(o.minutesLeft % 60);
        setRow(m_atRisk, i,
               {left, o.orderNo, Stages::displayName(o.stage), couriers.value(o.courierCode, o.courierCode),
                QLocale().toString(o.paidAt.toLocalTime(), QLocale::ShortFormat)},
               late ? QColor(0xff, 0xd0, 0xd0) : QColor(0xff, 0xf3, 0xc0));
    }
    m_atRisk->resizeColumnsToContents();
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
