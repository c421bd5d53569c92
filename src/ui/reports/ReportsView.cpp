#include "ui/reports/ReportsView.h"

#include "ui/reports/ShippingExceptionsTab.h"
#include "ui/reports/ShippingProgressTab.h"

#include <QEvent>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

ReportsView::ReportsView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_tabs(new QTabWidget(this))
    , m_progress(new ShippingProgressTab(context, m_tabs))
    , m_exceptions(new ShippingExceptionsTab(context, m_tabs)) {
    m_tabs->addTab(m_progress, QString());
    m_tabs->addTab(m_exceptions, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsView::refreshCurrent);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &ReportsView::refreshCurrent);
    retranslate();
}

QList<QPair<QString, QString>> ReportsView::shortcuts() const {
    return {{tr("F5"), tr("Refresh the report")}, {tr("Ctrl+Tab"), tr("Next report")}};
}

void ReportsView::activate() {
    refreshCurrent();
    m_tabs->setFocus();
}

void ReportsView::databaseChanged() {
    if (isVisible())
        refreshCurrent();
}

void ReportsView::refreshCurrent() {
    if (m_tabs->currentWidget() == m_progress)
        m_progress->refresh();
    else if (m_tabs->currentWidget() == m_exceptions)
        m_exceptions->refresh();
}

void ReportsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void ReportsView::retranslate() {
    m_tabs->setTabText(m_tabs->indexOf(m_progress), tr("Shipping progress"));
    m_tabs->setTabText(m_tabs->indexOf(m_exceptions), tr("Exceptions"));
}
