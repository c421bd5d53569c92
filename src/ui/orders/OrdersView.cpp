#include "ui/orders/OrdersView.h"

#include "ui/AppContext.h"
#include "ui/orders/OrdersModel.h"
#include "db/Database.h"
#include "orders/StageCounts.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kAll = 1000; // not -1: QButtonGroup reads -1 as "assign an id"
// The chips a reviewer needs; the rest are under "All".
const QList<Stage> kChipStages = {Stage::Imported,  Stage::Reviewed, Stage::OnHold,     Stage::OutOfStock,
                                  Stage::Submitted, Stage::Printed,  Stage::Packed,     Stage::Shipped,
                                  Stage::Intercepted, Stage::AwaitingPayment, Stage::Cancelled};
} // namespace

OrdersView::OrdersView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_context(context)
    , m_model(new OrdersModel(context.database.connection(), this))
    , m_table(new QTableView(this))
    , m_chips(new QButtonGroup(this))
    , m_summary(new QLabel(this))
{
    auto *chipRow = new QHBoxLayout;
    chipRow->setSpacing(6);
    auto addChip = [&](int id) {
        auto *chip = new QPushButton(this);
        chip->setCheckable(true);
        chip->setFocusPolicy(Qt::TabFocus);
        chip->setProperty("stageChip", true);
        m_chips->addButton(chip, id);
        m_chipByStage.insert(id, chip);
        chipRow->addWidget(chip);
    };
    addChip(kAll);
    for (Stage s : kChipStages)
        addChip(int(s));
    chipRow->addStretch();
    m_chipByStage.value(kAll)->setChecked(true);
    connect(m_chips, &QButtonGroup::idClicked, this, [this](int id) {
        m_model->setStageFilter(id == kAll ? std::nullopt : std::optional<Stage>(Stage(id)));
        refreshCounts();
    });

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrdersModel::PaidAtColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(OrdersModel::StageColumn, 110);
    m_table->setColumnWidth(OrdersModel::OrderNoColumn, 190);
    m_table->setColumnWidth(OrdersModel::BuyerColumn, 150);
    m_table->setColumnWidth(OrdersModel::ReceiverColumn, 90);
    m_table->setColumnWidth(OrdersModel::CityColumn, 100);
    m_table->setColumnWidth(OrdersModel::ItemsColumn, 60);
    m_table->setColumnWidth(OrdersModel::AmountColumn, 100);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chipRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    retranslate();
}

void OrdersView::showStage(std::optional<Stage> stage)
{
    m_chipByStage.value(stage ? int(*stage) : kAll)->click();
}

QList<QPair<QString, QString>> OrdersView::shortcuts() const
{
    return {{tr("Up / Down"), tr("Move through the orders")},
            {tr("Tab"), tr("Move between the stage chips and the table")},
            {tr("Space"), tr("Select the stage chip that has the focus")}};
}

void OrdersView::activate()
{
    m_table->setFocus();
}

void OrdersView::databaseChanged()
{
    m_model->reload();
    refreshCounts();
}

void OrdersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void OrdersView::retranslate()
{
    refreshCounts();
    emit m_model->headerDataChanged(Qt::Horizontal, 0, OrdersModel::ColumnCount - 1);
}

void OrdersView::refreshCounts()
{
    const auto counts = StageCounts::read(m_context.database.connection());
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    m_chipByStage.value(kAll)->setText(tr("All %1").arg(total));
    for (Stage s : kChipStages)
        m_chipByStage.value(int(s))->setText(QStringLiteral("%1 %2").arg(Stages::displayName(s)).arg(counts.value(s)));
    m_summary->setText(tr("%n order(s) shown", nullptr, int(m_model->totalCount())));
}
