#include "RejectedRowsModel.h"

void RejectedRowsModel::setRows(const QList<RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RejectedRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FileColumn:
            return r.file;
        case LineColumn:
            return r.line;
        case FieldColumn:
            return r.column;
        case ValueColumn:
            return r.value;
        case WhyColumn:
            return r.why;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case WhyColumn:
        return tr("Why");
    }
    return {};
}
