#include "ui/orders/OrdersModel.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "base/Money.h"
#include "db/Sql.h"

#include <QLocale>

namespace {
// Column → SQL expression; a fixed list, so sorting never builds SQL from user text.
QString sortExpression(int column)
{
    switch (column) {
    case OrdersModel::StageColumn:
        return QStringLiteral("stage");
    case OrdersModel::OrderNoColumn:
        return QStringLiteral("platform_order_no");
    case OrdersModel::BuyerColumn:
        return QStringLiteral("buyer_nick");
    case OrdersModel::ReceiverColumn:
        return QStringLiteral("receiver_name");
    case OrdersModel::CityColumn:
        return QStringLiteral("receiver_city");
    case OrdersModel::ItemsColumn:
        return QStringLiteral("item_count");
    case OrdersModel::AmountColumn:
        return QStringLiteral("paid_fen");
    default:
        return QStringLiteral("paid_at");
    }
}
} // namespace

OrdersModel::OrdersModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void OrdersModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    beginResetModel();
    m_rows.clear();
    countTotal();
    m_rows = fetch(0, kPageSize);
    endResetModel();
}

QString OrdersModel::whereClause() const
{
    return m_stage ? QStringLiteral(" WHERE stage = ?") : QString();
}

void OrdersModel::countTotal()
{
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM orders") + whereClause());
    if (m_stage)
        q.addBindValue(Stages::code(*m_stage));
    Sql::exec(q);
    m_total = q.next() ? q.value(0).toLongLong() : 0;
}

QList<OrdersModel::Row> OrdersModel::fetch(int offset, int limit) const
{
    const QString order = sortExpression(m_sortColumn) +
                          (m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("SELECT id, stage, platform_order_no, buyer_nick, receiver_name, receiver_city, "
                             "item_count, paid_fen, paid_at FROM orders") +
                  whereClause() + QStringLiteral(" ORDER BY ") + order + QStringLiteral(", id LIMIT ? OFFSET ?"));
    if (m_stage)
        q.addBindValue(Stages::code(*m_stage));
    q.addBindValue(limit);
    q.addBindValue(offset);
    Sql::exec(q);
    QList<Row> rows;
    rows.reserve(limit);
    while (q.next())
        rows << Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(),   q.value(5).toString(), q.value(8).toString(), q.value(6).toInt(),
                    q.value(7).toLongLong()};
    return rows;
}

void OrdersModel::reload()
{
    const int keep = std::max<int>(kPageSize, int(m_rows.size()));
    beginResetModel();
    countTotal();
    m_rows = fetch(0, keep);
    endResetModel();
}

qint64 OrdersModel::orderIdAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).id : 0;
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
    if (role == Qt::TextAlignmentRole && (index.column() == ItemsColumn || index.column() == AmountColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawRole;
    switch (index.column()) {
    case StageColumn: {
        const auto stage = Stages::fromCode(r.stage);
        return raw || !stage ? QVariant(r.stage) : QVariant(Stages::displayName(*stage));
    }
    case OrderNoColumn:
        return r.orderNo;
    case BuyerColumn:
        return r.buyer;
    case ReceiverColumn:
        return r.receiver;
    case CityColumn:
        return r.city;
    case ItemsColumn:
        return r.items;
    case AmountColumn:
        return raw ? QVariant(r.amountFen) : QVariant(Money::formatYuan(r.amountFen));
    case PaidAtColumn:
        if (raw || r.paidAt.isEmpty())
            return r.paidAt;
        return QLocale().toString(Clock::fromText(r.paidAt).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
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
    case OrderNoColumn:
        return tr("Order no.");
    case BuyerColumn:
        return tr("Buyer");
    case ReceiverColumn:
        return tr("Receiver");
    case CityColumn:
        return tr("City");
    case ItemsColumn:
        return tr("Items");
    case AmountColumn:
        return tr("Amount (¥)");
    case PaidAtColumn:
        return tr("Paid at");
    }
    return {};
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_rows = fetch(0, std::max<int>(kPageSize, int(m_rows.size())));
    endResetModel();
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
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
