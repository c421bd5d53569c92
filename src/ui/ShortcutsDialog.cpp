#include "ui/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QString &viewTitle, const QList<QPair<QString, QString>> &keys,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Shortcuts: %1").arg(viewTitle));
    QList<QPair<QString, QString>> all = keys;
    all << qMakePair(tr("Ctrl+1 … Ctrl+7"), tr("Switch view")) << qMakePair(tr("F1"), tr("This help"))
        << qMakePair(tr("Ctrl+,"), tr("Settings")) << qMakePair(tr("Ctrl+Q"), tr("Quit"));
    auto *table = new QTableWidget(int(all.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < all.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(all.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(all.at(i).second));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(0);
    table->setWordWrap(true);
    table->resizeRowsToContents(); // multi-line rows (the sounds) and the last row show whole
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const int rows = table->verticalHeader()->length() + table->horizontalHeader()->height();
    resize(640, std::min(rows + 90, 800));
}
