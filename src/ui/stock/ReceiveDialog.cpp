#include "ui/stock/ReceiveDialog.h"

#include "db/Database.h"
#include "stock/SkuCatalog.h"
#include "stock/StockAdjustments.h"
#include "ui/AppContext.h"
#include "ui/stock/ScanField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

ReceiveDialog::ReceiveDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_scan(new ScanField(context.database.connection(), this))
    , m_quantity(new QSpinBox(this))
    , m_ref(new QLineEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Receive stock"));
    m_scan->setObjectName(QStringLiteral("receiveScan"));
    m_scan->setPlaceholderText(tr("Scan a barcode (or type a SKU code) and press Enter"));
    m_quantity->setRange(1, 99999);
    m_quantity->setValue(1);
    m_quantity->setToolTip(tr("Units per scan; goes back to 1 after each scan"));
    m_ref->setPlaceholderText(tr("Delivery note or supplier (optional)"));
    m_table->setHorizontalHeaderLabels({tr("SKU code"), tr("Title"), tr("Spec"), tr("Units")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 220);
    m_table->setColumnWidth(2, 200);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Scan:"), m_scan);
    form->addRow(tr("&Quantity per scan:"), m_quantity);
    form->addRow(tr("&Reference:"), m_ref);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *postButton = buttons->addButton(tr("&Post receipt"), QDialogButtonBox::ActionRole);
    postButton->setObjectName(QStringLiteral("postReceipt"));
    postButton->setAutoDefault(false);
    QPushButton *remove = buttons->addButton(tr("Remove &line"), QDialogButtonBox::ActionRole);
    remove->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_scan, &ScanField::skuScanned, this, [this](qint64 sku, const QString &) {
        add(sku, m_quantity->value());
        m_quantity->setValue(1);
    });
    connect(m_scan, &ScanField::unknownScanned, this,
            [this](const QString &code) { say(tr("× Unknown barcode or code: %1").arg(code), true); });
    connect(postButton, &QPushButton::clicked, this, [this] {
        if (post())
            accept();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_order.size())
            return;
        m_pending.remove(m_order.takeAt(row));
        refreshTable();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_scan->setFocus();
}

int ReceiveDialog::pendingUnits() const
{
    int n = 0;
    for (int q : m_pending)
        n += q;
    return n;
}

void ReceiveDialog::add(qint64 skuId, int qty)
{
    if (!m_pending.contains(skuId))
        m_order << skuId;
    m_pending[skuId] += qty;
    refreshTable();
    const auto sku = SkuCatalog::byId(m_context.database.connection(), skuId);
    say(tr("✓ +%1 %2 %3 (%4 in this receipt)")
            .arg(qty)
            .arg(sku->code, sku->title)
            .arg(m_pending.value(skuId)),
        false);
    m_table->selectRow(int(m_order.indexOf(skuId)));
}

void ReceiveDialog::refreshTable()
{
    m_table->setRowCount(int(m_order.size()));
    for (int i = 0; i < m_order.size(); ++i) {
        const auto sku = SkuCatalog::byId(m_context.database.connection(), m_order.at(i));
        const QStringList cells{sku->code, sku->title, sku->spec, QString::number(m_pending.value(sku->id))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
}

void ReceiveDialog::say(const QString &text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #b01c1c; font-weight: bold;") : QString());
}

bool ReceiveDialog::post()
{
    if (m_pending.isEmpty()) {
        say(tr("× Nothing scanned yet."), true);
        return false;
    }
    QList<Adjustment> list;
    for (qint64 sku : std::as_const(m_order))
        list << Adjustment{sku, m_pending.value(sku), AdjustReason::Received, {}, m_ref->text().trimmed()};
    const Result<> r = StockAdjustments::adjustAll(m_context.database.connection(), m_context.actor, list);
    if (!r) {
        say(QStringLiteral("× ") + r.message, true);
        return false;
    }
    m_pending.clear();
    m_order.clear();
    refreshTable();
    return true;
}
