#include "ui/orders/OrdersView.h"

#include "ui/orders/MatchListingDialog.h"

#include "base/AppSettings.h"
#include "base/Error.h"
#include "db/Database.h"
#include "orders/Listings.h"
#include "orders/OrderEditor.h"
#include "orders/OrderStore.h"
#include "orders/StageCounts.h"
#include "review/CourierAllocator.h"
#include "review/CutOff.h"
#include "review/LineEditor.h"
#include "review/OrderMerger.h"
#include "review/OrderSplitter.h"
#include "review/OrderSubmitter.h"
#include "review/ReviewActions.h"
#include "review/ReviewConfig.h"
#include "review/RuleEngine.h"
#include "ui/AppContext.h"
#include "ui/FlowLayout.h"
#include "ui/HeaderFit.h"
#include "ui/MessageBox.h"
#include "ui/orders/OrderDetailPane.h"
#include "ui/orders/OrderEditDialog.h"
#include "ui/orders/OrdersFilterBar.h"
#include "ui/orders/OrdersModel.h"
#include "ui/orders/ReviewRulesDialog.h"
#include "ui/orders/RulesWorker.h"
#include "ui/orders/SplitDialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kAll = 1000; // not -1: QButtonGroup gives -1 its own automatic id
// The chips a reviewer needs; the rest are under "All".
// Synced back closes the main line: the orders whose tracking numbers the platform has.
const QList<Stage> kChipStages = {Stage::Imported,    Stage::Reviewed,        Stage::OnHold,
                                  Stage::OutOfStock,  Stage::Submitted,       Stage::Printed,
                                  Stage::Packed,      Stage::Shipped,         Stage::SyncedBack,
                                  Stage::Intercepted, Stage::AwaitingPayment, Stage::Cancelled};
} // namespace

