#pragma once

#include "printing/PrintQueue.h"
#include "ui/RowTableModel.h"

#include <QSqlDatabase>

// The print queue's jobs, newest first, from PrintQueue. While a job prints, reloadJob() reads
// that one job again and repaints its row only. RawRole gives unformatted values (the state as
// PrintQueue::JobState). Reading throws Error.
class PrintJobsModel : public RowTableModel<PrintQueue::JobRow> {
    Q_OBJECT
public:
    enum Column { IdColumn, KindColumn, StateColumn, PagesColumn, PrinterColumn, TitleColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole, JobIdRole };

    explicit PrintJobsModel(QSqlDatabase db, QObject *parent = nullptr);
    void reload();
    void reloadJob(qint64 jobId);
    qint64 jobIdAt(int row) const { return rowAt(row).id; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
};

// One job's pages in print order. reload() while the job prints repaints the pages whose state
// changed, nothing else. RawRole gives unformatted values (the state as PrintQueue::PageState).
// Reading throws Error.
class PrintPagesModel : public RowTableModel<PrintQueue::PageRow> {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        OrderColumn,
        TrackingColumn,
        StateColumn,
        AttemptsColumn,
        ReprintsColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole, PageIdRole };

    explicit PrintPagesModel(QSqlDatabase db, QObject *parent = nullptr);
    // The job whose pages are shown (0: none), read at once.
    void setJob(qint64 jobId);
    qint64 job() const { return m_job; }
    void reload();
    qint64 pageIdAt(int row) const { return rowAt(row).id; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_job = 0;
};
