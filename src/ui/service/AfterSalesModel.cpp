#include "ui/service/AfterSalesModel.h"

#include "base/Clock.h"
#include "base/Money.h"

void AfterSalesModel::setRows(QList<AfterSalesRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const AfterSalesRow *AfterSalesModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AfterSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AfterSalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AfterSalesModel::data(const QModelIndex &index, int role) const
{
    const AfterSalesRow *r = rowAt(index.row());
    if (!r || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrderNo:
        return r->orderNo;
    case Buyer:
        return r->buyerNick;
    case Kind:
        return AfterSalesDesk::kindName(r->kind);
    case Arrived:
        return Stages::displayName(r->arrivedStage);
    case Outcome:
        return QString(AfterSalesDesk::outcomeName(r->outcome) + (r->dispute ? tr(" · dispute") : QString()));
    case Reason:
        return r->reason;
    case Refund:
        return Money::formatYuan(r->refundFen);
    case Requested: {
        const QDateTime t = Clock::fromText(r->requestedAt);
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    case Linked:
        return r->linkedOrderNo;
    default:
        break;
    }
    return {};
}

QVariant AfterSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderNo:
        return tr("Order no.");
    case Buyer:
        return tr("Buyer");
    case Kind:
        return tr("Kind");
    case Arrived:
        return tr("Arrived at");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Refund:
        return tr("Refund");
    case Requested:
        return tr("Requested");
    case Linked:
        return tr("New order");
    default:
        break;
    }
    return {};
}
