#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>

// One SKU's ledger, newest first (the latest rows; the full history stays in the database).
class LedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        BucketColumn,
        DeltaColumn,
        ReasonColumn,
        RefColumn,
        NoteColumn,
        OperatorColumn,
        ColumnCount
    };
    static constexpr int kLimit = 500;

    explicit LedgerModel(QSqlDatabase db, QObject *parent = nullptr);
    void setSku(qint64 skuId);
    qint64 skuId() const { return m_skuId; }
    void reload();

    // Translated names for ledger codes.
    static QString bucketName(const QString &code);
    static QString reasonName(const QString &code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString at, bucket, reason, ref, note, who;
        int delta;
    };
    QSqlDatabase m_db;
    qint64 m_skuId = 0;
    QList<Row> m_rows;
};
