#pragma once

#include <QAbstractTableModel>

class ScanSession;
class SkuThumbnails;

// The parcel on the bench as large rows: bin, SKU (with its picture when the catalog has one),
// title, spec, scanned / needed. Follows the session's signals, so a counted item repaints one
// row and a new parcel resets the model; a picture that finishes loading repaints its rows.
class ParcelLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BinColumn, SkuColumn, TitleColumn, SpecColumn, CountColumn, ColumnCount };
    enum Role { RemainingRole = Qt::UserRole + 1 }; // raw int, for tests and sorting

    ParcelLinesModel(ScanSession &session, SkuThumbnails &thumbnails, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int lastLine() const { return m_lastLine; }

private:
    ScanSession &m_session;
    SkuThumbnails &m_thumbnails;
    int m_lastLine = -1;
};
