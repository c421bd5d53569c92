#include "PrintQueueView.h"

#include "base/AppSettings.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "printing/BatchRule.h"
#include "printing/JobExport.h"
#include "printing/JobTemplates.h"
#include "printing/LabelRenderer.h"
#include "printing/PageSink.h"
#include "printing/PrintQueue.h"
#include "printing/PrintRunner.h"
#include "printing/PrinterChoice.h"
#include "printing/PrinterHealth.h"
#include "printing/TemplateLibrary.h"
#include "printing/TrackingPool.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/printing/TemplateEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString g_nextSaveFileName;

enum JobColumn { JobId, JobKind, JobState, JobPages, JobPrinter, JobTitle, JobColumns };
enum PageColumn {
    PageSeq,
    PageOrder,
    PageTracking,
    PageState,
    PageAttempts,
    PageReprints,
    PageNote,
    PageColumns
};

QTableWidgetItem *cell(const QString &text, const QVariant &id = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

// State text carries a symbol too, so colour is never the only cue.
QString stateText(const QString &state)
{
    const QString mark = state == u"done"       ? QStringLiteral("✓ ")
                         : state == u"failed"   ? QStringLiteral("⚠ ")
                         : state == u"printing" ? QStringLiteral("▶ ")
                         : state == u"sent"     ? QStringLiteral("… ")
                         : state == u"paused"   ? QStringLiteral("‖ ")
                                                : QString();
    return mark + PrintQueue::displayName(state);
}

QColor stateColour(const QString &state)
{
    if (state == u"failed")
        return QColor(255, 215, 215);
    if (state == u"done")
        return QColor(215, 245, 215);
    if (state == u"printing" || state == u"sent")
        return QColor(255, 240, 200);
    return {};
}
} // namespace

PrintQueueView::PrintQueueView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_context(context)
    , m_printers(std::make_unique<PrinterChoice>(context.settings.raw()))
    , m_pump(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *batch = new QWidget(this);
    buildBatchBar(batch);
    layout->addWidget(batch);

    m_poolWarning = new QLabel(this);
    m_poolWarning->setObjectName(QStringLiteral("poolWarning"));
    m_poolWarning->setWordWrap(true);
    m_poolWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 4px; }"));
    layout->addWidget(m_poolWarning);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);

    m_jobs = new QTableWidget(0, JobColumns, left);
    m_jobs->setObjectName(QStringLiteral("jobsTable"));
    m_jobs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_jobs->verticalHeader()->hide();
    m_jobs->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_jobs, 2);
    m_printerState = new QLabel(left);
    m_printerState->setObjectName(QStringLiteral("printerState"));
    m_printerState->setWordWrap(true);
    leftLayout->addWidget(m_printerState);

    auto *jobButtons = new QHBoxLayout;
    m_print = new QPushButton(left);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pause = new QPushButton(left);
    m_cancel = new QPushButton(left);
    m_backupButton = new QPushButton(left);
    m_backupButton->setObjectName(QStringLiteral("backupButton"));
    m_pdf = new QPushButton(left);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    for (QPushButton *b : {m_print, m_pause, m_cancel, m_backupButton, m_pdf})
        jobButtons->addWidget(b);
    jobButtons->addStretch();
    leftLayout->addLayout(jobButtons);

    m_pages = new QTableWidget(0, PageColumns, left);
    m_pages->setObjectName(QStringLiteral("pagesTable"));
    m_pages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pages->verticalHeader()->hide();
    m_pages->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_pages, 3);

    auto *pageButtons = new QHBoxLayout;
    m_reason = new QLineEdit(left);
    m_reason->setObjectName(QStringLiteral("reprintReason"));
    m_reprint = new QPushButton(left);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_markDone = new QPushButton(left);
    pageButtons->addWidget(m_reason, 1);
    pageButtons->addWidget(m_reprint);
    pageButtons->addWidget(m_markDone);
    leftLayout->addLayout(pageButtons);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_previewTitle = new QLabel(right);
    rightLayout->addWidget(m_previewTitle);
    auto *scroll = new QScrollArea(right);
    m_preview = new QLabel(scroll);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(420);
    rightLayout->addWidget(scroll, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_jobs, &QTableWidget::itemSelectionChanged, this, [this] {
        refreshPages();
        refreshPreview();
        refreshPrinterState(true);
    });
    connect(m_pages, &QTableWidget::itemSelectionChanged, this, &PrintQueueView::refreshPreview);
    connect(m_print, &QPushButton::clicked, this, &PrintQueueView::startPrinting);
    connect(m_pause, &QPushButton::clicked, this, &PrintQueueView::pauseJob);
    connect(m_cancel, &QPushButton::clicked, this, &PrintQueueView::cancelJob);
    connect(m_backupButton, &QPushButton::clicked, this, &PrintQueueView::useBackup);
    connect(m_pdf, &QPushButton::clicked, this, &PrintQueueView::printToPdf);
    connect(m_reprint, &QPushButton::clicked, this, &PrintQueueView::reprintPage);
    connect(m_markDone, &QPushButton::clicked, this, &PrintQueueView::markPageDone);
    connect(m_pump, &QTimer::timeout, this, &PrintQueueView::pumpOnePage);

    retranslate();
    kindChanged();
    refreshJobs();
    refreshPoolWarning();
    refreshPreview(); // says why it is empty
}

