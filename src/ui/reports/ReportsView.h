#pragma once

#include "ui/View.h"

class QTabWidget;
class ShippingTab;
class RefundsTab;
class ProductivityTab;
struct AppContext;

// Reports (报表) in tabs: daily shipping, the platform's refund metrics, productivity. Other
// capabilities add their own tab to tabs() (the pack station's "today's progress").
class ReportsView : public View {
    Q_OBJECT
public:
    explicit ReportsView(AppContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ShippingTab *shipping() const { return m_shipping; }
    RefundsTab *refunds() const { return m_refunds; }
    ProductivityTab *productivity() const { return m_productivity; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadAll();
    void retranslate();

    QTabWidget *m_tabs;
    ShippingTab *m_shipping;
    RefundsTab *m_refunds;
    ProductivityTab *m_productivity;
};
