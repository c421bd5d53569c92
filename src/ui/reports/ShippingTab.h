#pragma once

#include "reports/ShippingReport.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
struct AppContext;

// One Beijing day's shipping: paid vs shipped, within 24/48/72 h, by courier, by hour (a chart
// when Qt Charts is there), and the late list; exported as CSV.
class ShippingTab : public QWidget {
    Q_OBJECT
public:
    explicit ShippingTab(AppContext &context, QWidget *parent = nullptr);

    void reload();
    const ShippingReportData &data() const { return m_data; }
    QDateEdit *dayEdit() const { return m_day; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *couriers() const { return m_couriers; }
    QTableWidget *late() const { return m_late; }
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChart();

    AppContext &m_context;
    ShippingReportData m_data;
    QDateEdit *m_day;
    QSpinBox *m_deadline;
    QLabel *m_dayLabel;
    QLabel *m_deadlineLabel;
    QLabel *m_summary;
    QWidget *m_chart; // QChartView, or a per-hour table without Qt Charts
    QTableWidget *m_couriers;
    QTableWidget *m_late;
    QLabel *m_lateLabel;
    QPushButton *m_export;
};
