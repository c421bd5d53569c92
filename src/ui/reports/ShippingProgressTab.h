#pragma once

#include "reports/ShippingProgress.h"
#include "ui/ColumnsModel.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
struct AppContext;
class HourlyChart;

// Today's shipping: counts per stage, the day's target as a bar, packed/shipped per hour as a
// chart, per-courier work left, and the orders closest to missing the 3-day promise first.
class ShippingProgressTab : public QWidget {
    Q_OBJECT
public:
    enum CourierColumn { CourierNameColumn, ToPackColumn, ToHandOverColumn, ShippedTodayColumn };
    enum AtRiskColumn { TimeLeftColumn, OrderNoColumn, StageColumn, CourierColumn, PaidColumn };
    using CourierModel = ColumnsModel<CourierProgress>;
    using AtRiskModel = ColumnsModel<AtRiskOrder>;

    explicit ShippingProgressTab(AppContext &context, QWidget *parent = nullptr);
    void refresh();
    const ShippingProgressReport &report() const { return m_report; }
    QTableView *atRiskTable() const { return m_atRisk; }
    QTableView *courierTable() const { return m_couriers; }
    AtRiskModel *atRiskModel() const { return m_atRiskModel; }
    CourierModel *courierModel() const { return m_courierModel; }
    QLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    AppContext &m_context;
    ShippingProgressReport m_report;
    QHash<QString, QString> m_courierNames; // code → name
    QLabel *m_summary;
    QLabel *m_stages;
    QProgressBar *m_target;
    CourierModel *m_courierModel;
    AtRiskModel *m_atRiskModel;
    QTableView *m_couriers;
    QTableView *m_atRisk;
    HourlyChart *m_chart;
};
