#include "ui/reports/ProductivityTab.h"

#include "csv/Csv.h"
#include "db/Database.h"
#include "reports/ProductivityReport.h"
#include "reports/ShopDay.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/reports/ExportFile.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ProductivityTab::ProductivityTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_day(new QDateEdit(ShopDay::today(), this))
    , m_dayLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_export(new QPushButton(this))
{
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_hint->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dayLabel);
    bar->addWidget(m_day);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    connect(m_day, &QDateEdit::dateChanged, this, &ProductivityTab::reload);
    connect(m_export, &QPushButton::clicked, this, &ProductivityTab::exportCsv);
    retranslate();
}

void ProductivityTab::reload()
{
    const QList<OperatorProductivity> rows =
        ProductivityReport::compute(m_context.database.connection(), ShopDay::startText(m_day->date()),
                                    ShopDay::startText(m_day->date().addDays(1)));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(rows.size()));
    auto number = [](double v, int decimals) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::DisplayRole,
                      decimals == 0 ? QVariant(qint64(v)) : QVariant(std::round(v * 10) / 10));
        return item;
    };
    for (int i = 0; i < rows.size(); ++i) {
        const OperatorProductivity &p = rows[i];
        m_table->setItem(i, 0, new QTableWidgetItem(p.operatorName));
        m_table->setItem(i, 1, number(double(p.reviewed), 0));
        m_table->setItem(i, 2, number(double(p.printed), 0));
        m_table->setItem(i, 3, number(double(p.packed), 0));
        m_table->setItem(i, 4, number(p.activeHours, 0));
        m_table->setItem(i, 5, number(p.perHour(p.reviewed), 1));
        m_table->setItem(i, 6, number(p.perHour(p.printed), 1));
        m_table->setItem(i, 7, number(p.perHour(p.packed), 1));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

void ProductivityTab::exportCsv()
{
    const QString path =
        ExportFile::ask(this, tr("Export productivity"),
                        QStringLiteral("productivity-%1.csv").arg(m_day->date().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    const QList<OperatorProductivity> rows =
        ProductivityReport::compute(m_context.database.connection(), ShopDay::startText(m_day->date()),
                                    ShopDay::startText(m_day->date().addDays(1)));
    QString error;
    if (!Csv::write(m_context.database.connection(), path, ProductivityReport::csvRows(rows),
                    Csv::Encoding::Utf8Bom, &error))
        MessageBox::critical(this, tr("Export"), error);
}

void ProductivityTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductivityTab::retranslate()
{
    m_dayLabel->setText(tr("Day (Beijing):"));
    m_export->setText(tr("Export CSV…"));
    m_hint->setText(
        tr("Counted from the audit log: each order an operator moved to Reviewed, Printed or Packed. "
           "Per hour divides by the clock hours in which the operator moved at least one order."));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Operator"), tr("Reviewed"), tr("Printed"), tr("Packed"),
                                        tr("Active hours"), tr("Reviewed / h"), tr("Printed / h"),
                                        tr("Packed / h")});
}
