#include "ui/reports/ReportsView.h"

#include "ui/reports/ProductivityTab.h"
#include "ui/reports/RefundsTab.h"
#include "ui/reports/ShippingExceptionsTab.h"
#include "ui/reports/ShippingProgressTab.h"
#include "ui/reports/ShippingTab.h"

#include <QEvent>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

ReportsView::ReportsView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_tabs(new QTabWidget(this))
    , m_progress(new ShippingProgressTab(context, m_tabs))
    , m_exceptions(new ShippingExceptionsTab(context, m_tabs))
    , m_shipping(new ShippingTab(context, m_tabs))
    , m_refunds(new RefundsTab(context, m_tabs))
    , m_productivity(new ProductivityTab(context, m_tabs))
{
    for (QWidget *tab : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_exceptions),
                         static_cast<QWidget *>(m_shipping), static_cast<QWidget *>(m_refunds),
                         static_cast<QWidget *>(m_productivity)})
        m_tabs->addTab(tab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsView::refreshCurrent);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &ReportsView::refreshCurrent);
    retranslate();
}

QList<QPair<QString, QString>> ReportsView::shortcuts() const
{
    return {{tr("F5"), tr("Refresh the report")},
            {tr("Ctrl+Tab"), tr("Next report")},
            {tr("Alt+Down"), tr("Open the calendar of a date field")}};
}

void ReportsView::activate()
{
    refreshCurrent();
    m_tabs->setFocus();
}

void ReportsView::databaseChanged()
{
    if (isVisible())
        refreshCurrent();
}

void ReportsView::refreshCurrent()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_progress)
        m_progress->refresh();
    else if (current == m_exceptions)
        m_exceptions->refresh();
    else if (current == m_shipping)
        m_shipping->reload();
    else if (current == m_refunds)
        m_refunds->reload();
    else if (current == m_productivity)
        m_productivity->reload();
}

void ReportsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void ReportsView::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_progress), tr("Shipping progress"));
    m_tabs->setTabText(m_tabs->indexOf(m_exceptions), tr("Exceptions"));
    m_tabs->setTabText(m_tabs->indexOf(m_shipping), tr("Shipping"));
    m_tabs->setTabText(m_tabs->indexOf(m_refunds), tr("Refund metrics"));
    m_tabs->setTabText(m_tabs->indexOf(m_productivity), tr("Productivity"));
}
