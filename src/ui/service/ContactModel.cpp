#include "ui/service/ContactModel.h"

#include "base/Clock.h"
#include "base/Money.h"

#include <QBrush>
#include <QColor>

namespace {
// Local time for people; the database keeps UTC.
QString local(const QString &utcText)
{
    const QDateTime t = Clock::fromText(utcText);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

QString hours(qint64 seconds)
{
    return ContactModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}
} // namespace

ContactModel::ContactModel(ContactKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void ContactModel::setRows(QList<ContactRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ContactRow *ContactModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactModel::data(const QModelIndex &index, int role) const
{
    const ContactRow *r = rowAt(index.row());
    if (!r)
        return {};
    const bool payment = m_kind == ContactKind::PaymentReminder;
    if (role == SortRole) {
        switch (index.column()) {
        case Amount:
            return r->amountFen;
        case When:
            return payment ? r->createdAt : r->shippedAt;
        case Left:
            return payment ? QVariant(r->secondsLeft) : QVariant(r->trackingNo);
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OrderNo:
            return r->orderNo;
        case Buyer:
            return r->receiverName.isEmpty() ? r->buyerNick
                                             : QStringLiteral("%1 (%2)").arg(r->receiverName, r->buyerNick);
        case Phone:
            return r->phoneMasked ? tr("%1 (masked)").arg(r->phone) : r->phone;
        case Amount:
            return Money::formatYuan(r->amountFen);
        case When:
            return payment ? tr("%1 ago").arg(hours(r->ageSeconds)) : local(r->shippedAt);
        case Left:
            if (!payment)
                return QStringLiteral("%1 %2").arg(r->courier, r->trackingNo);
            return r->secondsLeft > 0 ? hours(r->secondsLeft) : tr("Closed by the platform");
        case Contacted:
            return r->contacted() ? tr("%1, %2").arg(r->contactedBy, local(r->contactedAt)) : tr("—");
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && payment && index.column() == Left && r->secondsLeft < 12 * 3600)
        return QBrush(QColor(0xb0, 0x1c, 0x1c)); // the text says it too
    if (role == Qt::ToolTipRole && index.column() == Left && payment && !r->closesAt.isEmpty())
        return tr("The platform closes it at %1").arg(local(r->closesAt));
    return {};
}

QVariant ContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool payment = m_kind == ContactKind::PaymentReminder;
    switch (section) {
    case OrderNo:
        return tr("Order no.");
    case Buyer:
        return tr("Buyer");
    case Phone:
        return tr("Phone");
    case Amount:
        return payment ? tr("Amount due") : tr("Amount");
    case When:
        return payment ? tr("Created") : tr("Shipped");
    case Left:
        return payment ? tr("Time left") : tr("Courier, tracking no.");
    case Contacted:
        return payment ? tr("Reminded") : tr("Notified");
    default:
        break;
    }
    return {};
}
