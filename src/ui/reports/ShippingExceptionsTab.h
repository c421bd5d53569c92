#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTableWidget;
struct AppContext;

// Intercepted orders to pull, refunds after shipping, orders stuck in a stage: what to do next.
class ShippingExceptionsTab : public QWidget {
    Q_OBJECT
public:
    explicit ShippingExceptionsTab(AppContext &context, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    AppContext &m_context;
    QLabel *m_summary;
    QTableWidget *m_table;
};