OrdersView::OrdersView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_context(context)
    , m_model(new OrdersModel(context.database.connection(), this))
    , m_table(new QTableView(this))
    , m_chips(new QButtonGroup(this))
    , m_filterBar(new OrdersFilterBar(context.database.connection(), this))
    , m_detail(new OrderDetailPane(context.database.connection(), this))
    , m_summary(new QLabel(this))
    , m_quotas(new QLabel(this))
    , m_unmatched(new QLabel(this))
    , m_status(new QLabel(this))
    , m_rulesProgress(new QProgressBar(this))
    , m_rules(new RulesWorker(context.database.path(), context.actor, this))
{
    // The chips wrap to a second row on a narrow screen: every count stays in sight, no scrollbar.
    auto *chipStrip = new QWidget(this);
    chipStrip->setObjectName(QStringLiteral("stageChips"));
    auto *chipRow = new FlowLayout(chipStrip);
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
    m_chipByStage.value(kAll)->setChecked(true);
    connect(m_chips, &QButtonGroup::idClicked, this, [this](int) { applyFilter(); });
    connect(m_filterBar, &OrdersFilterBar::changed, this, &OrdersView::applyFilter);

    // Actions: buttons on the bar, keys on the view (letters only while the table has the focus
    // side of the view; the search box keeps its letters).
    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &name, const QKeySequence &key, void (OrdersView::*slot)()) {
        QAction *action = addAction(name, key, slot);
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::NoFocus);
        m_buttons.insert(name, b);
        bar->addWidget(b);
    };
    button(QStringLiteral("approve"), QKeySequence(Qt::Key_A), &OrdersView::approve);
    button(QStringLiteral("hold"), QKeySequence(Qt::Key_H), &OrdersView::hold);
    button(QStringLiteral("release"), QKeySequence(Qt::Key_R), &OrdersView::release);
    button(QStringLiteral("cancel"), QKeySequence(Qt::Key_Delete), &OrdersView::cancelOrders);
    button(QStringLiteral("edit"), QKeySequence(Qt::Key_E), &OrdersView::edit);
    button(QStringLiteral("merge"), QKeySequence(Qt::Key_M), &OrdersView::merge);
    button(QStringLiteral("split"), QKeySequence(Qt::Key_S), &OrdersView::split);
    button(QStringLiteral("submit"), QKeySequence(Qt::CTRL | Qt::Key_Return), &OrdersView::submit);
    bar->addSpacing(16);
    button(QStringLiteral("rules"), QKeySequence(Qt::Key_F5), &OrdersView::runRules);
    button(QStringLiteral("couriers"), QKeySequence(), &OrdersView::allocateCouriers);
    button(QStringLiteral("configure"), QKeySequence(), &OrdersView::configureRules);
    // No room on the bar at 1366 px: L, or the unmatched-listing summary in the footer (a link).
    addAction(QStringLiteral("matchListing"), QKeySequence(Qt::Key_L), &OrdersView::matchListing);
    bar->addStretch();
    m_actions.value(QStringLiteral("submit"))
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterBar->searchBox()->setFocus();
        m_filterBar->searchBox()->selectAll();
    });
    // Enter in the search box goes on to the results.
    connect(m_filterBar->searchBox(), &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrdersModel::PaidAtColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<QPair<int, int>> widths = {
        {OrdersModel::StageColumn, 90},    {OrdersModel::FlagsColumn, 150},
        {OrdersModel::PriorityColumn, 40}, {OrdersModel::OrderNoColumn, 170},
        {OrdersModel::BuyerColumn, 120},   {OrdersModel::ReceiverColumn, 70},
        {OrdersModel::PhoneColumn, 100},   {OrdersModel::ProvinceColumn, 80},
        {OrdersModel::CityColumn, 80},     {OrdersModel::ItemsColumn, 45},
        {OrdersModel::AmountColumn, 80},   {OrdersModel::CourierColumn, 60},
        {OrdersModel::PaidAtColumn, 125}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    for (int hidden :
         {int(OrdersModel::PhoneColumn), int(OrdersModel::ProvinceColumn), int(OrdersModel::WaveColumn)})
        m_table->setColumnHidden(hidden, true);
    setupHeaderMenu();
    // The flags of the orders on screen show whole (up to a third of the table; the tooltip has
    // them all): the column follows each page read.
    auto fitFlags = [this] {
        if (m_table->isColumnHidden(OrdersModel::FlagsColumn))
            return;
        const int now = m_table->columnWidth(OrdersModel::FlagsColumn);
        const QAbstractItemView *view = m_table; // QTableView hides sizeHintForColumn
        const int needed = std::min(view->sizeHintForColumn(OrdersModel::FlagsColumn), 420);
        if (needed > now)
            m_table->setColumnWidth(OrdersModel::FlagsColumn, needed);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitFlags);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitFlags);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersView::selectionChanged);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_detail->setMinimumWidth(260);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary);
    m_unmatched->setObjectName(QStringLiteral("unmatchedListings"));
    m_unmatched->setTextFormat(Qt::RichText);
    m_unmatched->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_unmatched, &QLabel::linkActivated, this, [this] { matchListing(); });
    footer->addWidget(m_unmatched);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_rulesProgress);
    footer->addWidget(m_quotas);
    m_rulesProgress->setRange(0, 1000);
    m_rulesProgress->setObjectName(QStringLiteral("rulesProgress"));
    m_rulesProgress->hide(); // while Run rules runs
    connect(m_rules, &RulesWorker::progress, this, &OrdersView::rulesProgress);
    connect(m_rules, &RulesWorker::finished, this, &OrdersView::rulesDone);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(chipStrip);
    layout->addWidget(m_filterBar);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    retranslate();
    selectionChanged();
}

QAction *OrdersView::addAction(const QString &objectName, const QKeySequence &key, void (OrdersView::*slot)())
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_actions.insert(objectName, action);
    return action;
}

void OrdersView::setupHeaderMenu()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray saved = m_context.settings.ordersHeaderState();
    if (!saved.isEmpty())
        header->restoreState(saved);
    header->setSortIndicator(OrdersModel::PaidAtColumn, Qt::DescendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    auto save = [this, header] {
        m_context.settings.setOrdersHeaderState(header->saveState());
    };
    connect(header, &QHeaderView::sectionResized, this, save);
    connect(header, &QHeaderView::sectionMoved, this, save);
    connect(header, &QHeaderView::sectionCountChanged, this, save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, save);
}

void OrdersView::showStage(std::optional<Stage> stage)
{
    m_chipByStage.value(stage ? int(*stage) : kAll)->click();
}

