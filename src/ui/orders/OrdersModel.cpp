#include "ui/orders/OrdersModel.h"

#include "base/Clock.h"
#include "base/Money.h"
#include "orders/Couriers.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

// The columns are OrderListSort's, in its order (sortOf).
static_assert(int(OrderListSort::Stage) == OrdersModel::StageColumn);
static_assert(int(OrderListSort::Flags) == OrdersModel::FlagsColumn);
static_assert(int(OrderListSort::Priority) == OrdersModel::PriorityColumn);
static_assert(int(OrderListSort::Amount) == OrdersModel::AmountColumn);
static_assert(int(OrderListSort::Wave) == OrdersModel::WaveColumn &&
              int(OrderListSort::Wave) + 1 == OrdersModel::ColumnCount);

OrdersModel::OrdersModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_courierNames(Couriers::names(m_db))
{
    reload();
}

QString OrdersModel::flagName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("buyer_message"), QT_TR_NOOP("Buyer message")},
        {QStringLiteral("seller_memo"), QT_TR_NOOP("Seller memo")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("address_changed"), QT_TR_NOOP("Address changed")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("unknown_sku"), QT_TR_NOOP("Unmatched listing")},
        {QStringLiteral("out_of_stock"), QT_TR_NOOP("Out of stock")},
        {QStringLiteral("presale"), QT_TR_NOOP("Presale")},
        {QStringLiteral("limit_buyer"), QT_TR_NOOP("Limit per buyer")},
        {QStringLiteral("limit_receiver"), QT_TR_NOOP("Limit per receiver")},
        {QStringLiteral("large"), QT_TR_NOOP("Large order")},
        {QStringLiteral("duplicate"), QT_TR_NOOP("Duplicate?")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(*it);
}

void OrdersModel::setStageFilter(std::optional<Stage> stage)
{
    OrdersFilter f = m_filter;
    f.stage = stage;
    setFilter(f);
}

void OrdersModel::setFilter(const OrdersFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refill(kPageSize);
}

void OrdersModel::restartList()
{
    m_list =
        std::make_unique<OrderList>(m_db, m_filter, sortOf(m_sortColumn), m_sortOrder == Qt::DescendingOrder);
}

void OrdersModel::refill(int keep)
{
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    const OrderList::Count count = OrderList::count(m_db, m_filter);
    m_total = count.total;
    m_totalCapped = count.capped;
    restartList();
    m_rows = fetch(keep);
    endResetModel();
}

QList<OrdersModel::Row> OrdersModel::fetch(int limit)
{
    QList<Row> rows = m_list->next(limit);
    m_atEnd = rows.size() < limit;
    return rows;
}

void OrdersModel::reload()
{
    refill(std::max<int>(kPageSize, int(m_rows.size())));
}

qint64 OrdersModel::orderIdAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).id : 0;
}

int OrdersModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == orderId)
            return i;
    }
    return -1;
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == OrderIdRole)
        return r.id;
    if (role == FlagsRole)
        return r.flags;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ItemsColumn || index.column() == AmountColumn || index.column() == PriorityColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // The flag column's colour always comes with the flag names as text (colour is never the only cue).
    if (role == Qt::ForegroundRole && index.column() == FlagsColumn && !r.flags.isEmpty())
        return QBrush(QColor(0xb4, 0x3c, 0x00));
    if (role == Qt::DecorationRole && index.column() == FlagsColumn && !r.flags.isEmpty())
        return QColor(0xe0, 0x8a, 0x00);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawRole;
    switch (index.column()) {
    case StageColumn: {
        const auto stage = Stages::fromCode(r.stage);
        return raw || !stage ? QVariant(r.stage) : QVariant(Stages::displayName(*stage));
    }
    case FlagsColumn: {
        if (raw)
            return r.flags.join(u',');
        QStringList names;
        for (const QString &f : r.flags)
            names << flagName(f);
        return r.flags.isEmpty() ? QString() : QStringLiteral("⚠ ") + names.join(QStringLiteral(", "));
    }
    case PriorityColumn:
        return r.priority;
    case OrderNoColumn:
        return r.orderNo;
    case BuyerColumn:
        return r.buyer;
    case ReceiverColumn:
        return r.receiver;
    case PhoneColumn:
        return r.phone;
    case ProvinceColumn:
        return r.province;
    case CityColumn:
        return r.city;
    case ItemsColumn:
        return r.items;
    case AmountColumn:
        return raw ? QVariant(r.amountFen) : QVariant(Money::formatYuan(r.amountFen));
    case CourierColumn:
        return raw ? r.courier : m_courierNames.value(r.courier, r.courier);
    case PaidAtColumn:
        if (raw || r.paidAt.isEmpty())
            return r.paidAt;
        return QLocale().toString(Clock::fromText(r.paidAt).toLocalTime(),
                                  QStringLiteral("yyyy-MM-dd HH:mm"));
    case WaveColumn:
        return r.wave;
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case FlagsColumn:
        return tr("Flags");
    case PriorityColumn:
        return tr("Priority");
    case OrderNoColumn:
        return tr("Order no.");
    case BuyerColumn:
        return tr("Buyer");
    case ReceiverColumn:
        return tr("Receiver");
    case PhoneColumn:
        return tr("Phone");
    case ProvinceColumn:
        return tr("Province");
    case CityColumn:
        return tr("City");
    case ItemsColumn:
        return tr("Items");
    case AmountColumn:
        return tr("Amount (¥)");
    case CourierColumn:
        return tr("Courier");
    case PaidAtColumn:
        return tr("Paid at");
    case WaveColumn:
        return tr("Wave");
    }
    return {};
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (column == FlagsColumn)
        return; // flags live in their own table; filter by flag instead
    m_sortColumn = column;
    m_sortOrder = order;
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    const int keep = std::max<int>(kPageSize, int(m_rows.size()));
    restartList();
    m_rows = fetch(keep);
    endResetModel();
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && (m_totalCapped || m_rows.size() < m_total);
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    // Not again from a slot of our own insert signal: the pager has already moved on.
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const QList<Row> more = fetch(kPageSize); // from where the last page ended (keyset)
    if (more.isEmpty()) {
        m_total = m_rows.size(); // rows went away under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}
