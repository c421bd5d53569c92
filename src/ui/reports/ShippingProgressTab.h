#pragma once

#include "reports/ShippingProgress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;
struct AppContext;
class HourlyChart;

// Today's shipping: counts per stage, the day's target as a bar, packed/shipped per hour as a
// chart, per-courier work left, and the orders closest to missing the 3-day promise first.
class ShippingProgressTab : public QWidget {
    Q_OBJECT
public:
    explicit ShippingProgressTab(AppContext &context, QWidget *parent = nullptr);
    void refresh();
    const ShippingProgressReport &report() const { return m_report; }
    QTableWidget *atRiskTable() const { return m_atRisk; }
    QTableWidget *courierTable() const { return m_couriers; }
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    AppContext &m_context;
    ShippingProgressReport m_report;
    QLabel *m_summary;
    QLabel *m_stages;
    QProgressBar *m_target;
    QTableWidget *m_couriers;
    QTableWidget *m_atRisk;
    HourlyChart *m_chart;
};
