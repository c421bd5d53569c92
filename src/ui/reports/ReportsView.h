#pragma once

#include "ui/View.h"

class QTabWidget;
class ProductivityTab;
class RefundsTab;
class ShippingExceptionsTab;
class ShippingProgressTab;
class ShippingTab;
struct AppContext;

// 报表: one tab per report. Today's shipping progress and its exceptions (pack station) first,
// then the daily shipping report, the platform's refund metrics and productivity (service desk).
class ReportsView : public View {
    Q_OBJECT
public:
    explicit ReportsView(AppContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ShippingProgressTab *progressTab() const { return m_progress; }
    ShippingExceptionsTab *exceptionsTab() const { return m_exceptions; }
    ShippingTab *shipping() const { return m_shipping; }
    RefundsTab *refunds() const { return m_refunds; }
    ProductivityTab *productivity() const { return m_productivity; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Only the tab on screen is re-read: the watcher fires on every commit.
    void refreshCurrent();

    QTabWidget *m_tabs;
    ShippingProgressTab *m_progress;
    ShippingExceptionsTab *m_exceptions;
    ShippingTab *m_shipping;
    RefundsTab *m_refunds;
    ProductivityTab *m_productivity;
};
