#pragma once

#include "reports/ShippingExceptions.h"
#include "ui/ColumnsModel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QTableView;
struct AppContext;

// Intercepted orders to pull, refunds after shipping, orders stuck in a stage: what to do next.
class ShippingExceptionsTab : public QWidget {
    Q_OBJECT
public:
    enum Column { KindColumn, OrderNoColumn, StageColumn, CourierColumn, SinceColumn, ActionColumn };
    using Model = ColumnsModel<ShippingException>;

    explicit ShippingExceptionsTab(AppContext &context, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    Model *model() const { return m_model; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    AppContext &m_context;
    QHash<QString, QString> m_couriers; // code → name
    QLabel *m_summary;
    Model *m_model;
    QTableView *m_table;
};
