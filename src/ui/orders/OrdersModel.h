#pragma once

#include "orders/OrderList.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>

// Orders as a table over OrderList, fetched page by page (a million orders never load at once).
// Sorting and every filter run in SQL; RawRole gives unformatted values, FlagsRole the flag codes.
class OrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StageColumn,
        FlagsColumn,
        PriorityColumn,
        OrderNoColumn,
        BuyerColumn,
        ReceiverColumn,
        PhoneColumn,
        ProvinceColumn,
        CityColumn,
        ItemsColumn,
        AmountColumn,
        CourierColumn,
        PaidAtColumn,
        WaveColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole, OrderIdRole, FlagsRole };
    static constexpr int kPageSize = 256;
    static constexpr qint64 kCountCap = OrderList::kCountCap;

    explicit OrdersModel(QSqlDatabase db, QObject *parent = nullptr);

    void setStageFilter(std::optional<Stage> stage);
    std::optional<Stage> stageFilter() const { return m_filter.stage; }
    void setFilter(const OrdersFilter &filter);
    const OrdersFilter &filter() const { return m_filter; }
    // Exact up to kCountCap; above it (filters other than the stage) kCountCap and capped.
    qint64 totalCount() const { return m_total; }
    bool totalIsCapped() const { return m_totalCapped; }
    qint64 orderIdAt(int row) const;
    int rowOf(qint64 orderId) const; // -1 when not loaded
    // Re-reads what is shown (another station changed the database), keeping as many rows loaded.
    void reload();
    // What a column sorts by (the columns are OrderListSort's, in its order).
    static OrderListSort sortOf(int column) { return OrderListSort(column); }
    // A short flag name for people ("Buyer message", "Out of stock").
    static QString flagName(const QString &code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    using Row = OrderListRow;
    QList<Row> fetch(int limit); // the next rows after those read
    void refill(int keep);
    void restartList();

    QSqlDatabase m_db;
    QHash<QString, QString> m_courierNames; // code → name, what the Courier column shows
    OrdersFilter m_filter;
    int m_sortColumn = PaidAtColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<Row> m_rows;
    qint64 m_total = 0;
    std::unique_ptr<OrderList> m_list;
    bool m_totalCapped = false;
    bool m_atEnd = false;
    bool m_fetching = false; // a page is being read and inserted
};
