#include "PrintQueueModels.h"

#include <QColor>

using PrintQueue::JobState;
using PrintQueue::PageState;

namespace {
// State text carries a symbol too, so colour is never the only cue.
QString withMark(const char *mark, const QString &name)
{
    return QString::fromUtf8(mark) + name;
}

QString stateText(JobState state)
{
    const QString name = PrintQueue::displayName(state);
    switch (state) {
    case JobState::Done:
        return withMark("✓ ", name);
    case JobState::Failed:
        return withMark("⚠ ", name);
    case JobState::Printing:
        return withMark("▶ ", name);
    case JobState::Paused:
        return withMark("‖ ", name);
    case JobState::Queued:
    case JobState::Cancelled:
        break;
    }
    return name;
}

QString stateText(PageState state)
{
    const QString name = PrintQueue::displayName(state);
    switch (state) {
    case PageState::Done:
        return withMark("✓ ", name);
    case PageState::Failed:
        return withMark("⚠ ", name);
    case PageState::Sent:
        return withMark("… ", name);
    case PageState::Queued:
    case PageState::Cancelled:
        break;
    }
    return name;
}

const QColor kFailed(255, 215, 215), kDone(215, 245, 215), kBusy(255, 240, 200);

QVariant stateColour(JobState state)
{
    switch (state) {
    case JobState::Failed:
        return kFailed;
    case JobState::Done:
        return kDone;
    case JobState::Printing:
        return kBusy;
    default:
        return {};
    }
}

QVariant stateColour(PageState state)
{
    switch (state) {
    case PageState::Failed:
        return kFailed;
    case PageState::Done:
        return kDone;
    case PageState::Sent:
        return kBusy;
    default:
        return {};
    }
}
} // namespace

PrintJobsModel::PrintJobsModel(QSqlDatabase db, QObject *parent)
    : RowTableModel(parent)
    , m_db(std::move(db))
{
}

void PrintJobsModel::reload()
{
    replaceRows(PrintQueue::jobs(m_db));
}

void PrintJobsModel::reloadJob(qint64 jobId)
{
    if (const auto row = PrintQueue::job(m_db, jobId); !row || !replaceRow(*row))
        reload(); // made or removed elsewhere
}

int PrintJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrintJobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PrintQueue::JobRow &j = m_rows.at(index.row());
    if (role == JobIdRole)
        return j.id;
    if (role == Qt::BackgroundRole && index.column() == StateColumn)
        return stateColour(j.state);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !j.lastError.isEmpty())
        return j.lastError;
    if (role == RawRole) {
        switch (Column(index.column())) {
        case IdColumn:
            return j.id;
        case KindColumn:
            return j.kind;
        case StateColumn:
            return QVariant::fromValue(j.state);
        case PagesColumn:
            return j.done;
        case PrinterColumn:
            return j.printer;
        case TitleColumn:
            return j.title;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return QString::number(j.id);
    case KindColumn:
        return PrintQueue::displayName(j.kind);
    case StateColumn:
        return stateText(j.state);
    case PagesColumn:
        return QString(QStringLiteral("%1 / %2").arg(j.done).arg(j.total) +
                       (j.failed ? tr("  (%1 failed)").arg(j.failed) : QString()));
    case PrinterColumn:
        return QString(j.printer + (j.backupPrinter.isEmpty()
                                        ? QString()
                                        : QString(QStringLiteral("  → ") + j.backupPrinter)));
    case TitleColumn:
        return j.title;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PrintJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Job");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case PagesColumn:
        return tr("Pages done");
    case PrinterColumn:
        return tr("Printer → backup");
    case TitleColumn:
        return tr("Batch");
    case ColumnCount:
        break;
    }
    return {};
}

PrintPagesModel::PrintPagesModel(QSqlDatabase db, QObject *parent)
    : RowTableModel(parent)
    , m_db(std::move(db))
{
}

void PrintPagesModel::setJob(qint64 jobId)
{
    m_job = jobId;
    reload();
}

void PrintPagesModel::reload()
{
    replaceRows(m_job ? PrintQueue::pages(m_db, m_job) : QList<PrintQueue::PageRow>());
}

int PrintPagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrintPagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PrintQueue::PageRow &p = m_rows.at(index.row());
    if (role == PageIdRole)
        return p.id;
    if (role == Qt::BackgroundRole && index.column() == StateColumn)
        return stateColour(p.state);
    if (role == RawRole) {
        switch (Column(index.column())) {
        case SeqColumn:
            return p.seq;
        case OrderColumn:
            return p.orderNo;
        case TrackingColumn:
            return p.trackingNo;
        case StateColumn:
            return QVariant::fromValue(p.state);
        case AttemptsColumn:
            return p.attempts;
        case ReprintsColumn:
            return p.reprints;
        case NoteColumn:
            return p.error.isEmpty() ? p.printer : p.error;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SeqColumn:
        return QString::number(p.seq);
    case OrderColumn:
        return p.orderNo.isEmpty() ? tr("batch") : p.orderNo;
    case TrackingColumn:
        return p.trackingNo;
    case StateColumn:
        return stateText(p.state);
    case AttemptsColumn:
        return QString::number(p.attempts);
    case ReprintsColumn:
        return p.reprints ? QStringLiteral("补打 ×%1").arg(p.reprints) : QString();
    case NoteColumn:
        return p.error.isEmpty() ? p.printer : p.error;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PrintPagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeqColumn:
        return tr("#");
    case OrderColumn:
        return tr("Order");
    case TrackingColumn:
        return tr("Tracking no.");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case ReprintsColumn:
        return tr("Reprints");
    case NoteColumn:
        return tr("Printer / problem");
    case ColumnCount:
        break;
    }
    return {};
}