PrintQueueView::~PrintQueueView() = default;

void PrintQueueView::setNextSaveFileName(const QString &path)
{
    g_nextSaveFileName = path;
}

void PrintQueueView::buildBatchBar(QWidget *host)
{
    auto *grid = new QGridLayout(host);
    grid->setContentsMargins(0, 0, 0, 0);
    m_batchTitle = new QLabel(host);
    QFont f = m_batchTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_batchTitle->setFont(f);
    m_kindLabel = new QLabel(host);
    m_templateLabel = new QLabel(host);
    m_courierLabel = new QLabel(host);
    m_limitLabel = new QLabel(host);
    m_printerLabel = new QLabel(host);
    m_backupLabel = new QLabel(host);
    m_kind = new QComboBox(host);
    m_kind->setObjectName(QStringLiteral("jobKind"));
    for (const char *k : {"label", "slip", "picklist"})
        m_kind->addItem(QString(), QString::fromLatin1(k));
    m_template = new QComboBox(host);
    m_template->setObjectName(QStringLiteral("jobTemplate"));
    m_courier = new QComboBox(host);
    m_courier->setObjectName(QStringLiteral("batchCourier"));
    m_courier->addItem(QString(), QString());
    try {
        QSqlQuery q =
            Sql::run(m_context.database.connection(),
                     QStringLiteral("SELECT code, name FROM couriers WHERE active = 1 ORDER BY code"));
        while (q.next())
            m_courier->addItem(q.value(1).toString() + QStringLiteral(" (") + q.value(0).toString() + u')',
                               q.value(0).toString());
    } catch (const Error &) {
    }
    m_priority = new QCheckBox(host);
    m_singleSku = new QCheckBox(host);
    m_singleSku->setObjectName(QStringLiteral("batchSingleSku"));
    m_limit = new QSpinBox(host);
    m_limit->setObjectName(QStringLiteral("batchLimit"));
    m_limit->setRange(0, 100000);
    m_limit->setValue(200);
    m_printer = new QComboBox(host);
    m_printer->setObjectName(QStringLiteral("jobPrinter"));
    m_printer->setEditable(true);
    m_backup = new QComboBox(host);
    m_backup->setObjectName(QStringLiteral("jobBackupPrinter"));
    m_backup->setEditable(true);
    for (QComboBox *c : {m_printer, m_backup}) {
        c->addItem(QString());
        c->addItems(PageSinks::availablePrinters());
        c->setMinimumContentsLength(18);
    }
    m_newJob = new QPushButton(host);
    m_newJob->setObjectName(QStringLiteral("newJobButton"));
    m_newJob->setDefault(true);

    // Three pairs a row, so the bar fits a 1366-px screen beside the navigation.
    grid->addWidget(m_batchTitle, 0, 0, 1, 6);
    grid->addWidget(m_kindLabel, 1, 0);
    grid->addWidget(m_kind, 1, 1);
    grid->addWidget(m_templateLabel, 1, 2);
    m_editTemplates = new QPushButton(host);
    m_editTemplates->setObjectName(QStringLiteral("editTemplatesButton"));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_editTemplates);
    grid->addLayout(templateRow, 1, 3);
    grid->addWidget(m_courierLabel, 1, 4);
    grid->addWidget(m_courier, 1, 5);
    grid->addWidget(m_printerLabel, 2, 0);
    grid->addWidget(m_printer, 2, 1);
    grid->addWidget(m_backupLabel, 2, 2);
    grid->addWidget(m_backup, 2, 3);
    grid->addWidget(m_limitLabel, 2, 4);
    grid->addWidget(m_limit, 2, 5);
    grid->addWidget(m_priority, 3, 0, 1, 2);
    grid->addWidget(m_singleSku, 3, 2, 1, 2);
    grid->addWidget(m_newJob, 3, 5);
    grid->setColumnStretch(6, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintQueueView::kindChanged);
    connect(m_printer, &QComboBox::currentTextChanged, this, &PrintQueueView::printerChoiceChanged);
    connect(m_backup, &QComboBox::currentTextChanged, this, &PrintQueueView::printerChoiceChanged);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        if (m_template->currentIndex() >= 0)
            m_printers->setTemplateId(currentKind(), m_template->currentData().toString());
    });
    connect(m_newJob, &QPushButton::clicked, this, &PrintQueueView::newJob);
    connect(m_editTemplates, &QPushButton::clicked, this, &PrintQueueView::editTemplates);
}

