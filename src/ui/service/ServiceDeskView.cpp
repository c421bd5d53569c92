#include "ui/service/ServiceDeskView.h"

#include "ui/service/AfterSalesTab.h"
#include "ui/service/ContactTab.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

ServiceDeskView::ServiceDeskView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_tabs(new QTabWidget(this))
    , m_reminders(new ContactTab(context, ContactKind::PaymentReminder, m_tabs))
    , m_notices(new ContactTab(context, ContactKind::ShippingNotice, m_tabs))
    , m_afterSales(new AfterSalesTab(context, m_tabs))
{
    m_tabs->addTab(m_reminders, QString());
    m_tabs->addTab(m_notices, QString());
    m_tabs->addTab(m_afterSales, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ServiceDeskView::reloadCurrent);
    retranslate();
}

QList<QPair<QString, QString>> ServiceDeskView::shortcuts() const
{
    return {{tr("Ctrl+Shift+C"), tr("Copy the selected order's message and record the contact")},
            {tr("Ctrl+Shift+E"), tr("Export an SMS batch of everyone not yet contacted")},
            {tr("Ctrl+Tab"), tr("Next tab")}};
}

// Opening the desk reads the tab on screen only; the others are read when they are shown (each
// list is a query over every open order plus a table to lay out: three of them took a second).
void ServiceDeskView::activate()
{
    m_stale = {m_reminders, m_notices, m_afterSales};
    reloadCurrent();
}

void ServiceDeskView::databaseChanged()
{
    m_stale = {m_reminders, m_notices, m_afterSales};
    if (isVisible())
        reloadCurrent(); // hidden lists are read when shown; the watcher fires often
}

void ServiceDeskView::reloadCurrent()
{
    QWidget *tab = m_tabs->currentWidget();
    if (!m_stale.remove(tab))
        return;
    if (tab == m_afterSales)
        m_afterSales->reload();
    else if (auto *contacts = qobject_cast<ContactTab *>(tab))
        contacts->reload();
}

void ServiceDeskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void ServiceDeskView::retranslate()
{
    m_tabs->setTabText(0, tr("Payment reminders"));
    m_tabs->setTabText(1, tr("Shipping notices"));
    m_tabs->setTabText(2, tr("After-sales"));
}
