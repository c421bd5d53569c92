#include "ui/reports/ShippingExceptionsTab.h"

#include "base/Clock.h"
#include "db/Database.h"
#include "orders/Couriers.h"
#include "reports/ShippingExceptions.h"
#include "ui/AppContext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ShippingExceptionsTab::ShippingExceptionsTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_summary->setFont(f);
    m_table->setColumnCount(6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ShippingExceptionsTab::refresh()
{
    const QList<ShippingException> list =
        ShippingExceptions::list(m_context.database.connection(), Clock::nowUtc());
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Order no."), tr("Stage"), tr("Courier / tracking"), tr("Since"), tr("What to do")});
    m_table->setRowCount(int(list.size()));
    int counts[3] = {0, 0, 0};
    const QHash<QString, QString> couriers = Couriers::names(m_context.database.connection());
    for (int r = 0; r < list.size(); ++r) {
        const ShippingException &e = list[r];
        ++counts[int(e.kind)];
        const QString mark =
            e.kind == ShippingException::Kind::Stuck ? QStringLiteral("○ ") : QStringLiteral("⚠ ");
        const QStringList cells{
            mark + ShippingExceptions::kindName(e.kind),
            e.orderNo,
            Stages::displayName(e.stage),
            QString(couriers.value(e.courierCode, e.courierCode) + u' ' + e.trackingNo).trimmed(),
            QLocale().toString(e.since.toLocalTime(), QLocale::ShortFormat),
            e.action};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (e.kind != ShippingException::Kind::Stuck)
                item->setBackground(QColor(0xff, 0xe0, 0xe0));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 intercepted to pull · %2 refunded after shipping · %3 stuck")
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2]));
}

void ShippingExceptionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    QWidget::changeEvent(event);
}
