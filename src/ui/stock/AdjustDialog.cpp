#include "ui/stock/AdjustDialog.h"

#include "db/Database.h"
#include "stock/PrepackedStock.h"
#include "stock/SkuCatalog.h"
#include "stock/StockAdjustments.h"
#include "ui/AppContext.h"
#include "ui/stock/LedgerModel.h"
#include "ui/stock/ScanField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

AdjustDialog::AdjustDialog(AppContext &context, qint64 skuId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_scan(new ScanField(context.database.connection(), this))
    , m_skuLabel(new QLabel(this))
    , m_quantity(new QSpinBox(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_ledger(new LedgerModel(context.database.connection(), this))
{
    setWindowTitle(tr("Adjust stock"));
    m_scan->setObjectName(QStringLiteral("adjustScan"));
    m_scan->setPlaceholderText(tr("Scan a barcode or type a SKU code, then Enter"));
    m_skuLabel->setWordWrap(true);
    m_quantity->setRange(-99999, 99999);
    m_quantity->setValue(1);
    m_quantity->setToolTip(tr("Positive adds to on hand, negative removes"));
    for (AdjustReason r : StockAdjustments::reasons())
        m_reason->addItem(StockAdjustments::displayName(r), StockAdjustments::code(r));
    m_note->setPlaceholderText(tr("Why (required for Other)"));
    m_status->setWordWrap(true);
    auto *ledgerView = new QTableView(this);
    ledgerView->setModel(m_ledger);
    ledgerView->verticalHeader()->hide();
    ledgerView->horizontalHeader()->setStretchLastSection(true);
    ledgerView->setColumnWidth(LedgerModel::TimeColumn, 150);
    ledgerView->setSelectionMode(QAbstractItemView::NoSelection);
    ledgerView->setFocusPolicy(Qt::NoFocus);

    auto *form = new QFormLayout;
    form->addRow(tr("&SKU:"), m_scan);
    form->addRow(QString(), m_skuLabel);
    form->addRow(tr("&Quantity (+/−):"), m_quantity);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("&Adjust"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("applyAdjustment"));
    ok->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Ledger of this SKU (newest first):"), this));
    layout->addWidget(ledgerView, 1);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_scan, &ScanField::skuScanned, this, [this](qint64 sku, const QString &) {
        setSku(sku);
        m_quantity->setFocus();
        m_quantity->selectAll();
    });
    connect(m_scan, &ScanField::unknownScanned, this,
            [this](const QString &code) { say(tr("× Unknown barcode or code: %1").arg(code), true); });
    connect(ok, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSku(skuId);
    m_scan->setFocus();
}

void AdjustDialog::setSku(qint64 skuId)
{
    m_skuId = skuId;
    m_ledger->setSku(skuId);
    const auto sku = skuId > 0 ? SkuCatalog::byId(m_context.database.connection(), skuId) : std::nullopt;
    if (!sku) {
        m_skuLabel->setText(tr("No SKU chosen yet."));
        return;
    }
    const PrepackedStock::Level level = PrepackedStock::level(m_context.database.connection(), skuId);
    m_skuLabel->setText(tr("%1 · %2 %3 · bin %4 — on hand %5, reserved %6, pre-packed %7")
                            .arg(sku->code, sku->title, sku->spec, sku->location)
                            .arg(level.onHand)
                            .arg(level.reserved)
                            .arg(level.prepacked));
    say({}, false);
}

void AdjustDialog::say(const QString &text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #b01c1c; font-weight: bold;") : QString());
}

bool AdjustDialog::apply()
{
    if (m_skuId == 0) {
        say(tr("× Scan or type the SKU first."), true);
        return false;
    }
    const auto reason = StockAdjustments::fromCode(m_reason->currentData().toString());
    const Result<> r = StockAdjustments::adjust(m_context.database.connection(), m_context.actor,
                                                {m_skuId, m_quantity->value(), *reason, m_note->text(), {}});
    if (!r) {
        say(QStringLiteral("× ") + r.message, true);
        return false;
    }
    return true;
}
