#include "PrepackPlanModel.h"

#include "base/Clock.h"
#include "prepack/PrepackPlan.h"

#include <QColor>
#include <QFont>
#include <QHash>

PrepackPlanModel::PrepackPlanModel(QSqlDatabase db, QObject *parent)
    : RowTableModel(parent)
    , m_db(std::move(db))
{
}

void PrepackPlanModel::reload(qint64 campaignId)
{
    QList<PlanLine> lines;
    if (campaignId) {
        QHash<qint64, SkuProgress> progress;
        for (const SkuProgress &p : PrepackProgress::forCampaign(m_db, campaignId, Clock::nowText()))
            progress.insert(p.skuId, p);
        for (const PlanRow &row : PrepackPlan::rows(m_db, campaignId)) {
            const SkuProgress p = progress.value(row.skuId);
            lines << PlanLine{row.skuId,         row.code,           row.spec,      row.location,
                              row.purchaseLimit, row.expectedOrders, row.suggested, row.planned,
                              row.prepacked,     p.openOrders,       row.toPack(),  row.edited,
                              p.warning,         p.message};
        }
    }
    replaceRows(std::move(lines));
}

int PrepackPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrepackPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PlanLine &l = m_rows.at(index.row());
    const int column = index.column();
    const int numbers[ColumnCount] = {0,         0,           0,      l.limit,  l.expected, l.suggested,
                                      l.planned, l.prepacked, l.open, l.toPack, 0};
    switch (role) {
    case SkuIdRole:
        return l.id;
    case RawRole:
        if (column >= Limit && column <= ToPack)
            return numbers[column];
        if (column == Warning)
            return int(l.warning);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(column)) {
        case Sku:
            return l.code;
        case Spec:
            return l.spec;
        case Bin:
            return l.location;
        case Limit:
            return l.limit > 0 ? QString::number(l.limit) : tr("none");
        case Warning:
            return l.warning == SkuProgress::Warning::None ? QString()
                                                           : QString(QStringLiteral("⚠ ") + l.message);
        case ColumnCount:
            return {};
        default:
            return QString::number(numbers[column]);
        }
    case Qt::TextAlignmentRole:
        if (column >= Limit && column <= ToPack)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Planned)
            return l.edited ? tr("Set by hand; clear it to follow the suggestion.")
                            : tr("Follows the suggestion; type a number to override.");
        if (column == Warning)
            return l.message;
        return {};
    case Qt::FontRole:
        if (column == Planned && l.edited) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Warning && l.warning != SkuProgress::Warning::None)
            return l.warning == SkuProgress::Warning::TooMuchLeft ? QColor(0x9a, 0x67, 0x00)
                                                                  : QColor(0xc0, 0x1c, 0x1c);
        return {};
    default:
        return {};
    }
}

QVariant PrepackPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return RowTableModel::headerData(section, orientation, role);
    const QString names[ColumnCount] = {
        tr("SKU"),       tr("Spec"),    tr("Bin"),        tr("Limit"),       tr("Expected orders"),
        tr("Suggested"), tr("Planned"), tr("Pre-packed"), tr("Open orders"), tr("To pack"),
        tr("Warning")};
    return names[section];
}

Qt::ItemFlags PrepackPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RowTableModel::flags(index);
    if (index.isValid() && index.column() == Planned)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PrepackPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Planned || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    emit plannedEdited(m_rows.at(index.row()).id, value.toString().trimmed());
    return true; // written by the view, shown when the plan is read again
}
