#include "ui/stock/StockView.h"

#include "db/Database.h"
#include "stock/CatalogCsv.h"
#include "stock/SkuCatalog.h"
#include "stock/StockCsv.h"
#include "stock/StockFiles.h"
#include "ui/AppContext.h"
#include "ui/HeaderFit.h"
#include "ui/MessageBox.h"
#include "ui/OpenFile.h"
#include "ui/reports/ExportFile.h"
#include "ui/stock/AdjustDialog.h"
#include "ui/stock/CountDialog.h"
#include "ui/stock/CsvReportDialog.h"
#include "ui/stock/LedgerModel.h"
#include "ui/stock/ReceiveDialog.h"
#include "ui/stock/ReturnsDialog.h"
#include "ui/stock/ScanField.h"
#include "ui/stock/SkuDialog.h"
#include "ui/stock/StockModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

StockView::StockView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_context(context)
    , m_model(new StockModel(context.database.connection(), this))
    , m_ledger(new LedgerModel(context.database.connection(), this))
    , m_search(new QLineEdit(this))
    , m_onlyRisk(new QCheckBox(this))
    , m_adjust(new QPushButton(this))
    , m_receive(new QPushButton(this))
    , m_count(new QPushButton(this))
    , m_returns(new QPushButton(this))
    , m_newSku(new QPushButton(this))
    , m_files(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_ledgerTable(new QTableView(this))
    , m_ledgerTitle(new QLabel(this))
    , m_summary(new QLabel(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("stockSearch"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_onlyRisk);
    for (QPushButton *b : {m_adjust, m_receive, m_count, m_returns}) {
        b->setMinimumHeight(34);
        top->addWidget(b);
    }
    top->addSpacing(12);
    m_newSku->setMinimumHeight(34);
    top->addWidget(m_newSku);
    m_files->setMinimumHeight(34);
    m_files->setPopupMode(QToolButton::InstantPopup);
    m_files->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_files);
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_count->setObjectName(QStringLiteral("countButton"));
    m_returns->setObjectName(QStringLiteral("returnsButton"));
    m_newSku->setObjectName(QStringLiteral("newSkuButton"));
    m_files->setObjectName(QStringLiteral("stockFilesButton"));
    // Enter on a row edits it; the table's own shortcut so Enter elsewhere keeps its meaning.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *edit = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(edit, &QShortcut::activated, this, [this] {
            if (selectedSku() > 0)
                openSku(selectedSku());
        });
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StockModel::CodeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // The status (the last column: "oversell risk · low stock") always shows whole; on a narrow
    // screen the table scrolls sideways rather than cut it.
    m_table->horizontalHeader()->setSectionResizeMode(StockModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    // Free text (titles, specs) may end in "…"; the tooltip has it whole.
    m_table->setProperty("elidingColumns",
                         QVariantList{int(StockModel::TitleColumn), int(StockModel::SpecColumn)});
    m_table->setColumnWidth(StockModel::CodeColumn, 100);
    m_table->setColumnWidth(StockModel::TitleColumn, 170);
    m_table->setColumnWidth(StockModel::SpecColumn, 170);
    m_table->setColumnWidth(StockModel::LocationColumn, 80);
    for (int c = StockModel::OnHandColumn; c <= StockModel::DemandColumn; ++c)
        m_table->setColumnWidth(c, 68);
    m_table->setColumnWidth(StockModel::DemandColumn, 96);

    m_ledgerTable->setModel(m_ledger);
    m_ledgerTable->verticalHeader()->hide();
    m_ledgerTable->horizontalHeader()->setStretchLastSection(true);
    m_ledgerTable->setAlternatingRowColors(true);
    m_ledgerTable->setColumnWidth(LedgerModel::TimeColumn, 150);
    m_ledgerTable->setColumnWidth(LedgerModel::ReasonColumn, 130);
    m_ledgerTable->setColumnWidth(LedgerModel::RefColumn, 170);
    m_ledgerTable->setColumnWidth(LedgerModel::NoteColumn, 180);

    auto *ledgerBox = new QWidget(this);
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_ledgerTitle->font();
    bold.setBold(true);
    m_ledgerTitle->setFont(bold);
    ledgerLayout->addWidget(m_ledgerTitle);
    ledgerLayout->addWidget(m_ledgerTable, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(ledgerBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearch(text);
        retranslate();
    });
    // A scanned barcode in the search field selects that SKU.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_search->text().trimmed();
        if (m_model->rowCount() == 0 && looksLikeBarcode(code) &&
            !ScanField::resolve(m_context.database.connection(), code)) {
            offerNewSku(code);
            return;
        }
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        m_table->setFocus();
    });
    connect(m_onlyRisk, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyAtRisk(on);
        retranslate();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StockView::updateLedger);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StockView::updateLedger);
    connect(m_adjust, &QPushButton::clicked, this, &StockView::openAdjust);
    connect(m_receive, &QPushButton::clicked, this, &StockView::openReceive);
    connect(m_count, &QPushButton::clicked, this, &StockView::openCount);
    connect(m_returns, &QPushButton::clicked, this, &StockView::openReturns);
    m_files->setMenu(buildFilesMenu());
    connect(m_newSku, &QPushButton::clicked, this, [this] { openSku(0); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openSku(m_model->skuIdAt(index.row()));
    });
    retranslate();
    updateLedger();
}

