#include "ui/stock/CsvReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CsvReportDialog::CsvReportDialog(const QString &title, const QString &summary, const CsvReport &report,
                                 QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(int(report.problems.size()), ColumnCount, this))
{
    setWindowTitle(title);
    m_summary->setWordWrap(true);
    // Refused: the × and the words carry it, not only the colour.
    m_summary->setText(report.ok() ? QStringLiteral("✓ ") + summary : QStringLiteral("× ") + summary);
    m_summary->setStyleSheet(report.ok() ? QStringLiteral("font-weight: bold;")
                                         : QStringLiteral("color: #b01c1c; font-weight: bold;"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    for (int r = 0; r < report.problems.size(); ++r) {
        const CsvProblem &p = report.problems.at(r);
        auto *row = new QTableWidgetItem;
        if (p.line > 0)                            // 0: the file as a whole
            row->setData(Qt::DisplayRole, p.line); // a number, so it sorts as one
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, RowColumn, row);
        m_table->setItem(r, FieldColumn, new QTableWidgetItem(p.column));
        m_table->setItem(r, ValueColumn, new QTableWidgetItem(p.value));
        auto *why = new QTableWidgetItem(p.why);
        why->setToolTip(p.why); // long reasons are cut in the cell
        m_table->setItem(r, WhyColumn, why);
    }
    m_table->setColumnWidth(RowColumn, 60);
    m_table->setColumnWidth(FieldColumn, 130);
    m_table->setColumnWidth(ValueColumn, 150);
    m_table->setVisible(!report.ok());
    auto *note = new QLabel(tr("Nothing from this file was stored. Fix these rows in the spreadsheet and "
                               "import the whole file again."),
                            this);
    note->setWordWrap(true);
    note->setVisible(!report.ok());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close")); // Qt's own may be untranslated
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(report.ok() ? QSize(480, 140) : QSize(820, 460));
}