void PrintQueueView::editTemplates()
{
    TemplateEditorDialog dialog(m_context, m_template->currentData().toString(), this);
    connect(&dialog, &TemplateEditorDialog::templatesChanged, this, [this] {
        m_renderers.clear(); // jobs made before copies were kept draw with the template as it is now
        kindChanged();
    });
    dialog.exec();
    refreshPreview();
}

QString PrintQueueView::currentKind() const
{
    return m_kind->currentData().toString();
}

void PrintQueueView::kindChanged()
{
    const QString kind = currentKind();
    const QSignalBlocker b1(m_template), b2(m_printer), b3(m_backup);
    m_template->clear();
    for (const auto &e : TemplateLibrary::list(kind))
        m_template->addItem(e.name + (e.userCopy ? tr(" (edited copy)") : QString()), e.id);
    const int t = m_template->findData(m_printers->templateId(kind));
    m_template->setCurrentIndex(t >= 0 ? t : 0);
    m_printer->setCurrentText(m_printers->printer(kind));
    m_backup->setCurrentText(m_printers->backup(kind));
    const bool label = kind == u"label";
    m_courier->setEnabled(true);
    m_singleSku->setEnabled(label || kind == u"slip");
}

void PrintQueueView::printerChoiceChanged()
{
    m_printers->set(currentKind(), m_printer->currentText().trimmed(), m_backup->currentText().trimmed());
}

void PrintQueueView::newJob()
{
    const QString kind = currentKind();
    BatchRule rule;
    rule.courierCode = m_courier->currentData().toString();
    rule.priorityOnly = m_priority->isChecked();
    rule.singleSku = m_singleSku->isChecked();
    rule.limit = m_limit->value();
    PrintQueue::JobSpec spec;
    spec.kind = kind == u"slip"       ? PrintQueue::Kind::Slip
                : kind == u"picklist" ? PrintQueue::Kind::PickList
                                      : PrintQueue::Kind::Label;
    spec.templateId = m_template->currentData().toString();
    spec.printer = m_printer->currentText().trimmed();
    spec.backupPrinter = m_backup->currentText().trimmed();
    spec.title = rule.describe();
    // Check before asking: no "Print labels for 200 orders?" for a job that has no printer.
    if (const QString missing = PageSinks::missing(spec.printer); !missing.isEmpty()) {
        if (MessageBox::offer(this, tr("New print job"),
                              missing + u'\n' + tr("Nothing was printed and no order changed."),
                              tr("Choose a printer…")))
            choosePrinter();
        return;
    }
    spec.checkPrinter = false; // just checked
    try {
        spec.orderIds = Batching::select(m_context.database.connection(), rule);
        if (spec.orderIds.isEmpty()) {
            MessageBox::information(this, tr("New print job"),
                                    tr("No Submitted orders match this batch rule."));
            return;
        }
        if (kind == u"label" &&
            MessageBox::question(this, tr("New print job"),
                                 tr("Print labels for %1 orders? They get tracking numbers and "
                                    "become Printed.")
                                     .arg(spec.orderIds.size())) != QMessageBox::Yes)
            return;
        const PrintQueue::Created made =
            PrintQueue::create(m_context.database.connection(), m_context.actor, spec);
        if (!made) {
            MessageBox::warning(this, tr("New print job"), made.error);
            return;
        }
        QStringList notes;
        notes << tr("Job %1: %2 pages.").arg(made.jobId).arg(made.pages);
        if (!made.skipped.isEmpty())
            notes << tr("%n order(s) skipped: %1", nullptr, int(made.skipped.size()))
                         .arg(made.skipped.mid(0, 5).join(QStringLiteral("; ")));
        notes << made.warnings;
        m_status->setText(notes.join(u'\n'));
        refreshJobs();
        refreshPoolWarning();
        selectJob(made.jobId);
    } catch (const Error &e) {
        MessageBox::critical(this, tr("New print job"), e.message());
    }
}

