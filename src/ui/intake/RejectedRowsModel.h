#pragma once

#include "intake/IncomingOrder.h"

#include <QAbstractTableModel>

// The rows an import could not take: file, line, column, value, why.
class RejectedRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, LineColumn, FieldColumn, ValueColumn, WhyColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<RejectedRow> &rows);
    const RejectedRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};
