#include "PrepackView.h"

#include "base/Clock.h"
#include "db/Database.h"
#include "prepack/BatchSheet.h"
#include "prepack/CampaignLimits.h"
#include "prepack/Campaigns.h"
#include "prepack/PrepackBatches.h"
#include "prepack/PrepackPlan.h"
#include "prepack/PrepackProgress.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString g_nextSaveFileName;
constexpr int kSkuRole = Qt::UserRole + 1;

QString localText(const QString &utcText)
{
    return Clock::fromText(utcText).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

PrepackView::PrepackView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_context(context)
{
    auto *splitter = new QSplitter(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(splitter);

    // Left: campaigns and the campaign form.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_campaignsTitle = new QLabel(left);
    m_campaignsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_campaigns = new QListWidget(left);
    m_campaigns->setObjectName(QStringLiteral("campaigns"));
    m_campaigns->setWordWrap(true);
    m_campaigns->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_campaignsTitle);
    leftLayout->addWidget(m_campaigns, 1);
    m_formTitle = new QLabel(left);
    m_formTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    leftLayout->addWidget(m_formTitle);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(left);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_starts = new QDateTimeEdit(left);
    m_ends = new QDateTimeEdit(left);
    for (QDateTimeEdit *e : {m_starts, m_ends}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
    }
    m_starts->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)));
    m_ends->setDateTime(QDateTime(QDate::currentDate().addDays(2), QTime(0, 0)));
    m_ratio = new QSpinBox(left);
    m_ratio->setRange(0, 100);
    m_ratio->setSuffix(QStringLiteral(" %"));
    m_ratio->setValue(60);
    QWidget *fields[] = {m_name, m_starts, m_ends, m_ratio};
    for (int i = 0; i < 4; ++i) {
        m_formLabels[i] = new QLabel(left);
        form->addRow(m_formLabels[i], fields[i]);
    }
    leftLayout->addLayout(form);
    auto *formButtons = new QHBoxLayout;
    m_newCampaign = new QPushButton(left);
    m_saveCampaign = new QPushButton(left);
    formButtons->addWidget(m_newCampaign);
    formButtons->addWidget(m_saveCampaign);
    leftLayout->addLayout(formButtons);

    // Right: header, add SKU, plan, batch actions.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("campaignHeader"));
    m_header->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold;"));
    rightLayout->addWidget(m_header);
    auto *addRow = new QHBoxLayout;
    m_skuCode = new QLineEdit(right);
    m_skuCode->setObjectName(QStringLiteral("skuCode"));
    m_expected = new QSpinBox(right);
    m_expected->setRange(0, 10000000);
    m_expected->setValue(100);
    m_limit = new QSpinBox(right);
    m_limit->setRange(0, 999);
    m_limit->setValue(1);
    m_addSku = new QPushButton(right);
    QWidget *addFields[] = {m_skuCode, m_expected, m_limit};
    for (int i = 0; i < 3; ++i) {
        m_skuLabels[i] = new QLabel(right);
        addRow->addWidget(m_skuLabels[i]);
        addRow->addWidget(addFields[i], i == 0 ? 2 : 0);
    }
    addRow->addWidget(m_addSku);
    rightLayout->addLayout(addRow);

    m_plan = new QTableWidget(0, ColumnCount, right);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plan->setSelectionMode(QAbstractItemView::SingleSelection);
    m_plan->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_plan->verticalHeader()->hide();
    m_plan->horizontalHeader()->setStretchLastSection(true);
    rightLayout->addWidget(m_plan, 1);

    auto *batchRow = new QHBoxLayout;
    m_qty = new QSpinBox(right);
    m_qty->setObjectName(QStringLiteral("batchQty"));
    m_qty->setRange(1, 1000000);
    m_material = new QComboBox(right);
    m_material->setEditable(true);
    m_material->setMinimumWidth(140);
    m_record = new QPushButton(right);
    m_record->setObjectName(QStringLiteral("recordBatch"));
    m_unpack = new QPushButton(right);
    m_leftovers = new QPushButton(right);
    m_sheet = new QPushButton(right);
    m_sheet->setEnabled(false);
    for (int i = 0; i < 2; ++i)
        m_batchLabels[i] = new QLabel(right);
    batchRow->addWidget(m_batchLabels[0]);
    batchRow->addWidget(m_qty);
    batchRow->addWidget(m_batchLabels[1]);
    batchRow->addWidget(m_material);
    batchRow->addWidget(m_record);
    batchRow->addWidget(m_unpack);
    batchRow->addStretch();
    batchRow->addWidget(m_leftovers);
    batchRow->addWidget(m_sheet);
    rightLayout->addLayout(batchRow);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({280, 1000});

    connect(m_campaigns, &QListWidget::currentRowChanged, this, &PrepackView::campaignChanged);
    connect(m_newCampaign, &QPushButton::clicked, this, [this] { saveCampaign(true); });
    connect(m_saveCampaign, &QPushButton::clicked, this, [this] { saveCampaign(false); });
    connect(m_addSku, &QPushButton::clicked, this, &PrepackView::addSku);
    connect(m_skuCode, &QLineEdit::returnPressed, this, &PrepackView::addSku);
    connect(m_plan, &QTableWidget::itemChanged, this, &PrepackView::planEdited);
    connect(m_plan, &QTableWidget::itemSelectionChanged, this, &PrepackView::rowChanged);
    connect(m_record, &QPushButton::clicked, this, &PrepackView::recordBatch);
    connect(m_unpack, &QPushButton::clicked, this, &PrepackView::unpackSelected);
    connect(m_leftovers, &QPushButton::clicked, this, &PrepackView::unpackLeftovers);
    connect(m_sheet, &QPushButton::clicked, this, &PrepackView::batchSheet);

    retranslate();
    refreshCampaigns();
}

