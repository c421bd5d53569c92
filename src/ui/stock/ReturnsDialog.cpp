#include "ui/stock/ReturnsDialog.h"

#include "db/Database.h"
#include "ui/AppContext.h"
#include "ui/stock/ScanField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Col { CodeCol, TitleCol, SpecCol, ShippedCol, BackBeforeCol, GoodCol, DamagedCol, ColCount };
}

ReturnsDialog::ReturnsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_scan(new ScanField(context.database.connection(), this))
    , m_header(new QLabel(this))
    , m_table(new QTableWidget(0, ColCount, this))
    , m_note(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Returns receiving"));
    m_scan->setObjectName(QStringLiteral("returnScan"));
    m_scan->setPlaceholderText(tr("Scan the parcel's tracking or order number, then each item"));
    m_header->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("SKU code"), tr("Title"), tr("Spec"), tr("Shipped"),
                                        tr("Back before"), tr("Good"), tr("Damaged")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TitleCol, 200);
    m_table->setColumnWidth(SpecCol, 160);
    m_note->setPlaceholderText(tr("Condition, courier remarks (optional)"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Scan:"), m_scan);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *receiveButton = buttons->addButton(tr("&Receive return"), QDialogButtonBox::ActionRole);
    receiveButton->setObjectName(QStringLiteral("receiveReturn"));
    receiveButton->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 480);
    m_header->setText(tr("No parcel yet."));

    // A parcel number is not a SKU code, so both signals end up in scan().
    connect(m_scan, &ScanField::skuScanned, this, [this](qint64, const QString &code) { scan(code); });
    connect(m_scan, &ScanField::unknownScanned, this, &ReturnsDialog::scan);
    connect(receiveButton, &QPushButton::clicked, this, [this] {
        if (receive())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_scan->setFocus();
}

void ReturnsDialog::scan(const QString &code)
{
    const QSqlDatabase db = m_context.database.connection();
    // An item of the loaded parcel: one more good unit.
    if (m_parcel) {
        const auto sku = ScanField::resolve(db, code);
        for (int i = 0; sku && i < m_parcel->items.size(); ++i) {
            if (m_parcel->items.at(i).skuId != *sku)
                continue;
            QTableWidgetItem *good = m_table->item(i, GoodCol);
            const int checked = good->text().toInt() + m_table->item(i, DamagedCol)->text().toInt();
            if (checked >= m_parcel->items.at(i).open()) {
                say(tr("× %1: all %2 still out are already checked.")
                        .arg(m_parcel->items.at(i).code)
                        .arg(m_parcel->items.at(i).open()),
                    true);
                return;
            }
            good->setText(QString::number(good->text().toInt() + 1));
            say(tr("✓ %1 +1 good").arg(m_parcel->items.at(i).code), false);
            return;
        }
        if (sku) {
            say(tr("× %1 was not in this parcel.").arg(code), true);
            return;
        }
    }
    QString why;
    auto parcel = StockReturns::find(db, code, &why);
    if (!parcel) {
        say(QStringLiteral("× ") + why, true);
        return;
    }
    m_parcel = parcel;
    showParcel();
    say(tr("✓ Parcel found. Scan each item (good), or type Good/Damaged, then Receive."), false);
}

void ReturnsDialog::showParcel()
{
    const ReturnParcel &p = *m_parcel;
    m_header->setText(tr("Order %1 · tracking %2 · %3")
                          .arg(p.orderNo, p.trackingNo.isEmpty() ? tr("none") : p.trackingNo,
                               p.afterSalesId ? tr("after-sales case #%1").arg(p.afterSalesId)
                                              : tr("no after-sales case yet (one is opened on receipt)")));
    m_table->setRowCount(int(p.items.size()));
    for (int i = 0; i < p.items.size(); ++i) {
        const ReturnItem &it = p.items.at(i);
        const QStringList cells{it.code,
                                it.title,
                                it.spec,
                                QString::number(it.shipped),
                                QString::number(it.returned),
                                QStringLiteral("0"),
                                QStringLiteral("0")};
        for (int c = 0; c < ColCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c < GoodCol)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            else
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
}

bool ReturnsDialog::receive()
{
    if (!m_parcel) {
        say(tr("× Scan the parcel first."), true);
        return false;
    }
    QList<ReturnCheck> checks;
    for (int i = 0; i < m_parcel->items.size(); ++i) {
        bool okGood = false, okDamaged = false;
        const int good = m_table->item(i, GoodCol)->text().trimmed().toInt(&okGood);
        const int damaged = m_table->item(i, DamagedCol)->text().trimmed().toInt(&okDamaged);
        if (!okGood || !okDamaged) {
            say(tr("× %1: Good and Damaged take whole numbers.").arg(m_parcel->items.at(i).code), true);
            return false;
        }
        checks << ReturnCheck{m_parcel->items.at(i).skuId, good, damaged};
    }
    const Result<> r = StockReturns::receive(m_context.database.connection(), m_context.actor, *m_parcel,
                                             checks, m_note->text().trimmed());
    if (!r) {
        say(QStringLiteral("× ") + r.message, true);
        return false;
    }
    return true;
}

void ReturnsDialog::say(const QString &text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #b01c1c; font-weight: bold;") : QString());
}
