#pragma once

#include <QAbstractTableModel>
#include <QList>

// The shape of a table model over value rows with an id (a print job, a page, a report line):
// replaceRows() takes fresh rows and reports only what changed, the rows whose values differ
// (dataChanged, one row each), rows added at the top or end, rows gone from the end; it resets
// only when the rows are other rows (another job's pages, another day). So a view keeps its
// selection and scroll position, and repaints one row when one page printed.
// Row needs `qint64 id` and operator==.
template <class Row> class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const
    {
        for (int r = 0; r < m_rows.size(); ++r)
            if (m_rows.at(r).id == id)
                return r;
        return -1;
    }
    // The language changed: headers and words in cells read again.
    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

protected:
    void replaceRows(QList<Row> fresh)
    {
        // New rows at the top (the newest job first), the rest the same rows.
        qsizetype added = fresh.size() - m_rows.size();
        if (added > 0 && !sameIds(fresh, added, m_rows.size()))
            added = 0;
        if (added > 0) {
            beginInsertRows({}, 0, int(added) - 1);
            m_rows = fresh.mid(0, added) + m_rows;
            endInsertRows();
        }
        const qsizetype common = std::min(m_rows.size(), fresh.size());
        if (!sameIds(fresh, 0, common)) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        if (m_rows.size() > common) {
            beginRemoveRows({}, int(common), int(m_rows.size()) - 1);
            m_rows.resize(common);
            endRemoveRows();
        }
        for (qsizetype r = 0; r < common; ++r)
            if (!(m_rows.at(r) == fresh.at(r))) {
                m_rows[r] = fresh.at(r);
                emit dataChanged(index(int(r), 0), index(int(r), columnCount() - 1));
            }
        if (fresh.size() > common) {
            beginInsertRows({}, int(common), int(fresh.size()) - 1);
            m_rows += fresh.mid(common);
            endInsertRows();
        }
    }
    // One row read again: only it is reported, and only when it changed. False when it is not shown.
    bool replaceRow(const Row &row)
    {
        const int r = rowOf(row.id);
        if (r < 0)
            return false;
        if (!(m_rows.at(r) == row)) {
            m_rows[r] = row;
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
        }
        return true;
    }

private:
    // fresh[offset + i] is m_rows[i] for i < count.
    bool sameIds(const QList<Row> &fresh, qsizetype offset, qsizetype count) const
    {
        for (qsizetype i = 0; i < count; ++i)
            if (fresh.at(offset + i).id != m_rows.at(i).id)
                return false;
        return true;
    }

protected:
    QList<Row> m_rows;
};
