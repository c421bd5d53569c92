#pragma once

#include "reports/ProductivityReport.h"
#include "ui/ColumnsModel.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
struct AppContext;

// Orders reviewed, printed and packed per operator on a day, and per active hour.
class ProductivityTab : public QWidget {
    Q_OBJECT
public:
    enum Column {
        OperatorColumn,
        ReviewedColumn,
        PrintedColumn,
        PackedColumn,
        ActiveHoursColumn,
        ReviewedPerHourColumn,
        PrintedPerHourColumn,
        PackedPerHourColumn
    };
    using Model = ColumnsModel<OperatorProductivity>;

    explicit ProductivityTab(AppContext &context, QWidget *parent = nullptr);

    void reload();
    QDateEdit *dayEdit() const { return m_day; }
    QTableView *table() const { return m_table; }
    Model *model() const { return m_model; } // sorted by the table through a proxy on RawRole
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    QDateEdit *m_day;
    QLabel *m_dayLabel;
    QLabel *m_hint;
    Model *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QPushButton *m_export;
};