void PrintQueueView::choosePrinter()
{
    m_printer->setFocus(Qt::OtherFocusReason);
    m_printer->showPopup();
}

qint64 PrintQueueView::selectedJob() const
{
    const auto rows = m_jobs->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_jobs->item(rows.first().row(), JobId)->data(Qt::UserRole).toLongLong();
}

void PrintQueueView::selectJob(qint64 jobId)
{
    for (int r = 0; r < m_jobs->rowCount(); ++r)
        if (m_jobs->item(r, JobId)->data(Qt::UserRole).toLongLong() == jobId) {
            m_jobs->selectRow(r);
            return;
        }
}

bool PrintQueueView::isPrinting() const
{
    return m_pump->isActive();
}

void PrintQueueView::startPrinting()
{
    const qint64 job = selectedJob();
    if (!job || (m_runner && m_runnerJob == job)) // already printing it here
        return;
    try {
        const auto row = PrintQueue::job(m_context.database.connection(), job);
        if (row && (row->state == u"paused" || row->state == u"failed"))
            PrintQueue::resume(m_context.database.connection(), m_context.actor, job);
        m_runner = std::make_unique<PrintRunner>(m_context.database.connection(), m_context.actor, job);
        m_runnerJob = job;
        if (m_runner->settledUnknown() > 0)
            MessageBox::warning(this, tr("Print queue"),
                                tr("%n page(s) were being printed when Packline stopped. Check the printer: "
                                   "reprint them or mark them done.",
                                   nullptr, m_runner->settledUnknown()));
        m_pump->start(0);
        m_status->setText(tr("Printing job %1…").arg(job));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Print queue"), e.message());
    }
}

void PrintQueueView::pumpOnePage()
{
    if (!m_runner) {
        m_pump->stop();
        return;
    }
    // A few pages per tick keep the window responsive and the printer fed.
    QElapsedTimer slice;
    slice.start();
    PrintRunner::Step step = PrintRunner::Step::Printed;
    try {
        while (step == PrintRunner::Step::Printed && slice.elapsed() < 40)
            step = m_runner->step();
    } catch (const Error &e) {
        stopPrinting();
        MessageBox::critical(this, tr("Print queue"), e.message());
        return;
    }
    // Failover: which labels went where, and the backup's first label.
    if (const QStringList notices = m_runner->takeNotices(); !notices.isEmpty())
        m_status->setText(notices.join(u'\n'));
    refreshJobs();
    // While the printer has the labels in hand (or is in trouble), look again a few times a second.
    m_pump->setInterval(step == PrintRunner::Step::Waiting ? 100 : 0);
    if (step == PrintRunner::Step::Printed || step == PrintRunner::Step::Waiting)
        return;
    const qint64 job = m_runnerJob;
    const QString error = m_runner->error();
    stopPrinting();
    if (step == PrintRunner::Step::Finished) {
        m_status->setText(tr("Job %1 printed.").arg(job));
    } else if (step == PrintRunner::Step::Failed) {
        m_status->setText(error);
        const auto row = PrintQueue::job(m_context.database.connection(), job);
        if (row && !row->backupPrinter.isEmpty() &&
            MessageBox::question(this, tr("Printer failed"),
                                 tr("%1\n\nSend the remaining pages to the backup printer %2?")
                                     .arg(error, row->backupPrinter)) == QMessageBox::Yes) {
            const Result<> moved =
                PrintQueue::moveToBackup(m_context.database.connection(), m_context.actor, job);
            if (moved) {
                refreshJobs();
                selectJob(job);
                startPrinting();
                return;
            }
            MessageBox::warning(this, tr("Printer failed"), moved.message);
        }
    } else if (!error.isEmpty()) { // paused by a printer in trouble
        m_status->setText(tr("Job %1 paused: %2").arg(job).arg(error));
    } else {
        m_status->setText(tr("Job %1 stopped.").arg(job));
    }
    refreshJobs();
    refreshPages();
}