void OrdersView::applyFilter()
{
    OrdersFilter f = m_filterBar->apply({});
    const int chip = m_chips->checkedId();
    f.stage = chip == kAll ? std::nullopt : std::optional<Stage>(Stage(chip));
    try {
        m_model->setFilter(f);
    } catch (const Error &e) {
        MessageBox::warning(this, tr("Orders"), e.message());
    }
    refreshCounts();
    selectionChanged();
}

QList<qint64> OrdersView::selectedOrderIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows)
        ids << m_model->orderIdAt(r);
    return ids;
}

void OrdersView::selectionChanged()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.size() == 1)
        m_detail->showOrder(ids.first());
    else if (ids.size() > 1)
        m_detail->showSelectionCount(int(ids.size()));
    else
        m_detail->showOrder(0);
    for (const QString &name :
         {QStringLiteral("approve"), QStringLiteral("hold"), QStringLiteral("release"),
          QStringLiteral("cancel"), QStringLiteral("submit"), QStringLiteral("couriers")})
        m_actions.value(name)->setEnabled(!ids.isEmpty());
    m_actions.value(QStringLiteral("edit"))->setEnabled(ids.size() == 1);
    m_actions.value(QStringLiteral("split"))->setEnabled(ids.size() == 1);
    m_actions.value(QStringLiteral("merge"))->setEnabled(ids.size() >= 2);
}

void OrdersView::reloadKeepingSelection()
{
    const QList<qint64> ids = selectedOrderIds();
    const qint64 current = m_model->orderIdAt(m_table->currentIndex().row());
    m_model->reload();
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, OrdersModel::ColumnCount - 1));
    }
    const int currentRow = m_model->rowOf(current);
    if (currentRow >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(currentRow, 0),
                                                   QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    refreshCounts();
    selectionChanged();
}

bool OrdersView::confirmBulk(const QString &question, int count)
{
    if (count <= 1)
        return true;
    return MessageBox::question(this, tr("Orders"), question) == QMessageBox::Yes;
}

std::optional<QString> OrdersView::askReason(const QString &title, const QString &label)
{
    std::optional<QString> reason = MessageBox::askText(this, title, label);
    if (reason && reason->trimmed().isEmpty()) {
        MessageBox::warning(this, title, tr("Give a reason; it goes on the order's history."));
        return std::nullopt;
    }
    return reason;
}

void OrdersView::report(const QString &done, const BulkResult &result)
{
    m_status->setText(done);
    if (!result.refused.isEmpty())
        MessageBox::warning(this, tr("Orders"),
                            tr("%n order(s) were not changed:", nullptr, int(result.refused.size())) + u'\n' +
                                result.refusalSummary(8));
    reloadKeepingSelection();
}

QString OrdersView::lastStatus() const
{
    return m_status->text();
}

void OrdersView::approve()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty() || !confirmBulk(tr("Approve %n order(s)?", nullptr, int(ids.size())), int(ids.size())))
        return;
    const int row = m_table->selectionModel()->selectedRows().isEmpty()
                        ? -1
                        : m_table->selectionModel()->selectedRows().constLast().row();
    const BulkResult r = ReviewActions::approve(m_context.database.connection(), m_context.actor, ids);
    report(tr("%n order(s) approved.", nullptr, r.done), r);
    if (r.refused.isEmpty() && row >= 0)
        selectNextAfter(ids.constLast(), row);
}

// A, A, A: after an approval the next order in the queue is selected and shown, whether the
// approved one left the list (a stage filter) or stayed in it.
void OrdersView::selectNextAfter(qint64 approvedId, int row)
{
    const int stayed = m_model->rowOf(approvedId);
    int next = stayed >= 0 ? stayed + 1 : row;
    while (next >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    next = std::min(next, m_model->rowCount() - 1);
    if (next < 0)
        return;
    const QModelIndex index = m_model->index(next, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void OrdersView::hold()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty() ||
        !confirmBulk(tr("Put %n order(s) on hold?", nullptr, int(ids.size())), int(ids.size())))
        return;
    const auto reason = askReason(tr("Hold"), tr("Why are these orders held?"));
    if (!reason)
        return;
    const BulkResult r = ReviewActions::hold(m_context.database.connection(), m_context.actor, ids, *reason);
    report(tr("%n order(s) on hold.", nullptr, r.done), r);
}

void OrdersView::release()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty() ||
        !confirmBulk(tr("Release %n order(s) from hold?", nullptr, int(ids.size())), int(ids.size())))
        return;
    const BulkResult r = ReviewActions::release(m_context.database.connection(), m_context.actor, ids);
    report(tr("%n order(s) released.", nullptr, r.done), r);
}

