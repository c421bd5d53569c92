#pragma once

#include "reports/AfterSalesDesk.h"

#include <QAbstractTableModel>

// After-sales cases: refunds and returns with the stage each arrived at and what happened.
class AfterSalesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OrderNo, Buyer, Kind, Arrived, Outcome, Reason, Refund, Requested, Linked, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<AfterSalesRow> rows);
    const AfterSalesRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AfterSalesRow> m_rows;
};
