#include "ui/stock/StockModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

StockModel::StockModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    // Empty until the view is shown (StockView::activate calls reload): open demand reads every
    // open order's lines, which on a million orders must not hold up the window's start.
}

void StockModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    refresh();
}

void StockModel::setOnlyAtRisk(bool on)
{
    m_onlyAtRisk = on;
    refresh();
}

void StockModel::refresh()
{
    if (m_loaded)
        reload();
}

void StockModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_rows = StockRisk::levels(m_db, m_search);
    if (m_onlyAtRisk)
        m_rows.removeIf([](const StockRiskRow &r) { return !r.lowStock() && !r.oversellRisk(); });
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const StockRiskRow &a, const StockRiskRow &b) {
        const QVariant x = raw(a, column), y = raw(b, column);
        const auto c = QVariant::compare(x, y);
        return ascending ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    endResetModel();
}

qint64 StockModel::skuIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).skuId : 0;
}

int StockModel::rowOf(qint64 skuId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).skuId == skuId)
            return i;
    return -1;
}

int StockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockModel::raw(const StockRiskRow &r, int column) const
{
    switch (column) {
    case CodeColumn:
        return r.code;
    case TitleColumn:
        return r.title;
    case SpecColumn:
        return r.spec;
    case LocationColumn:
        return r.location;
    case OnHandColumn:
        return r.onHand;
    case ReservedColumn:
        return r.reserved;
    case PrepackedColumn:
        return r.prepacked;
    case SafetyColumn:
        return r.safetyStock;
    case AvailableColumn:
        return r.available();
    case DemandColumn:
        return r.openDemand;
    case StatusColumn:
        return (r.oversellRisk() ? 2 : 0) + (r.lowStock() ? 1 : 0);
    }
    return {};
}

QVariant StockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StockRiskRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case RawRole:
        return raw(r, column);
    case SkuIdRole:
        return r.skuId;
    case Qt::DisplayRole:
        if (column == StatusColumn) {
            // Text, not colour alone: the warning reads the same on any screen.
            QStringList words;
            if (r.oversellRisk())
                words << tr("Oversell risk");
            if (r.lowStock())
                words << tr("Low stock");
            return words.isEmpty() ? tr("OK") : words.join(QStringLiteral(" · "));
        }
        return raw(r, column);
    case Qt::DecorationRole:
        if (column == StatusColumn && (r.oversellRisk() || r.lowStock()))
            return QApplication::style()->standardIcon(r.oversellRisk() ? QStyle::SP_MessageBoxCritical
                                                                        : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if ((column == StatusColumn || column == AvailableColumn) && r.oversellRisk())
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if ((column == StatusColumn || column == AvailableColumn) && r.lowStock())
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return {};
    case Qt::FontRole:
        if (column == AvailableColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= OnHandColumn && column <= DemandColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn || column == SpecColumn) // whole, where the column cuts it short
            return data(index, Qt::DisplayRole);
        if (column == StatusColumn || column == AvailableColumn)
            return tr("Available %1 = on hand %2 − reserved %3 − safety stock %4; open demand %5; low-stock "
                      "threshold %6")
                .arg(r.available())
                .arg(r.onHand)
                .arg(r.reserved)
                .arg(r.safetyStock)
                .arg(r.openDemand)
                .arg(r.lowStockThreshold);
        return {};
    }
    return {};
}

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("SKU code");
    case TitleColumn:
        return tr("Title");
    case SpecColumn:
        return tr("Spec");
    case LocationColumn:
        return tr("Bin");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case PrepackedColumn:
        return tr("Pre-packed");
    case SafetyColumn:
        return tr("Safety");
    case AvailableColumn:
        return tr("Available");
    case DemandColumn:
        return tr("Open demand");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void StockModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}
