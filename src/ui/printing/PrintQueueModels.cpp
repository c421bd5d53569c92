#include "PrintQueueModels.h"

#include <QColor>
#include <array>

using PrintQueue::JobState;
using PrintQueue::PageState;

namespace {
// How a state shows: a mark, so colour is never the only cue, and a row colour (invalid: none).
struct Look {
    const char *mark;
    QColor colour;
};
const QColor kFailed(255, 215, 215), kDone(215, 245, 215), kBusy(255, 240, 200);
// Indexed by the state's number, in PrintQueue.h's order.
const std::array<Look, 6> kJobLooks{{{"", {}},         // queued
                                     {"▶ ", kBusy},    // printing
                                     {"‖ ", {}},       // paused
                                     {"⚠ ", kFailed},  // failed
                                     {"✓ ", kDone},    // done
                                     {"", {}}}};       // cancelled
const std::array<Look, 5> kPageLooks{{{"", {}},        // queued
                                      {"… ", kBusy},   // sent
                                      {"✓ ", kDone},   // done
                                      {"⚠ ", kFailed}, // failed
                                      {"", {}}}};      // cancelled
static_assert(size_t(JobState::Cancelled) + 1 == 6 && size_t(PageState::Cancelled) + 1 == 5,
              "a state was added: give it a look");

const Look &lookOf(JobState state)
{
    return kJobLooks.at(size_t(state));
}

const Look &lookOf(PageState state)
{
    return kPageLooks.at(size_t(state));
}

template <class State> QString stateText(State state)
{
    return QString::fromUtf8(lookOf(state).mark) + PrintQueue::displayName(state);
}

template <class State> QVariant stateColour(State state)
{
    const QColor &colour = lookOf(state).colour;
    return colour.isValid() ? QVariant(colour) : QVariant();
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
