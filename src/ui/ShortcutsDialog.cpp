#include "ui/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QString &viewTitle, const QList<QPair<QString, QString>> &keys,
                                 QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Shortcuts: %1").arg(viewTitle));
    QList<QPair<QString, QString>> all = keys;
    all << qMakePair(tr("Ctrl+1 … Ctrl+7"), tr("Switch view")) << qMakePair(tr("F1"), tr("This help"))
        << qMakePair(tr("Ctrl+,"), tr("Settings")) << qMakePair(tr("Ctrl+Q"), tr("Quit"));
    m_table->setRowCount(int(all.size()));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < all.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(all.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(all.at(i).second));
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnToContents(0);
    m_table->setWordWrap(true);
    // Rows follow the action column's width: the multi-line ones (the sounds) show whole.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 400);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitRows();
}

void ShortcutsDialog::fitRows()
{
    // Now that the action column has its width, make the dialog as tall as its rows (to the last
    // one), within the screen.
    layout()->activate();
    m_table->resizeRowsToContents();
    const int rows = m_table->verticalHeader()->length() + m_table->horizontalHeader()->height() +
                     2 * m_table->frameWidth();
    const int chrome = height() - m_table->height();
    // Within the window it helps (the station's screen), else the screen.
    const QScreen *where = screen();
    const int room = (parentWidget() ? parentWidget()->window()->height()
                      : where        ? where->availableGeometry().height()
                                     : 800) -
                     60;
    resize(width(), std::min(rows + chrome, room));
}