qint64 StockView::selectedSku() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->skuIdAt(current.row()) : 0;
}

void StockView::selectSku(qint64 skuId)
{
    const int row = m_model->rowOf(skuId);
    if (row >= 0)
        m_table->selectRow(row);
}

void StockView::updateLedger()
{
    const qint64 sku = selectedSku();
    m_ledger->setSku(sku);
    const auto s = sku > 0 ? SkuCatalog::byId(m_context.database.connection(), sku) : std::nullopt;
    m_ledgerTitle->setText(s ? tr("Ledger of %1 · %2 %3 (newest first)").arg(s->code, s->title, s->spec)
                             : tr("Select a SKU to see its ledger."));
}

void StockView::reload()
{
    const qint64 sku = selectedSku();
    m_model->reload();
    selectSku(sku);
    updateLedger();
    retranslate();
}

void StockView::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { reload(); });
    dialog->open();
}

void StockView::openAdjust()
{
    showDialog(new AdjustDialog(m_context, selectedSku(), this));
}

void StockView::openReceive()
{
    showDialog(new ReceiveDialog(m_context, this));
}

void StockView::openCount()
{
    showDialog(new CountDialog(m_context, this));
}

void StockView::openReturns()
{
    showDialog(new ReturnsDialog(m_context, this));
}

SkuDialog *StockView::openSku(qint64 skuId)
{
    auto *dialog = new SkuDialog(m_context, skuId, this);
    showDialog(dialog);
    // After showDialog's reload: the new or edited SKU is the selected row.
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            selectSku(dialog->skuId());
    });
    return dialog;
}

bool StockView::looksLikeBarcode(const QString &text)
{
    // EAN-8 … ITF-14: digits only, so a typed word that finds nothing is just a search.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{8,14}$"));
    return digits.match(text).hasMatch();
}

void StockView::offerNewSku(const QString &barcode)
{
    // New goods at the door: the scan that finds nothing starts their catalog entry.
    if (MessageBox::question(this, tr("Unknown barcode"),
                             tr("No SKU scans as %1. Create a new SKU with this barcode?").arg(barcode)) !=
        QMessageBox::Yes)
        return;
    m_search->clear();
    openSku(0)->addBarcode(barcode);
}

QMenu *StockView::buildFilesMenu()
{
    auto *menu = new QMenu(this);
    auto add = [&](const char *name, auto slot) {
        QAction *a = menu->addAction(QString());
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
    };
    add("importCatalog", [this] { importCatalog(); });
    add("exportCatalog", [this] { exportCatalog(); });
    menu->addSeparator();
    add("importStockReceive", [this] { importStock(false); });
    add("importStockSet", [this] { importStock(true); });
    menu->addSeparator();
    add("exportShopStock", [this] { exportShopStock(); });
    return menu;
}

void StockView::retranslateFilesMenu()
{
    const QHash<QString, QString> texts{
        {QStringLiteral("importCatalog"), tr("Import SKU catalog (CSV)…")},
        {QStringLiteral("exportCatalog"), tr("Export SKU catalog (CSV)…")},
        {QStringLiteral("importStockReceive"), tr("Receive stock from a CSV file…")},
        {QStringLiteral("importStockSet"), tr("Set on-hand levels from a CSV file (initial stock)…")},
        {QStringLiteral("exportShopStock"), tr("Export available stock for Taobao upload…")}};
    for (QAction *a : m_files->menu()->actions())
        if (!a->isSeparator())
            a->setText(texts.value(a->objectName()));
}

void StockView::showImportReport(const QString &title, const QString &summary, const CsvReport &report)
{
    showDialog(new CsvReportDialog(title, summary, report, this));
}

