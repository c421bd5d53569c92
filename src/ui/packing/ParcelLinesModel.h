#pragma once

#include <QAbstractTableModel>

class ScanSession;

// The parcel on the bench as large rows: bin, SKU, title, spec, scanned / needed. Follows the
// session's signals, so a counted item repaints one row and a new parcel resets the model.
class ParcelLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BinColumn, SkuColumn, TitleColumn, SpecColumn, CountColumn, ColumnCount };
    enum Role { RemainingRole = Qt::UserRole + 1 }; // raw int, for tests and sorting

    explicit ParcelLinesModel(ScanSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int lastLine() const { return m_lastLine; }

private:
    ScanSession &m_session;
    int m_lastLine = -1;
};
