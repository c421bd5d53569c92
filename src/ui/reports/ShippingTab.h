#pragma once

#include "reports/ShippingReport.h"
#include "ui/ColumnsModel.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
struct AppContext;

// One Beijing day's shipping: paid vs shipped, within 24/48/72 h, by courier, by hour (a chart
// when Qt Charts is there), and the late list; exported as CSV.
class ShippingTab : public QWidget {
    Q_OBJECT
public:
    enum CourierColumn {
        CourierNameColumn,
        PaidColumn,
        ShippedColumn,
        Within24Column,
        LateCountColumn,
        LeftThatDayColumn
    };
    enum LateOrderColumn {
        OrderNoColumn,
        LateCourierColumn,
        StageColumn,
        PaidAtColumn,
        ShippedAtColumn,
        LateByColumn
    };
    using CourierModel = ColumnsModel<CourierShipping>;
    using LateModel = ColumnsModel<LateOrder>;

    explicit ShippingTab(AppContext &context, QWidget *parent = nullptr);

    void reload();
    const ShippingReportData &data() const { return m_data; }
    QDateEdit *dayEdit() const { return m_day; }
    QLabel *summary() const { return m_summary; }
    QTableView *couriers() const { return m_couriers; }
    QTableView *late() const { return m_late; }
    CourierModel *courierModel() const { return m_courierModel; }
    LateModel *lateModel() const { return m_lateModel; }
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
    QWidget *m_chart;                     // QChartView, or a per-hour table without Qt Charts
    ColumnsModel<int> *m_hours = nullptr; // the per-hour table's rows: the hours
    CourierModel *m_courierModel;
    LateModel *m_lateModel;
    QTableView *m_couriers;
    QTableView *m_late;
    QLabel *m_lateLabel;
    QPushButton *m_export;
};
