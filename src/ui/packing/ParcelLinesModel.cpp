#include "ui/packing/ParcelLinesModel.h"

#include "packing/ScanSession.h"
#include "ui/packing/SkuThumbnails.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ParcelLinesModel::ParcelLinesModel(ScanSession &session, SkuThumbnails &thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_thumbnails(thumbnails)
{
    connect(&thumbnails, &SkuThumbnails::ready, this, [this](const QString &path) {
        const QList<ParcelLine> &lines = m_session.parcel().lines;
        for (int row = 0; row < lines.size(); ++row)
            if (lines[row].imagePath == path)
                emit dataChanged(index(row, SkuColumn), index(row, SkuColumn), {Qt::DecorationRole});
    });
    connect(&session, &ScanSession::parcelReset, this, [this] {
        beginResetModel();
        m_lastLine = -1;
        endResetModel();
    });
    connect(&session, &ScanSession::lineChanged, this, [this](int line) {
        const int before = m_lastLine;
        m_lastLine = line;
        if (before >= 0 && before != line && before < rowCount())
            emit dataChanged(index(before, 0), index(before, ColumnCount - 1));
        emit dataChanged(index(line, 0), index(line, ColumnCount - 1));
    });
}

int ParcelLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session.parcel().lines.size());
}

int ParcelLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParcelLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ParcelLine &l = m_session.parcel().lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BinColumn:
            return l.location;
        case SkuColumn:
            return l.skuCode;
        case TitleColumn:
            return l.refunded ? tr("%1 — refunded, do not pack").arg(l.title) : l.title;
        case SpecColumn:
            return l.spec;
        case CountColumn:
            if (l.refunded)
                return tr("× 0");
            return l.done() ? QStringLiteral("✓ %1 / %2").arg(l.scanned).arg(l.needed)
                            : QStringLiteral("%1 / %2").arg(l.scanned).arg(l.needed);
        }
        return {};
    case RemainingRole:
        return l.remaining();
    case Qt::DecorationRole: {
        if (index.column() != SkuColumn)
            return {};
        const QImage picture = m_thumbnails.thumbnail(l.imagePath); // never waits for the disk
        return picture.isNull() ? QVariant() : QVariant(picture);
    }
    case Qt::ToolTipRole:
        return l.imagePath.isEmpty() ? QVariant() : QVariant(l.imagePath);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignCenter)
                                             : QVariant(Qt::AlignVCenter | Qt::AlignLeft);
    case Qt::FontRole:
        // Bin codes bold: the packer walks to them.
        if (index.column() == CountColumn || index.column() == BinColumn || index.row() == m_lastLine) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (l.refunded) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (l.refunded)
            return QBrush(QColor(0xd0, 0xd0, 0xd0));
        if (l.done())
            return QBrush(QColor(0xc8, 0xf0, 0xc8));
        if (index.row() == m_lastLine)
            return QBrush(QColor(0xff, 0xf3, 0xb0));
        return {};
    case Qt::ForegroundRole:
        return QBrush(Qt::black);
    }
    return {};
}

QVariant ParcelLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BinColumn:
        return tr("Bin");
    case SkuColumn:
        return tr("SKU");
    case TitleColumn:
        return tr("Item");
    case SpecColumn:
        return tr("Spec");
    case CountColumn:
        return tr("Scanned / needed");
    }
    return {};
}