void PrintQueueView::stopPrinting()
{
    m_pump->stop();
    m_runner.reset();
    m_runnerJob = 0;
}

void PrintQueueView::pauseJob()
{
    const Result<> r = PrintQueue::pause(m_context.database.connection(), m_context.actor, selectedJob());
    if (!r)
        MessageBox::warning(this, tr("Print queue"), r.message);
    refreshJobs();
}

void PrintQueueView::cancelJob()
{
    const qint64 job = selectedJob();
    if (!job || MessageBox::question(this, tr("Print queue"),
                                     tr("Cancel job %1? Pages not printed yet are dropped; "
                                        "the orders stay Printed with their numbers.")
                                         .arg(job)) != QMessageBox::Yes)
        return;
    const Result<> r = PrintQueue::cancel(m_context.database.connection(), m_context.actor, job);
    if (!r)
        MessageBox::warning(this, tr("Print queue"), r.message);
    refreshJobs();
    refreshPages();
}

void PrintQueueView::useBackup()
{
    const Result<> r =
        PrintQueue::moveToBackup(m_context.database.connection(), m_context.actor, selectedJob());
    if (!r)
        MessageBox::warning(this, tr("Print queue"), r.message);
    refreshJobs();
    refreshPages();
}

void PrintQueueView::printToPdf()
{
    const qint64 job = selectedJob();
    if (!job)
        return;
    QString path = g_nextSaveFileName;
    g_nextSaveFileName.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Print to PDF"), QStringLiteral("job-%1.pdf").arg(job),
                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        const int pages = JobExport::toPdf(m_context.database.connection(), job, path);
        m_status->setText(tr("%n page(s) written to %1.", nullptr, pages).arg(path));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Print to PDF"), e.message());
    }
}

void PrintQueueView::reprintPage()
{
    const auto rows = m_pages->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 page = m_pages->item(rows.first().row(), PageSeq)->data(Qt::UserRole).toLongLong();
    const Result<> r =
        PrintQueue::reprint(m_context.database.connection(), m_context.actor, page, m_reason->text());
    if (!r) {
        MessageBox::warning(this, tr("Reprint"), r.message);
        m_reason->setFocus();
        return;
    }
    m_reason->clear();
    refreshJobs();
    refreshPages();
}

void PrintQueueView::markPageDone()
{
    const auto rows = m_pages->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 page = m_pages->item(rows.first().row(), PageSeq)->data(Qt::UserRole).toLongLong();
    const Result<> r =
        PrintQueue::markDone(m_context.database.connection(), m_context.actor, page,
                             m_reason->text().isEmpty() ? tr("seen on the printer") : m_reason->text());
    if (!r)
        MessageBox::warning(this, tr("Print queue"), r.message);
    refreshJobs();
    refreshPages();
}

