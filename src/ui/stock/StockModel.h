#pragma once

#include "stock/StockRisk.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// SKUs with their levels and warnings, from SQL (a catalog is thousands of rows, read at once).
// The search (code, title, spec, location or barcode) runs in SQL; RawRole gives numbers for sorting.
class StockModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        SpecColumn,
        LocationColumn,
        OnHandColumn,
        ReservedColumn,
        PrepackedColumn,
        SafetyColumn,
        AvailableColumn,
        DemandColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole, SkuIdRole };

    explicit StockModel(QSqlDatabase db, QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setOnlyAtRisk(bool on);
    // Reads the rows again. Nothing is read before the first call: sorting or filtering before it
    // (while the window is being built) only records the choice.
    void reload();
    qint64 skuIdAt(int row) const;
    int rowOf(qint64 skuId) const;
    const StockRiskRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant raw(const StockRiskRow &r, int column) const;

    QSqlDatabase m_db;
    QString m_search;
    bool m_onlyAtRisk = false;
    bool m_loaded = false;
    void refresh(); // reload() if the rows were ever read
    int m_sortColumn = CodeColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<StockRiskRow> m_rows;
};