void PrepackView::setNextSaveFileName(const QString &path)
{
    g_nextSaveFileName = path;
}

void PrepackView::retranslate()
{
    m_campaignsTitle->setText(tr("Campaigns"));
    m_formTitle->setText(tr("Campaign"));
    const QString form[] = {tr("Name"), tr("Starts"), tr("Ends"), tr("Pre-pack ratio")};
    for (int i = 0; i < 4; ++i)
        m_formLabels[i]->setText(form[i]);
    m_newCampaign->setText(tr("Create new"));
    m_saveCampaign->setText(tr("Save changes"));
    const QString sku[] = {tr("SKU code or barcode"), tr("Expected orders"), tr("Limit per buyer")};
    for (int i = 0; i < 3; ++i)
        m_skuLabels[i]->setText(sku[i]);
    m_limit->setSpecialValueText(tr("none"));
    m_addSku->setText(tr("Add SKU"));
    m_plan->setHorizontalHeaderLabels({tr("SKU"), tr("Spec"), tr("Bin"), tr("Limit"), tr("Expected orders"),
                                       tr("Suggested"), tr("Planned"), tr("Pre-packed"), tr("Open orders"),
                                       tr("To pack"), tr("Warning")});
    m_batchLabels[0]->setText(tr("Quantity"));
    m_batchLabels[1]->setText(tr("Material"));
    m_record->setText(tr("Record batch (Ctrl+B)"));
    m_record->setShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
    m_unpack->setText(tr("Unpack"));
    m_leftovers->setText(tr("Unpack leftovers"));
    m_sheet->setText(tr("Batch sheet (PDF)…"));
    const QString current = m_material->currentText();
    m_material->clear();
    m_material->addItems(PrepackBatches::standardMaterials());
    if (!current.isEmpty())
        m_material->setCurrentText(current);
    refreshPlan();
}

void PrepackView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

QList<QPair<QString, QString>> PrepackView::shortcuts() const
{
    return {{QStringLiteral("Ctrl+B"), tr("Record a pre-pack batch of the selected SKU")},
            {QStringLiteral("F2"), tr("Edit the planned quantity (empty: follow the suggestion)")}};
}

void PrepackView::activate()
{
    CampaignLimits::sync(m_context.database.connection(), m_context.actor); // a sale may have started
    refreshCampaigns();
}

void PrepackView::databaseChanged()
{
    refreshCampaigns();
}

qint64 PrepackView::currentCampaign() const
{
    const QListWidgetItem *item = m_campaigns->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PrepackView::selectCampaign(qint64 campaignId)
{
    for (int i = 0; i < m_campaigns->count(); ++i)
        if (m_campaigns->item(i)->data(Qt::UserRole).toLongLong() == campaignId)
            m_campaigns->setCurrentRow(i);
}

void PrepackView::refreshCampaigns()
{
    const qint64 keep = currentCampaign();
    const QString now = Clock::nowText();
    const QSignalBlocker block(m_campaigns);
    m_campaigns->clear();
    for (const Campaign &c : Campaigns::list(m_context.database.connection())) {
        const QString state = c.isActiveAt(now)   ? tr("running")
                              : c.hasEndedAt(now) ? tr("ended")
                                                  : tr("upcoming");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2 → %3 · %4").arg(c.name, localText(c.startsAt), localText(c.endsAt), state),
            m_campaigns);
        item->setData(Qt::UserRole, c.id);
        if (c.id == keep)
            m_campaigns->setCurrentItem(item);
    }
    if (!m_campaigns->currentItem() && m_campaigns->count() > 0)
        m_campaigns->setCurrentRow(0);
    campaignChanged();
}