void PrintQueueView::refreshJobs()
{
    const qint64 selected = selectedJob();
    QList<PrintQueue::JobRow> jobs;
    try {
        jobs = PrintQueue::jobs(m_context.database.connection());
    } catch (const Error &) {
        return;
    }
    const QSignalBlocker block(m_jobs);
    m_jobs->setRowCount(int(jobs.size()));
    for (int r = 0; r < jobs.size(); ++r) {
        const auto &j = jobs.at(r);
        m_jobs->setItem(r, JobId, cell(QString::number(j.id), j.id));
        m_jobs->setItem(r, JobKind, cell(PrintQueue::displayName(j.kind)));
        m_jobs->setItem(r, JobTitle, cell(j.title));
        m_jobs->setItem(
            r, JobPrinter,
            cell(j.printer +
                 (j.backupPrinter.isEmpty() ? QString() : QStringLiteral("  → ") + j.backupPrinter)));
        m_jobs->setItem(r, JobPages,
                        cell(QStringLiteral("%1 / %2").arg(j.done).arg(j.total) +
                             (j.failed ? tr("  (%1 failed)").arg(j.failed) : QString())));
        auto *state = cell(stateText(j.state));
        if (stateColour(j.state).isValid())
            state->setBackground(stateColour(j.state));
        if (!j.lastError.isEmpty())
            state->setToolTip(j.lastError);
        m_jobs->setItem(r, JobState, state);
    }
    m_jobs->resizeColumnsToContents();
    if (selected)
        selectJob(selected);
    refreshPrinterState(false);
    if (!m_pump->isActive())
        refreshPages();
}

void PrintQueueView::refreshPrinterState(bool force)
{
    // The print server is asked at most once a second, not on every page printed.
    if (!force && m_printerStateAge.isValid() && m_printerStateAge.elapsed() < 1000)
        return;
    m_printerStateAge.start();
    const qint64 job = selectedJob();
    const auto row = job ? PrintQueue::job(m_context.database.connection(), job) : std::nullopt;
    if (!row) {
        m_printerState->clear();
        return;
    }
    QStringList lines;
    if (const QString state = PrinterHealth::describePrinter(row->printer); !state.isEmpty())
        lines << tr("Printer %1: %2").arg(row->printer, state);
    if (!row->lastError.isEmpty())
        lines << (row->state == u"paused" || row->state == u"failed"
                      ? tr("Job %1 is %2: %3").arg(job).arg(stateText(row->state), row->lastError)
                      : tr("Waiting: %1").arg(row->lastError));
    m_printerState->setText(lines.join(u'\n'));
}

void PrintQueueView::refreshPages()
{
    const qint64 job = selectedJob();
    const auto selectedRows = m_pages->selectionModel()->selectedRows();
    const int keep = selectedRows.isEmpty() ? -1 : selectedRows.first().row();
    QList<PrintQueue::PageRow> pages;
    if (job)
        pages = PrintQueue::pages(m_context.database.connection(), job);
    const QSignalBlocker block(m_pages);
    m_pages->setRowCount(int(pages.size()));
    for (int r = 0; r < pages.size(); ++r) {
        const auto &p = pages.at(r);
        m_pages->setItem(r, PageSeq, cell(QString::number(p.seq), p.id));
        m_pages->setItem(r, PageOrder, cell(p.orderNo.isEmpty() ? tr("batch") : p.orderNo));
        m_pages->setItem(r, PageTracking, cell(p.trackingNo));
        auto *state = cell(stateText(p.state));
        if (stateColour(p.state).isValid())
            state->setBackground(stateColour(p.state));
        m_pages->setItem(r, PageState, state);
        m_pages->setItem(r, PageAttempts, cell(QString::number(p.attempts)));
        m_pages->setItem(r, PageReprints,
                         cell(p.reprints ? QStringLiteral("补打 ×%1").arg(p.reprints) : QString()));
        m_pages->setItem(r, PageNote, cell(p.error.isEmpty() ? p.printer : p.error));
    }
    m_pages->resizeColumnsToContents();
    if (keep >= 0 && keep < m_pages->rowCount())
        m_pages->selectRow(keep);
}

