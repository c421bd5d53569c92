#include "ui/orders/OrdersModel.h"

#include "base/Clock.h"
#include "base/Money.h"
#include "db/Sql.h"
#include "orders/Couriers.h"
#include "ui/orders/OrdersQuery.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

namespace {
const QStringList kColumns = {QStringLiteral("id"),
                              QStringLiteral("stage"),
                              QStringLiteral("platform_order_no"),
                              QStringLiteral("buyer_nick"),
                              QStringLiteral("receiver_name"),
                              QStringLiteral("receiver_phone"),
                              QStringLiteral("receiver_province"),
                              QStringLiteral("receiver_city"),
                              QStringLiteral("courier_code"),
                              QStringLiteral("paid_at"),
                              QStringLiteral("wave_date"),
                              QStringLiteral("item_count"),
                              QStringLiteral("priority"),
                              QStringLiteral("paid_fen")};
} // namespace

// Column → sort key; a fixed list, so sorting never builds SQL from user text. Every key ends
// with id (a total order: keyset pages neither skip nor repeat rows on ties). Indexed lead
// columns are seekable; the others cost one scan a page whichever way they are paged.
OrdersSortKey OrdersModel::sortKey(int column, Qt::SortOrder order, const OrdersFilter &filter)
{
    const bool d = order == Qt::DescendingOrder;
    auto part = [](const char *column, bool descending, bool nullable = false) {
        return SortPart{QLatin1String(column), descending, nullable};
    };
    switch (column) {
    case OrdersModel::StageColumn: // orders_stage_paid
        return {{part("stage", d), part("paid_at", d, true), part("id", d)}};
    case OrdersModel::PriorityColumn:
        // The review queue descending: priority first, then paid earliest (orders_queue with a
        // stage); ascending is that queue backwards.
        return {{part("priority", d), part("paid_at", !d, true), part("id", !d)}, filter.stage.has_value()};
    case OrdersModel::OrderNoColumn:
        return {{part("platform_order_no", d), part("id", d)}, true, false};
    case OrdersModel::BuyerColumn:
        return {{part("buyer_nick", d), part("id", d)}, true, false};
    case OrdersModel::ReceiverColumn:
        return {{part("receiver_name", d), part("id", d)}, true, false};
    case OrdersModel::PhoneColumn:
        return {{part("receiver_phone", d), part("id", d)}, true, false};
    case OrdersModel::ProvinceColumn:
        return {{part("receiver_province", d), part("receiver_city", d), part("id", d)}, false};
    case OrdersModel::CityColumn:
        return {{part("receiver_city", d), part("id", d)}, false};
    case OrdersModel::ItemsColumn:
        return {{part("item_count", d), part("id", d)}, false};
    case OrdersModel::AmountColumn:
        return {{part("paid_fen", d), part("id", d)}, false};
    case OrdersModel::CourierColumn:
        return {{part("courier_code", d, true), part("id", d)}, false};
    case OrdersModel::WaveColumn:
        return {{part("wave_date", d, true), part("paid_at", d, true), part("id", d)}, false};
    default: // paid time: orders_paid, or orders_stage_paid with a stage
        return {{part("paid_at", d, true), part("id", d)}};
    }
}

namespace {
void bind(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}
} // namespace

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

void OrdersModel::refill(int keep)
{
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    countTotal();
    m_pager =
        std::make_unique<OrdersPager>(m_db, kColumns, m_filter, sortKey(m_sortColumn, m_sortOrder, m_filter));
    m_rows = fetch(keep);
    endResetModel();
}

void OrdersModel::countTotal()
{
    const OrdersQuery where = OrdersQuery::from(m_filter);
    // A stage alone (or nothing) is counted from an index. Other filters need the order rows
    // themselves (province, courier…): counting every match of a 500,000-order stage took
    // seconds, so those stop at kCountCap and the view says "more than".
    OrdersFilter stageOnly;
    stageOnly.stage = m_filter.stage;
    m_totalCapped = false;
    if (m_filter == stageOnly) {
        QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM orders") + where.where);
        bind(q, where.values);
        Sql::exec(q);
        m_total = q.next() ? q.value(0).toLongLong() : 0;
        return;
    }
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM orders") +
                                         where.where + QStringLiteral(" LIMIT ?) matches"));
    bind(q, where.values);
    q.addBindValue(kCountCap + 1);
    Sql::exec(q);
    m_total = q.next() ? q.value(0).toLongLong() : 0;
    if (m_total > kCountCap) {
        m_total = kCountCap;
        m_totalCapped = true;
    }
}

QList<OrdersModel::Row> OrdersModel::fetch(int limit)
{
    QList<Row> rows;
    rows.reserve(limit);
    const int read = m_pager->next(limit, [&rows](const QSqlQuery &q) {
        rows << Row{q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toString(),
                    q.value(3).toString(),   q.value(4).toString(),    q.value(5).toString(),
                    q.value(6).toString(),   q.value(7).toString(),    q.value(8).toString(),
                    q.value(9).toString(),   q.value(10).toString(),   q.value(11).toInt(),
                    q.value(12).toInt(),     q.value(13).toLongLong(), {}};
    });
    m_atEnd = read < limit;
    readFlags(rows);
    return rows;
}

void OrdersModel::readFlags(QList<Row> &rows) const
{
    if (rows.isEmpty())
        return;
    QHash<qint64, int> at;
    QStringList marks;
    for (int i = 0; i < rows.size(); ++i) {
        at.insert(rows.at(i).id, i);
        marks << QStringLiteral("?");
    }
    // One query per page; the placeholders are ours, the ids bound.
    QSqlQuery q =
        Sql::prepare(m_db, QStringLiteral("SELECT order_id, flag FROM order_flags WHERE order_id IN (") +
                               marks.join(u',') + QStringLiteral(") ORDER BY flag"));
    for (const Row &r : std::as_const(rows))
        q.addBindValue(r.id);
    Sql::exec(q);
    while (q.next())
        rows[at.value(q.value(0).toLongLong())].flags << q.value(1).toString();
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
    m_pager = std::make_unique<OrdersPager>(m_db, kColumns, m_filter, sortKey(column, order, m_filter));
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