void PrepackView::campaignChanged()
{
    const std::optional<Campaign> c = Campaigns::load(m_context.database.connection(), currentCampaign());
    if (c) {
        m_name->setText(c->name);
        m_starts->setDateTime(Clock::fromText(c->startsAt).toLocalTime());
        m_ends->setDateTime(Clock::fromText(c->endsAt).toLocalTime());
        m_ratio->setValue(c->ratioPercent);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_saveCampaign, m_addSku, m_skuCode, m_record,
                                                       m_unpack, m_leftovers, m_plan})
        w->setEnabled(bool(c));
    refreshPlan();
}

void PrepackView::refreshPlan()
{
    if (!m_plan)
        return;
    const qint64 id = currentCampaign();
    const QSqlDatabase db = m_context.database.connection();
    const std::optional<Campaign> c = Campaigns::load(db, id);
    m_header->setText(c ? tr("%1 · %2 → %3 · pre-pack %4% of expected single-item orders")
                              .arg(c->name, localText(c->startsAt), localText(c->endsAt))
                              .arg(c->ratioPercent)
                        : tr("Create a campaign on the left to plan pre-packing."));
    const qint64 keepSku = selectedSku();
    QList<PlanRow> rows = c ? PrepackPlan::rows(db, id) : QList<PlanRow>{};
    QHash<qint64, SkuProgress> progress;
    if (c)
        for (const SkuProgress &p : PrepackProgress::forCampaign(db, id, Clock::nowText()))
            progress.insert(p.skuId, p);
    m_filling = true;
    m_plan->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const PlanRow &row = rows[r];
        const SkuProgress p = progress.value(row.skuId);
        auto number = [](int v) {
            return QString::number(v);
        };
        const QString cells[ColumnCount] = {
            row.code,
            row.spec,
            row.location,
            row.purchaseLimit > 0 ? number(row.purchaseLimit) : tr("none"),
            number(row.expectedOrders),
            number(row.suggested),
            number(row.planned),
            number(row.prepacked),
            number(p.openOrders),
            number(row.toPack()),
            p.warning == SkuProgress::Warning::None ? QString() : QStringLiteral("⚠ ") + p.message};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setData(kSkuRole, row.skuId);
            if (col != Planned)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (col >= Limit && col <= ToPack)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (col == Planned) {
                item->setToolTip(row.edited ? tr("Set by hand; clear it to follow the suggestion.")
                                            : tr("Follows the suggestion; type a number to override."));
                QFont f = item->font();
                f.setBold(row.edited);
                item->setFont(f);
            }
            if (col == Warning)
                item->setToolTip(p.message);
            if (col == Warning && p.warning != SkuProgress::Warning::None)
                item->setForeground(p.warning == SkuProgress::Warning::TooMuchLeft
                                        ? QColor(0x9a, 0x67, 0x00)
                                        : QColor(0xc0, 0x1c, 0x1c));
            m_plan->setItem(r, col, item);
        }
        if (row.skuId == keepSku)
            m_plan->selectRow(r);
    }
    m_filling = false;
    m_plan->resizeColumnsToContents();
    if (m_plan->currentRow() < 0 && m_plan->rowCount() > 0)
        m_plan->selectRow(0);
    rowChanged();
    emit planRefreshed();
}

qint64 PrepackView::selectedSku() const
{
    const QList<QTableWidgetItem *> items = m_plan ? m_plan->selectedItems() : QList<QTableWidgetItem *>{};
    return items.isEmpty() ? 0 : items.first()->data(kSkuRole).toLongLong();
}

void PrepackView::rowChanged()
{
    const int row = m_plan->currentRow();
    if (row < 0 || !m_plan->item(row, ToPack))
        return;
    const int toPack = m_plan->item(row, ToPack)->text().toInt();
    m_qty->setValue(std::max(1, toPack));
}

