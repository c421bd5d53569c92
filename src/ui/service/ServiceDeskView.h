#pragma once

#include "ui/View.h"

#include <QSet>

class QTabWidget;
class ContactTab;
class AfterSalesTab;
struct AppContext;

// The service desk (客服): payment reminders, shipping notices and after-sales in tabs.
class ServiceDeskView : public View {
    Q_OBJECT
public:
    explicit ServiceDeskView(AppContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ContactTab *reminders() const { return m_reminders; }
    ContactTab *notices() const { return m_notices; }
    AfterSalesTab *afterSales() const { return m_afterSales; }

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Reads the tab on screen if the database changed since it was last read.
    void reloadCurrent();

    QTabWidget *m_tabs;
    ContactTab *m_reminders;
    ContactTab *m_notices;
    AfterSalesTab *m_afterSales;
    QSet<QWidget *> m_stale; // tabs to read again when next shown
};
