#include "ui/service/AfterSalesTab.h"

#include "csv/Csv.h"
#include "db/Database.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"
#include "ui/service/AfterSalesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AfterSalesTab::AfterSalesTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AfterSalesModel(this))
    , m_table(new QTableView(this))
    , m_openOnly(new QCheckBox(this))
    , m_outcome(new QComboBox(this))
    , m_apply(new QPushButton(this))
    , m_linked(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_summary(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const AfterSalesOutcome o : AfterSales::outcomes())
        m_outcome->addItem(QString(), int(o));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_openOnly);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(m_outcome);
    bar->addWidget(m_apply);
    bar->addWidget(m_linked);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_openOnly, &QCheckBox::toggled, this, &AfterSalesTab::reload);
    connect(m_apply, &QPushButton::clicked, this,
            [this] { setOutcome(AfterSalesOutcome(m_outcome->currentData().toInt())); });
    connect(m_linked, &QPushButton::clicked, this, &AfterSalesTab::createLinkedOrder);
    connect(m_export, &QPushButton::clicked, this, &AfterSalesTab::exportCsv);
    retranslate();
}

void AfterSalesTab::reload()
{
    const int row = m_table->currentIndex().row();
    const QList<AfterSalesRow> rows =
        AfterSalesDesk::list(m_context.database.connection(), {m_openOnly->isChecked(), {}, {}});
    int open = 0;
    for (const AfterSalesRow &r : rows)
        open += r.outcome == AfterSalesOutcome::Open;
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 cases, %2 open").arg(rows.size()).arg(open));
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
}

bool AfterSalesTab::setOutcome(AfterSalesOutcome outcome)
{
    const AfterSalesRow *r = m_model->rowAt(m_table->currentIndex().row());
    if (!r)
        return false;
    const Result<> result =
        AfterSalesDesk::setOutcome(m_context.database.connection(), m_context.actor, r->caseId, outcome);
    if (!result)
        MessageBox::warning(this, tr("After-sales"), result.message);
    reload();
    return result.ok;
}

bool AfterSalesTab::createLinkedOrder()
{
    const AfterSalesRow *r = m_model->rowAt(m_table->currentIndex().row());
    if (!r)
        return false;
    const QString orderNo = r->orderNo;
    const Result<qint64> result =
        AfterSalesDesk::createLinkedOrder(m_context.database.connection(), m_context.actor, r->caseId, {});
    if (!result)
        MessageBox::warning(this, tr("After-sales"), result.message);
    else
        MessageBox::information(
            this, tr("After-sales"),
            tr("A new order for %1 waits in review (no charge, same receiver).").arg(orderNo));
    reload();
    return result.ok;
}

void AfterSalesTab::exportCsv()
{
    const QString path =
        FileChooser::saveCsv(this, tr("Export after-sales list"), QStringLiteral("after-sales.csv"));
    if (path.isEmpty())
        return;
    if (const Result<> written =
            Csv::write(m_context.database.connection(), path,
                       AfterSalesDesk::csvRows(AfterSalesDesk::list(m_context.database.connection())),
                       Csv::Encoding::Utf8Bom);
        !written)
        MessageBox::critical(this, tr("After-sales"), written.message);
}

void AfterSalesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AfterSalesTab::retranslate()
{
    m_openOnly->setText(tr("Open cases only"));
    for (int i = 0; i < m_outcome->count(); ++i)
        m_outcome->setItemText(
            i, AfterSalesDesk::outcomeName(AfterSalesOutcome(m_outcome->itemData(i).toInt())));
    m_apply->setText(tr("Set outcome"));
    m_linked->setText(tr("Exchange / reship order"));
    m_export->setText(tr("Export CSV…"));
    m_model->headerDataChanged(Qt::Horizontal, 0, AfterSalesModel::ColumnCount - 1);
}
