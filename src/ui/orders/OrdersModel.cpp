#include "ui/orders/OrdersModel.h"

#include "base/Clock.h"
#include "base/Money.h"
#include "db/Sql.h"
#include "ui/orders/OrdersQuery.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {
// Column → SQL ORDER BY; a fixed list, so sorting never builds SQL from user text. The id
// tie-break keeps pages stable.
QString orderBy(int column, Qt::SortOrder order) {
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (column) {
    case OrdersModel::StageColumn:
        return QStringLiteral("stage") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::PriorityColumn: // the review queue: priority, then paid first
        return QStringLiteral("priority") + dir + QStringLiteral(", paid_at ASC, id ASC");
    case OrdersModel::OrderNoColumn:
        return QStringLiteral("platform_order_no") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::BuyerColumn:
        return QStringLiteral("buyer_nick") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::ReceiverColumn:
        return QStringLiteral("receiver_name") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::PhoneColumn:
        return QStringLiteral("receiver_phone") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::ProvinceColumn:
        return QStringLiteral("receiver_province") + dir + QStringLiteral(", receiver_city") + dir +
               QStringLiteral(", id") + dir;
    case OrdersModel::CityColumn:
        return QStringLiteral("receiver_city") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::ItemsColumn:
        return QStringLiteral("item_count") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::AmountColumn:
        return QStringLiteral("paid_fen") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::CourierColumn:
        return QStringLiteral("courier_code") + dir + QStringLiteral(", id") + dir;
    case OrdersModel::WaveColumn:
        return QStringLiteral("wave_date") + dir + QStringLiteral(", paid_at") + dir;
    default:
        return QStringLiteral("paid_at") + dir + QStringLiteral(", id") + dir;
    }
}

void bind(QSqlQuery &q, const QVariantList &values) {
    for (const QVariant &v : values)
        q.addBindValue(v);
}
} // namespace

OrdersModel::OrdersModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db)) {
    reload();
}

QString OrdersModel::flagName(const QString &code) {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("buyer_message"), QT_TR_NOOP("Buyer message")},
        {QStringLiteral("seller_memo"), QT_TR_NOOP("Seller memo")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("address_changed"), QT_TR_NOOP("Address changed")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("unknown_sku"), QT_TR_NOOP("Unknown SKU")},
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

void OrdersModel::setStageFilter(std::optional<Stage> stage) {
    OrdersFilter f = m_filter;
    f.stage = stage;
    setFilter(f);
}

void OrdersModel::setFilter(const OrdersFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    refill(kPageSize);
}

void OrdersModel::refill(int keep) {
    beginResetModel();
    m_rows.clear();
    countTotal();
    m_rows = fetch(0, keep);
    endResetModel();
}

void OrdersModel::countTotal() {
    const OrdersQuery where = OrdersQuery::from(m_filter);
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM orders") + where.where);
    bind(q, where.values);
    Sql::exec(q);
    m_total = q.next() ? q.value(0).toLongLong() : 0;
}

QList<OrdersModel::Row> OrdersModel::fetch(int offset, int limit) const {
    const OrdersQuery where = OrdersQuery::from(m_filter);
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral(
                  "SELECT id, stage, platform_order_no, buyer_nick, receiver_name, receiver_phone, "
                  "receiver_province, receiver_city, courier_code, paid_at, wave_date, item_count, priority, "
                  "paid_fen FROM orders") +
                  where.where + QStringLiteral(" ORDER BY ") + orderBy(m_sortColumn, m_sortOrder) +
                  QStringLiteral(" LIMIT ? OFFSET ?"));
    bind(q, where.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    Sql::exec(q);
    QList<Row> rows;
    rows.reserve(limit);
    while (q.next())
        rows << Row{q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toString(),
                    q.value(3).toString(),   q.value(4).toString(),    q.value(5).toString(),
                    q.value(6).toString(),   q.value(7).toString(),    q.value(8).toString(),
                    q.value(9).toString(),   q.value(10).toString(),   q.value(11).toInt(),
                    q.value(12).toInt(),     q.value(13).toLongLong(), {}};
    readFlags(rows);
    return rows;
}

void OrdersModel::readFlags(QList<Row> &rows) const {
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

void OrdersModel::reload() {
    refill(std::max<int>(kPageSize, int(m_rows.size())));
}

qint64 OrdersModel::orderIdAt(int row) const {
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).id : 0;
}

int OrdersModel::rowOf(qint64 orderId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == orderId)
            return i;
    }
    return -1;
}

int OrdersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const {
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
        return r.courier;
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

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const {
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

void OrdersModel::sort(int column, Qt::SortOrder order) {
    if (column == FlagsColumn)
        return; // flags live in their own table; filter by flag instead
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_rows = fetch(0, std::max<int>(kPageSize, int(m_rows.size())));
    endResetModel();
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void OrdersModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid())
        return;
    const QList<Row> more = fetch(int(m_rows.size()), kPageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // rows went away under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}