void OrdersView::cancelOrders()
{
    QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty())
        return;
    // Check before asking: a reason typed for an order that cannot be cancelled is wasted.
    const BulkResult check = ReviewActions::checkCancel(m_context.database.connection(), ids);
    if (check.done == 0) {
        MessageBox::warning(this, tr("Cancel"),
                            tr("%n order(s) cannot be cancelled here:", nullptr, int(check.refused.size())) +
                                u'\n' + check.refusalSummary(8) + u'\n' +
                                tr("Once submitted to the warehouse, an order is stopped by interception "
                                   "(the platform's refund) at the service desk."));
        return;
    }
    if (!check.refused.isEmpty()) {
        if (MessageBox::question(
                this, tr("Cancel"),
                tr("%n order(s) cannot be cancelled here:", nullptr, int(check.refused.size())) + u'\n' +
                    check.refusalSummary(8) + u'\n' +
                    tr("Cancel the other %n order(s)?", nullptr, check.done)) != QMessageBox::Yes)
            return;
        for (const auto &refused : check.refused)
            ids.removeAll(refused.first);
    } else if (!confirmBulk(tr("Cancel %n order(s)?", nullptr, int(ids.size())), int(ids.size()))) {
        return;
    }
    const auto reason = askReason(tr("Cancel"), tr("Why are these orders cancelled?"));
    if (!reason)
        return;
    const BulkResult r =
        ReviewActions::cancel(m_context.database.connection(), m_context.actor, ids, *reason);
    report(tr("%n order(s) cancelled.", nullptr, r.done), r);
}

void OrdersView::edit()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.size() != 1)
        return;
    const QSqlDatabase db = m_context.database.connection();
    const std::optional<Order> order = OrderStore::load(db, ids.first());
    if (!order)
        return;
    if (const Result<> allowed = OrderEditor::editable(order->stage, order->heldFrom); !allowed) {
        MessageBox::warning(this, tr("Edit"), allowed.message);
        return;
    }
    OrderEditDialog dialog(db, *order, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<OrderLine> lines;
    QString why;
    if (dialog.linesChanged() && !dialog.lines(lines, why)) {
        MessageBox::warning(this, tr("Edit"), why);
        return;
    }
    Result<> r =
        OrderEditor::edit(db, m_context.actor, order->id,
                          {dialog.receiver(), dialog.sellerMemo(), dialog.courierCode(), order->version});
    if (r && dialog.linesChanged())
        r = LineEditor::setLines(db, m_context.actor, order->id, lines);
    if (!r) {
        MessageBox::warning(this, tr("Edit"), r.message);
    } else {
        RuleEngine::runOn(db, m_context.actor, {order->id}); // the flags follow the fix
        m_status->setText(tr("Order %1 saved.").arg(order->platformOrderNo));
    }
    reloadKeepingSelection();
}

void OrdersView::merge()
{
    const QList<qint64> ids = selectedOrderIds();
    const QSqlDatabase db = m_context.database.connection();
    if (const Result<> allowed = OrderMerger::mergeable(db, ids); !allowed) {
        MessageBox::warning(this, tr("Merge"), allowed.message);
        return;
    }
    if (MessageBox::question(this, tr("Merge"),
                             tr("Merge %n order(s) into one parcel?", nullptr, int(ids.size()))) !=
        QMessageBox::Yes)
        return;
    const Result<qint64> merged = OrderMerger::merge(db, m_context.actor, ids);
    if (!merged) {
        MessageBox::warning(this, tr("Merge"), merged.message);
    } else {
        RuleEngine::runOn(db, m_context.actor, {*merged});
        m_status->setText(tr("%n order(s) merged.", nullptr, int(ids.size())));
    }
    reloadKeepingSelection();
}