void PrintQueueView::refreshPreview()
{
    const qint64 jobId = selectedJob();
    m_preview->setPixmap({});
    if (!jobId) {
        // An empty pane says why it is empty.
        m_preview->setText(m_jobs->rowCount() == 0
                               ? tr("No print jobs yet: choose a batch above and press New job.")
                               : tr("Select a job to preview its pages."));
        return;
    }
    try {
        const QSqlDatabase db = m_context.database.connection();
        const auto job = PrintQueue::job(db, jobId);
        const auto pages = PrintQueue::pages(db, jobId);
        if (!job || pages.isEmpty())
            return;
        const auto rows = m_pages->selectionModel()->selectedRows();
        const int index = rows.isEmpty() ? 0 : rows.first().row();
        const auto &page = pages.at(std::clamp(index, 0, int(pages.size()) - 1));
        auto &renderer = m_renderers[job->id];
        if (!renderer) // the template the job was made with, not the file as it is now
            renderer = std::make_shared<LabelRenderer>(JobTemplates::forJob(db, job->id));
        // About 4 px per mm: a 100×150 label fits the pane and stays readable.
        const int dpi = renderer->labelTemplate().pageMm.width() > 150 ? 72 : 110;
        const QImage image = renderer->toImage(JobExport::pageData(db, *job, page), dpi);
        m_preview->setPixmap(QPixmap::fromImage(image));
        m_previewTitle->setText(tr("Preview: page %1 of %2 (%3)")
                                    .arg(page.seq)
                                    .arg(pages.size())
                                    .arg(TemplateLibrary::displayName(renderer->labelTemplate().name)));
    } catch (const Error &e) {
        m_preview->setText(e.message());
    }
}

void PrintQueueView::refreshPoolWarning()
{
    QStringList warnings;
    try {
        warnings = TrackingPool::lowWarnings(m_context.database.connection());
    } catch (const Error &) {
    }
    m_poolWarning->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_poolWarning->setVisible(!warnings.isEmpty());
}

QList<QPair<QString, QString>> PrintQueueView::shortcuts() const
{
    return {{QStringLiteral("Ctrl+N"), tr("New job from the batch rule")},
            {QStringLiteral("Ctrl+T"), tr("Templates: preview, edit a copy")},
            {QStringLiteral("Ctrl+P"), tr("Print (or resume) the selected job")}};
}

void PrintQueueView::activate()
{
    refreshJobs();
    refreshPoolWarning();
}

void PrintQueueView::databaseChanged()
{
    if (!m_pump->isActive()) {
        refreshJobs();
        refreshPoolWarning();
    }
}

void PrintQueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    View::changeEvent(event);
}

void PrintQueueView::retranslate()
{
    m_batchTitle->setText(tr("New job from Submitted orders"));
    m_kindLabel->setText(tr("Kind"));
    const QStringList kinds{tr("Shipping labels"), tr("Packing slips"), tr("Pick list")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, kinds.at(i));
    m_templateLabel->setText(tr("Template"));
    m_courierLabel->setText(tr("Courier"));
    m_courier->setItemText(0, tr("All couriers"));
    m_priority->setText(tr("Priority orders only"));
    m_singleSku->setText(tr("Single-SKU groups (hot items)"));
    m_limitLabel->setText(tr("At most"));
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setSuffix(tr(" orders"));
    m_printerLabel->setText(tr("Printer"));
    m_backupLabel->setText(tr("Backup"));
    m_newJob->setText(tr("&New job"));
    m_newJob->setShortcut(QKeySequence(QStringLiteral("Ctrl+N")));
    m_editTemplates->setText(tr("Templates…"));
    m_editTemplates->setToolTip(tr("Preview the templates, and edit your own copies (Ctrl+T)"));
    m_editTemplates->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    m_print->setText(tr("&Print / resume"));
    m_print->setShortcut(QKeySequence(QStringLiteral("Ctrl+P")));
    m_pause->setText(tr("Pause"));
    m_cancel->setText(tr("Cancel job"));
    m_backupButton->setText(tr("Move to backup printer"));
    m_pdf->setText(tr("Print to PDF…"));
    m_reason->setPlaceholderText(tr("Reason for the reprint (jammed, smudged, lost…)"));
    m_reprint->setText(tr("Reprint page"));
    m_markDone->setText(tr("Mark done"));
    m_jobs->setHorizontalHeaderLabels(
        {tr("Job"), tr("Kind"), tr("State"), tr("Pages done"), tr("Printer → backup"), tr("Batch")});
    m_pages->setHorizontalHeaderLabels({tr("#"), tr("Order"), tr("Tracking no."), tr("State"), tr("Attempts"),
                                        tr("Reprints"), tr("Printer / problem")});
    m_previewTitle->setText(tr("Preview"));
    refreshJobs();
}
