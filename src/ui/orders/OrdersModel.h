#pragma once

#include "orders/Stage.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <optional>

// Orders as a table, fetched page by page from SQL (a million orders never load at once).
// Sorting and the stage filter run in SQL; RawRole gives unformatted values.
class OrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StageColumn, OrderNoColumn, BuyerColumn, ReceiverColumn, CityColumn, ItemsColumn, AmountColumn,
                  PaidAtColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole, OrderIdRole };
    static constexpr int kPageSize = 256;

    explicit OrdersModel(QSqlDatabase db, QObject *parent = nullptr);

    void setStageFilter(std::optional<Stage> stage);
    std::optional<Stage> stageFilter() const { return m_stage; }
    qint64 totalCount() const { return m_total; }
    qint64 orderIdAt(int row) const;
    // Re-reads what is shown (another station changed the database), keeping as many rows loaded.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row {
        qint64 id;
        QString stage, orderNo, buyer, receiver, city, paidAt;
        int items;
        qint64 amountFen;
    };
    QList<Row> fetch(int offset, int limit) const;
    QString whereClause() const;
    void countTotal();

    QSqlDatabase m_db;
    std::optional<Stage> m_stage;
    int m_sortColumn = PaidAtColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<Row> m_rows;
    qint64 m_total = 0;
};