void OrdersView::split()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.size() != 1)
        return;
    const QSqlDatabase db = m_context.database.connection();
    const std::optional<Order> order = OrderStore::load(db, ids.first());
    if (!order)
        return;
    SplitDialog dialog(*order, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 part = 0;
    const Result<> r = OrderSplitter::split(db, m_context.actor, order->id, dialog.chosenLineIds(), &part);
    if (!r) {
        MessageBox::warning(this, tr("Split"), r.message);
    } else {
        RuleEngine::runOn(db, m_context.actor, {order->id, part});
        m_status->setText(tr("Order %1 split.").arg(order->platformOrderNo));
    }
    reloadKeepingSelection();
}

void OrdersView::submit()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty() ||
        MessageBox::question(
            this, tr("Submit"),
            tr("Submit %n order(s) to the warehouse? Stock is reserved now and the orders can no "
               "longer be edited.",
               nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    const SubmitResult r = OrderSubmitter::submit(m_context.database.connection(), m_context.actor, ids);
    report(tr("%1 submitted, %2 out of stock.").arg(r.done).arg(r.outOfStock), r);
}

bool OrdersView::rulesRunning() const
{
    return m_rules->isRunning();
}

// On a thread of its own with its own connection: the window keeps answering; the flags appear
// as its batches commit (the database watcher), the counts and the table when it is done.
void OrdersView::runRules()
{
    if (m_rules->isRunning())
        return;
    m_actions.value(QStringLiteral("rules"))->setEnabled(false);
    m_actions.value(QStringLiteral("configure"))->setEnabled(false);
    m_rulesProgress->setValue(0);
    m_rulesProgress->show();
    m_status->setText(tr("Running the review rules…"));
    m_rulesClock.start();
    m_rules->start();
}

void OrdersView::rulesProgress(qint64 done, qint64 total)
{
    m_rulesProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const double seconds = std::max<qint64>(1, m_rulesClock.elapsed()) / 1000.0;
    m_status->setText(tr("Review rules: %1 of %2 orders checked, %3 orders/s")
                          .arg(done)
                          .arg(total)
                          .arg(qRound64(done / seconds)));
}

void OrdersView::rulesDone(const RuleRunSummary &s, const QString &error)
{
    m_rulesProgress->hide();
    m_actions.value(QStringLiteral("rules"))->setEnabled(true);
    m_actions.value(QStringLiteral("configure"))->setEnabled(true);
    if (!error.isEmpty()) {
        m_status->clear();
        MessageBox::warning(this, tr("Review rules"), error);
    } else {
        m_status->setText(tr("Rules checked %1 order(s) in %2 ms: %3 flagged, %4 auto-approved.")
                              .arg(s.orders)
                              .arg(s.elapsedMs)
                              .arg(s.flaggedOrders)
                              .arg(s.autoApproved));
    }
    reloadKeepingSelection();
    emit rulesFinished();
}

void OrdersView::allocateCouriers()
{
    const QList<qint64> ids = selectedOrderIds();
    if (ids.isEmpty() ||
        !confirmBulk(tr("Allocate couriers to %n order(s) by quota and region?", nullptr, int(ids.size())),
                     int(ids.size())))
        return;
    const QSqlDatabase db = m_context.database.connection();
    const BulkResult r =
        CourierAllocator::allocate(db, m_context.actor, ids, CutOff::today(ReviewSettings::load(db)));
    report(tr("%n order(s) got a courier.", nullptr, r.done), r);
}

void OrdersView::configureRules()
{
    const QSqlDatabase db = m_context.database.connection();
    ReviewRulesDialog dialog(db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<RuleSetting> rules;
    QString why;
    if (!dialog.rules(rules, why)) {
        MessageBox::warning(this, tr("Review rules"), why);
        return;
    }
    ReviewConfig::save(db, m_context.actor, dialog.settings(), rules);
    runRules();
}

QList<QPair<QString, QString>> OrdersView::shortcuts() const
{
    return {{tr("Up / Down, Shift+Up / Down"), tr("Move through the orders, extend the selection")},
            {tr("Ctrl+F"), tr("Search: order no, buyer, receiver, phone tail, tracking no")},
            {tr("A"), tr("Approve the selected orders")},
            {tr("H"), tr("Hold the selected orders (with a reason)")},
            {tr("R"), tr("Release held orders")},
            {tr("Delete"), tr("Cancel the selected orders (before Submitted, with a reason)")},
            {tr("E"), tr("Edit the order: address, lines, courier, memo")},
            {tr("M"), tr("Merge orders of one buyer to one address")},
            {tr("S"), tr("Split lines off into a new order")},
            {tr("Ctrl+Enter"), tr("Submit the selected orders to the warehouse")},
            {tr("F5"), tr("Run the review rules")},
            {tr("L"), tr("Match listing…: say which SKU (or combo) a listing without one is")},
            {tr("Tab"), tr("Move between the chips, filters and the table")}};
}

void OrdersView::activate()
{
    m_table->setFocus();
}

void OrdersView::databaseChanged()
{
    reloadKeepingSelection();
}

void OrdersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void OrdersView::retranslate()
{
    const QList<QPair<QString, QString>> texts = {{QStringLiteral("approve"), tr("Approve (A)")},
                                                  {QStringLiteral("hold"), tr("Hold (H)")},
                                                  {QStringLiteral("release"), tr("Release (R)")},
                                                  {QStringLiteral("cancel"), tr("Cancel (Del)")},
                                                  {QStringLiteral("edit"), tr("Edit (E)")},
                                                  {QStringLiteral("merge"), tr("Merge (M)")},
                                                  {QStringLiteral("split"), tr("Split (S)")},
                                                  {QStringLiteral("submit"), tr("Submit (Ctrl+Enter)")},
                                                  {QStringLiteral("rules"), tr("Run rules (F5)")},
                                                  {QStringLiteral("couriers"), tr("Allocate couriers")},
                                                  {QStringLiteral("configure"), tr("Rules…")},
                                                  {QStringLiteral("matchListing"), tr("Match listing… (L)")}};
    for (const auto &[name, text] : texts)
        m_actions.value(name)->setText(text);
    m_filterBar->reloadChoices();
    refreshCounts();
    emit m_model->headerDataChanged(Qt::Horizontal, 0, OrdersModel::ColumnCount - 1);
    widenSectionsToLabels(m_table->horizontalHeader());
    m_detail->showOrder(m_detail->orderId());
}

void OrdersView::refreshCounts()
{
    const QSqlDatabase db = m_context.database.connection();
    const auto counts = StageCounts::read(db);
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    m_chipByStage.value(kAll)->setText(tr("All %1").arg(total));
    m_counts = counts;
    emit stageCountsChanged(counts); // the status bar shows the same numbers as the chips
    for (Stage s : kChipStages)
        m_chipByStage.value(int(s))->setText(
            QStringLiteral("%1 %2").arg(Stages::displayName(s)).arg(counts.value(s)));
    m_summary->setText(m_model->totalIsCapped()
                           ? tr("More than %L1 orders shown").arg(m_model->totalCount())
                           : tr("%n order(s) shown", nullptr, int(m_model->totalCount())));
    QStringList left;
    for (const CourierQuota &q : CourierAllocator::quotas(db, CutOff::today(ReviewSettings::load(db)))) {
        if (q.quota > 0)
            left << QStringLiteral("%1 %2/%3").arg(q.name).arg(q.remaining()).arg(q.quota);
    }
    m_quotas->setText(left.isEmpty() ? QString()
                                     : tr("Quota left: %1").arg(left.join(QStringLiteral(" · "))));
    const ListingMatches::Summary unmatched = ListingMatches::summary(db);
    m_unmatched->setText(unmatched.orders > 0 ? QStringLiteral("<a href=\"match\">%1</a>")
                                                    .arg(tr("%1 — Match listing… (L)")
                                                             .arg(ListingMatches::summaryText(unmatched))
                                                             .toHtmlEscaped())
                                              : QString());
}

void OrdersView::matchListing()
{
    const QList<qint64> ids = selectedOrderIds();
    const QSqlDatabase db = m_context.database.connection();
    MatchListingDialog dialog(
        db, m_context.actor,
        ids.size() == 1 ? ListingMatches::firstUnmatchedOf(db, ids.first()) : ListingKey(), this);
    dialog.exec();
    if (dialog.ordersFixed() > 0) {
        m_status->setText(dialog.lastStatus());
        reloadKeepingSelection();
    }
}
