#pragma once

#include "ui/View.h"

class QTabWidget;
class ShippingExceptionsTab;
class ShippingProgressTab;
struct AppContext;

// 报表: one tab per report. Shipping progress and exceptions (issue 6) come first; other reports
// (service desk: refund metrics, productivity) add their tabs in the constructor.
class ReportsView : public View {
    Q_OBJECT
public:
    explicit ReportsView(AppContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ShippingProgressTab *progressTab() const { return m_progress; }
    ShippingExceptionsTab *exceptionsTab() const { return m_exceptions; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshCurrent();

    QTabWidget *m_tabs;
    ShippingProgressTab *m_progress;
    ShippingExceptionsTab *m_exceptions;
};
