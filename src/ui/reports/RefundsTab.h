#pragma once

#include "reports/RefundMetrics.h"

#include <QWidget>

class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
struct AppContext;

// The platform's refund metrics over a 30-day window, each figure with its formula beside it.
class RefundsTab : public QWidget {
    Q_OBJECT
public:
    explicit RefundsTab(AppContext &context, QWidget *parent = nullptr);

    void reload();
    const RefundMetricsReport &report() const { return m_report; }
    QDateEdit *lastDayEdit() const { return m_lastDay; }
    // The value label of a figure by its key (tests).
    QLabel *valueLabel(const QString &key) const;
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    RefundMetricsReport m_report;
    QDateEdit *m_lastDay;
    QLabel *m_lastDayLabel;
    QLabel *m_window;
    QGridLayout *m_grid;
    QList<QWidget *> m_cells; // the figures' widgets, rebuilt on reload
    QPushButton *m_export;
};
