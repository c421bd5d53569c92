#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <functional>

// A read-only table over a report's rows (value structs from the core), its columns described once
// in the order of the tab's Column enum: the header, what a person reads, the raw value (RawRole:
// numbers and times unformatted, for sorting and tests) and a background. The words come from the
// tab's own tr(). setRows() resets: a report read again is another set of rows.
template <class Row> class ColumnsModel : public QAbstractTableModel {
public:
    static constexpr int RawRole = Qt::UserRole;
    struct Column {
        std::function<QString()> header;
        std::function<QString(const Row &)> text;
        std::function<QVariant(const Row &)> raw = {}; // unset: the text
    };

    explicit ColumnsModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {
    }
    // The whole row's background (a late order in red); an invalid QColor for none.
    void setBackground(std::function<QVariant(const Row &)> background)
    {
        m_background = std::move(background);
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // The language changed: headers and words read again.
    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        const Row &row = m_rows.at(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.text(row);
        case RawRole:
            return column.raw ? column.raw(row) : QVariant(column.text(row));
        case Qt::BackgroundRole:
            return m_background ? m_background(row) : QVariant();
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).header();
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    std::function<QVariant(const Row &)> m_background;
    QList<Row> m_rows;
};
