#pragma once

#include "orders/AfterSales.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class AfterSalesModel;
struct AppContext;

// Refunds and returns in one place: arrival stage and outcome per case; set the outcome, or
// create the exchange/reship order (换货补寄) linked to the case.
class AfterSalesTab : public QWidget {
    Q_OBJECT
public:
    explicit AfterSalesTab(AppContext &context, QWidget *parent = nullptr);

    void reload();
    AfterSalesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool setOutcome(AfterSalesOutcome outcome); // on the selected case
    bool createLinkedOrder();                   // for the selected case

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportCsv();

    AppContext &m_context;
    AfterSalesModel *m_model;
    QTableView *m_table;
    QCheckBox *m_openOnly;
    QComboBox *m_outcome;
    QPushButton *m_apply;
    QPushButton *m_linked;
    QPushButton *m_export;
    QLabel *m_summary;
};
