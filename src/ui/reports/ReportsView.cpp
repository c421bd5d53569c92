#include "ui/reports/ReportsView.h"

#include "ui/reports/ProductivityTab.h"
#include "ui/reports/RefundsTab.h"
#include "ui/reports/ShippingTab.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

ReportsView::ReportsView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_tabs(new QTabWidget(this))
    , m_shipping(new ShippingTab(context, m_tabs))
    , m_refunds(new RefundsTab(context, m_tabs))
    , m_productivity(new ProductivityTab(context, m_tabs)) {
    m_tabs->addTab(m_shipping, QString());
    m_tabs->addTab(m_refunds, QString());
    m_tabs->addTab(m_productivity, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    retranslate();
}

QList<QPair<QString, QString>> ReportsView::shortcuts() const {
    return {{tr("Ctrl+Tab"), tr("Next report")}, {tr("Alt+Down"), tr("Open the calendar of a date field")}};
}

void ReportsView::activate() {
    reloadAll();
}

void ReportsView::databaseChanged() {
    if (isVisible()) // the watcher fires on every commit; hidden reports wait for activate()
        reloadAll();
}

void ReportsView::reloadAll() {
    m_shipping->reload();
    m_refunds->reload();
    m_productivity->reload();
}

void ReportsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void ReportsView::retranslate() {
    m_tabs->setTabText(m_tabs->indexOf(m_shipping), tr("Shipping"));
    m_tabs->setTabText(m_tabs->indexOf(m_refunds), tr("Refund metrics"));
    m_tabs->setTabText(m_tabs->indexOf(m_productivity), tr("Productivity"));
}
