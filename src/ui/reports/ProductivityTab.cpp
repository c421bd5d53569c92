#include "ui/reports/ProductivityTab.h"

#include "csv/Csv.h"
#include "db/Database.h"
#include "reports/ProductivityReport.h"
#include "reports/ShopDay.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"
#include "ui/Tables.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

ProductivityTab::ProductivityTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_day(new QDateEdit(ShopDay::today(), this))
    , m_dayLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_export(new QPushButton(this))
{
    using P = OperatorProductivity;
    const auto number = [](qint64 n) {
        return QString::number(n);
    };
    const auto rate = [](double v) {
        return QString::number(std::round(v * 10) / 10);
    };
    m_model = new Model(
        {
            {[] { return tr("Operator"); },
             [](const P &p) {
                 return p.operatorName;
             }},
            {[] { return tr("Reviewed"); }, [=](const P &p) { return number(p.reviewed); },
             [](const P &p) {
                 return p.reviewed;
             }},
            {[] { return tr("Printed"); }, [=](const P &p) { return number(p.printed); },
             [](const P &p) {
                 return p.printed;
             }},
            {[] { return tr("Packed"); }, [=](const P &p) { return number(p.packed); },
             [](const P &p) {
                 return p.packed;
             }},
            {[] { return tr("Active hours"); }, [=](const P &p) { return number(p.activeHours); },
             [](const P &p) {
                 return p.activeHours;
             }},
            {[] { return tr("Reviewed / h"); }, [=](const P &p) { return rate(p.perHour(p.reviewed)); },
             [](const P &p) {
                 return p.perHour(p.reviewed);
             }},
            {[] { return tr("Printed / h"); }, [=](const P &p) { return rate(p.perHour(p.printed)); },
             [](const P &p) {
                 return p.perHour(p.printed);
             }},
            {[] { return tr("Packed / h"); }, [=](const P &p) { return rate(p.perHour(p.packed)); },
             [](const P &p) {
                 return p.perHour(p.packed);
             }},
        },
        this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Model::RawRole);
    m_table = Tables::readOnly(this, m_sorted);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
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
    m_model->setRows(ProductivityReport::compute(m_context.database.connection(),
                                                 ShopDay::startText(m_day->date()),
                                                 ShopDay::startText(m_day->date().addDays(1))));
}

void ProductivityTab::exportCsv()
{
    const QString path =
        FileChooser::saveCsv(this, tr("Export productivity"),
                             QStringLiteral("productivity-%1.csv").arg(m_day->date().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    const QList<OperatorProductivity> rows =
        ProductivityReport::compute(m_context.database.connection(), ShopDay::startText(m_day->date()),
                                    ShopDay::startText(m_day->date().addDays(1)));
    if (const Result<> written = Csv::write(m_context.database.connection(), path,
                                            ProductivityReport::csvRows(rows), Csv::Encoding::Utf8Bom);
        !written)
        MessageBox::critical(this, tr("Export"), written.message);
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
    m_model->retranslate();
}
