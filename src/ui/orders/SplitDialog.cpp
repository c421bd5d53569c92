#include "ui/orders/SplitDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

SplitDialog::SplitDialog(const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_lines(new QListWidget(this))
{
    setWindowTitle(tr("Split order %1").arg(order.platformOrderNo));
    for (const OrderLine &l : order.lines) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 × %2  %3 %4").arg(l.outerCode).arg(l.qty).arg(l.title, l.spec), m_lines);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, l.id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Tick the lines that move to a new order (e.g. presale items that ship later):"), this));
    layout->addWidget(m_lines);
    layout->addWidget(buttons);
}

QList<qint64> SplitDialog::chosenLineIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_lines->count(); ++i) {
        if (m_lines->item(i)->checkState() == Qt::Checked)
            ids << m_lines->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}