void StockView::importCatalog()
{
    const QString path =
        OpenFile::ask(this, tr("Import SKU catalog"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // ~0.5 ms a row: seconds for a big catalog
    const CsvReport report = CatalogCsv::importFile(m_context.database.connection(), m_context.actor, path);
    QApplication::restoreOverrideCursor();
    const QString file = QFileInfo(path).fileName();
    showImportReport(tr("Import SKU catalog"),
                     report.ok() ? StockFiles::catalogImported(report, file) : StockFiles::refused(report),
                     report);
}

void StockView::importStock(bool setLevels)
{
    const QString title = setLevels ? tr("Set on-hand levels") : tr("Receive stock from a file");
    const QString path = OpenFile::ask(this, title, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).fileName();
    if (setLevels &&
        MessageBox::question(this, title,
                             tr("Make the on-hand quantity of each SKU in %1 exactly what the file says? "
                                "The differences go into the ledger as initial stock.")
                                 .arg(file)) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CsvReport report =
        StockCsv::importFile(m_context.database.connection(), m_context.actor, path,
                             setLevels ? StockCsv::ImportMode::Set : StockCsv::ImportMode::Receive);
    QApplication::restoreOverrideCursor();
    showImportReport(
        title, report.ok() ? StockFiles::stockImported(report, file) : StockFiles::refused(report), report);
}

void StockView::exportCatalog()
{
    const QString path = ExportFile::ask(this, tr("Export SKU catalog"), QStringLiteral("sku-catalog.csv"));
    if (path.isEmpty())
        return;
    const Result<> r = StockFiles::exportCatalog(m_context.database.connection(), path);
    if (r)
        MessageBox::information(this, tr("Export SKU catalog"), r.message);
    else
        MessageBox::warning(this, tr("Export SKU catalog"), r.message);
}

void StockView::exportShopStock()
{
    const QString path =
        ExportFile::ask(this, tr("Available stock for Taobao"), QStringLiteral("taobao-stock.csv"));
    if (path.isEmpty())
        return;
    const Result<> r =
        StockFiles::exportShopStock(m_context.database.connection(), QStringLiteral("taobao"), path);
    if (r)
        MessageBox::information(this, tr("Available stock for Taobao"), r.message);
    else
        MessageBox::warning(this, tr("Available stock for Taobao"), r.message);
}

QList<QPair<QString, QString>> StockView::shortcuts() const
{
    return {{QStringLiteral("Ctrl+F"), tr("Search SKUs (or scan a barcode into the search)")},
            {QStringLiteral("F2"), tr("Adjust stock of the selected SKU")},
            {QStringLiteral("F3"), tr("Receive stock by scanning")},
            {QStringLiteral("F4"), tr("Stock count")},
            {QStringLiteral("F6"), tr("Returns receiving")},
            {QStringLiteral("Ctrl+N"), tr("New SKU")},
            {tr("Enter / double-click"), tr("Edit the selected SKU")}};
}

void StockView::activate()
{
    reload();
    m_search->setFocus();
}

void StockView::databaseChanged()
{
    if (isVisible())
        reload();
}

void StockView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void StockView::retranslate()
{
    m_search->setPlaceholderText(tr("Search or scan a barcode (Ctrl+F)"));
    m_search->setToolTip(tr("Search code, title, spec, bin — or scan a barcode (Ctrl+F)"));
    m_onlyRisk->setText(tr("Only low stock / oversell risk"));
    m_adjust->setText(tr("Adjust (F2)"));
    m_receive->setText(tr("Receive (F3)"));
    m_count->setText(tr("Count (F4)"));
    m_returns->setText(tr("Returns (F6)"));
    m_newSku->setText(tr("New SKU (Ctrl+N)"));
    // After setText: a button's setText replaces its shortcut with the text's mnemonic (none here).
    m_adjust->setShortcut(QKeySequence(Qt::Key_F2));
    m_receive->setShortcut(QKeySequence(Qt::Key_F3));
    m_count->setShortcut(QKeySequence(Qt::Key_F4));
    m_returns->setShortcut(QKeySequence(Qt::Key_F6));
    m_newSku->setShortcut(QKeySequence(QStringLiteral("Ctrl+N")));
    m_files->setText(tr("Files"));
    // The menu arrow sits in the button's corner beside the centred text: room for it both sides.
    m_files->setMinimumWidth(
        m_files->fontMetrics().horizontalAdvance(m_files->text()) + 8 +
        2 * m_files->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_files));
    m_files->setToolTip(tr("SKU catalog and stock levels as CSV files; available stock for the shop"));
    retranslateFilesMenu();
    int risky = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        risky += (m_model->rowAt(i).lowStock() || m_model->rowAt(i).oversellRisk()) ? 1 : 0;
    m_summary->setText(
        tr("%n SKU(s) shown · %1 with low stock or oversell risk · available = on hand − reserved − "
           "safety stock",
           nullptr, m_model->rowCount())
            .arg(risky));
    m_model->headerDataChanged(Qt::Horizontal, 0, StockModel::ColumnCount - 1);
    widenSectionsToLabels(m_table->horizontalHeader());
    widenSectionsToLabels(m_ledgerTable->horizontalHeader());
}
