#include "ui/stock/LedgerModel.h"

#include "base/Clock.h"
#include "stock/StockAdjustments.h"
#include "stock/StockLedger.h"

#include <QLocale>

LedgerModel::LedgerModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void LedgerModel::setSku(qint64 skuId)
{
    m_skuId = skuId;
    reload();
}

void LedgerModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_skuId > 0) {
        for (const LedgerEntry &e : StockLedger::latest(m_db, m_skuId, kLimit))
            m_rows << Row{e.at,   e.bucket, e.reason,
                          e.ref,  e.note,   e.operatorName + QLatin1Char('@') + e.station,
                          e.delta};
    }
    endResetModel();
}

QString LedgerModel::bucketName(const QString &code)
{
    if (code == u"on_hand")
        return tr("On hand");
    if (code == u"reserved")
        return tr("Reserved");
    if (code == u"prepacked")
        return tr("Pre-packed");
    return code;
}

QString LedgerModel::reasonName(const QString &code)
{
    if (const auto r = StockAdjustments::fromCode(code))
        return StockAdjustments::displayName(*r);
    if (code == u"reserve")
        return tr("Reserved for order");
    if (code == u"release")
        return tr("Reservation released");
    if (code == u"ship")
        return tr("Shipped");
    if (code == u"prepack")
        return tr("Pre-packed");
    if (code == u"unpack")
        return tr("Unpacked");
    if (code == u"initial")
        return tr("Initial stock");
    return code;
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == DeltaColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(Clock::fromText(r.at).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case BucketColumn:
        return bucketName(r.bucket);
    case DeltaColumn:
        return r.delta > 0 ? QStringLiteral("+%1").arg(r.delta) : QString::number(r.delta);
    case ReasonColumn:
        return reasonName(r.reason);
    case RefColumn:
        return r.ref;
    case NoteColumn:
        return r.note;
    case OperatorColumn:
        return r.who;
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case BucketColumn:
        return tr("Bucket");
    case DeltaColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Reason");
    case RefColumn:
        return tr("Reference");
    case NoteColumn:
        return tr("Note");
    case OperatorColumn:
        return tr("Operator@station");
    }
    return {};
}