void PrepackView::say(const QString &text, bool error)
{
    m_status->setText(error ? QStringLiteral("⚠ ") + text : QStringLiteral("✓ ") + text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c01c1c;") : QStringLiteral("color: #1a7f37;"));
}

void PrepackView::saveCampaign(bool asNew)
{
    Campaign c;
    if (!asNew) {
        const std::optional<Campaign> current =
            Campaigns::load(m_context.database.connection(), currentCampaign());
        if (!current)
            return;
        c = *current;
    }
    c.name = m_name->text();
    c.startsAt = Clock::toText(m_starts->dateTime().toUTC());
    c.endsAt = Clock::toText(m_ends->dateTime().toUTC());
    c.ratioPercent = m_ratio->value();
    const Result<> r = Campaigns::save(m_context.database.connection(), m_context.actor, c);
    if (!r) {
        say(r.message, true);
        return;
    }
    say(asNew ? tr("Campaign %1 created.").arg(c.name) : tr("Campaign %1 saved.").arg(c.name));
    refreshCampaigns();
    selectCampaign(c.id);
}

void PrepackView::addSku()
{
    const Result<> r =
        Campaigns::addSkuByCode(m_context.database.connection(), m_context.actor, currentCampaign(),
                                m_skuCode->text(), m_expected->value(), m_limit->value());
    if (!r) {
        say(r.message, true);
        return;
    }
    say(tr("%1 added to the campaign.").arg(m_skuCode->text().trimmed()));
    m_skuCode->clear();
    refreshPlan();
}

void PrepackView::planEdited(QTableWidgetItem *item)
{
    if (m_filling || item->column() != Planned)
        return;
    const QString text = item->text().trimmed();
    bool ok = true;
    const int qty = text.toInt(&ok);
    std::optional<int> planned;
    if (!text.isEmpty()) {
        if (!ok || qty < 0) {
            say(tr("The planned quantity is a whole number of parcels, not \"%1\".").arg(text), true);
            QMetaObject::invokeMethod(this, &PrepackView::refreshPlan, Qt::QueuedConnection);
            return;
        }
        planned = qty;
    }
    const qint64 sku = item->data(kSkuRole).toLongLong();
    const Result<> r = Campaigns::setPlanned(m_context.database.connection(), m_context.actor,
                                             currentCampaign(), sku, planned);
    if (!r)
        say(r.message, true);
    else
        say(planned ? tr("Planned quantity set to %1.").arg(*planned)
                    : tr("Planned quantity follows the suggestion."));
    // Not from inside the item's own signal: the table is rebuilt.
    QMetaObject::invokeMethod(this, &PrepackView::refreshPlan, Qt::QueuedConnection);
}

void PrepackView::recordBatch()
{
    const qint64 sku = selectedSku();
    if (!sku) {
        say(tr("Select a SKU in the plan first."), true);
        return;
    }
    qint64 batch = 0;
    const Result<> r =
        PrepackBatches::pack(m_context.database.connection(), m_context.actor, currentCampaign(), sku,
                             m_qty->value(), m_material->currentText(), {}, &batch);
    if (!r) {
        say(r.message, true);
        return;
    }
    m_lastBatch = batch;
    m_sheet->setEnabled(true);
    say(tr("Batch %1 recorded: %2 parcels pre-packed.").arg(batch).arg(m_qty->value()));
    refreshPlan();
}

void PrepackView::unpackSelected()
{
    const qint64 sku = selectedSku();
    if (!sku)
        return;
    if (MessageBox::question(
            this, tr("Unpack"),
            tr("Open %1 pre-packed parcels and put the units back on the shelf?").arg(m_qty->value())) !=
        QMessageBox::Yes)
        return;
    qint64 batch = 0;
    const Result<> r = PrepackBatches::unpack(m_context.database.connection(), m_context.actor,
                                              currentCampaign(), sku, m_qty->value(), {}, &batch);
    if (!r) {
        say(r.message, true);
        return;
    }
    m_lastBatch = batch;
    m_sheet->setEnabled(true);
    say(tr("Batch %1 recorded: %2 units back to loose stock.").arg(batch).arg(m_qty->value()));
    refreshPlan();
}

void PrepackView::unpackLeftovers()
{
    if (MessageBox::question(
            this, tr("Unpack leftovers"),
            tr("Put every pre-packed parcel this campaign did not ship back to loose stock?")) !=
        QMessageBox::Yes)
        return;
    int units = 0;
    const Result<> r = PrepackBatches::unpackLeftovers(m_context.database.connection(), m_context.actor,
                                                       currentCampaign(), &units);
    if (!r)
        say(r.message, true);
    else
        say(tr("%1 units back to loose stock.").arg(units));
    refreshPlan();
}

void PrepackView::batchSheet()
{
    const std::optional<PrepackBatch> batch =
        PrepackBatches::load(m_context.database.connection(), m_lastBatch);
    if (!batch)
        return;
    QString path = g_nextSaveFileName;
    g_nextSaveFileName.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Batch sheet"),
                                            QStringLiteral("prepack-batch-%1.pdf").arg(batch->id),
                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!BatchSheet::writePdf(*batch, path, &error))
        say(error, true);
    else
        say(tr("Batch sheet written to %1.").arg(path));
}
