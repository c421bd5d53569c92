#include "PrintQueueView.h"

#include "base/Error.h"
#include "db/Database.h"
#include "printing/BatchRule.h"
#include "printing/JobExport.h"
#include "printing/JobTemplates.h"
#include "printing/LabelRenderer.h"
#include "printing/PageSink.h"
#include "printing/PrintQueue.h"
#include "printing/PrinterHealth.h"
#include "printing/TrackingPool.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"
#include "ui/Tables.h"
#include "ui/printing/PrintBatchBar.h"
#include "ui/printing/PrintQueueModels.h"
#include "ui/printing/PrintWorker.h"
#include "ui/printing/TemplateEditorDialog.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

PrintQueueView::PrintQueueView(AppContext &context, QWidget *parent)
    : View(parent)
    , m_context(context)
    , m_jobsModel(new PrintJobsModel(context.database.connection(), this))
    , m_pagesModel(new PrintPagesModel(context.database.connection(), this))
    , m_worker(new PrintWorker(context.database.path(), context.actor, this))
{
    auto *layout = new QVBoxLayout(this);
    m_batch = new PrintBatchBar(context, this);
    layout->addWidget(m_batch);

    m_poolWarning = new QLabel(this);
    m_poolWarning->setObjectName(QStringLiteral("poolWarning"));
    m_poolWarning->setWordWrap(true);
    m_poolWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 4px; }"));
    layout->addWidget(m_poolWarning);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);

    m_jobs = Tables::readOnly(left, m_jobsModel);
    m_jobs->setObjectName(QStringLiteral("jobsTable"));
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

    m_pages = Tables::readOnly(left, m_pagesModel);
    m_pages->setObjectName(QStringLiteral("pagesTable"));
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

    connect(m_jobs->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PrintQueueView::jobSelectionChanged);
    connect(m_pages->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PrintQueueView::refreshPreview);
    connect(m_print, &QPushButton::clicked, this, &PrintQueueView::startPrinting);
    connect(m_pause, &QPushButton::clicked, this, &PrintQueueView::pauseJob);
    connect(m_cancel, &QPushButton::clicked, this, &PrintQueueView::cancelJob);
    connect(m_backupButton, &QPushButton::clicked, this, &PrintQueueView::useBackup);
    connect(m_pdf, &QPushButton::clicked, this, &PrintQueueView::printToPdf);
    connect(m_reprint, &QPushButton::clicked, this, &PrintQueueView::reprintPage);
    connect(m_markDone, &QPushButton::clicked, this, &PrintQueueView::markPageDone);
    connect(m_worker, &PrintWorker::started, this, &PrintQueueView::printingStarted);
    connect(m_worker, &PrintWorker::progressed, this, &PrintQueueView::printingProgressed);
    connect(m_worker, &PrintWorker::notices, this,
            [this](const QStringList &lines) { say(lines.join(u'\n')); });
    connect(m_worker, &PrintWorker::finished, this, &PrintQueueView::printingFinished);
    connect(m_batch, &PrintBatchBar::newJobRequested, this, &PrintQueueView::newJob);
    connect(m_batch, &PrintBatchBar::editTemplatesRequested, this, &PrintQueueView::editTemplates);

    retranslate();
    refreshJobs();
    refreshPoolWarning();
    refreshPreview(); // says why it is empty
}

PrintQueueView::~PrintQueueView() = default;

void PrintQueueView::editTemplates()
{
    TemplateEditorDialog dialog(m_context, m_batch->templateId(), this);
    connect(&dialog, &TemplateEditorDialog::templatesChanged, this, [this] {
        m_renderers.clear(); // jobs made before copies were kept draw with the template as it is now
        m_batch->reloadTemplates();
    });
    dialog.exec();
    refreshPreview();
}

void PrintQueueView::newJob()
{
    PrintQueue::JobSpec spec = m_batch->spec();
    // Check before asking: no "Print labels for 200 orders?" for a job that has no printer.
    if (const Result<> available = PageSinks::available(spec.printer); !available) {
        if (MessageBox::offer(this, tr("New print job"),
                              available.message + u'\n' + tr("Nothing was printed and no order changed."),
                              tr("Choose a printer…")))
            m_batch->choosePrinter();
        return;
    }
    spec.checkPrinter = false; // just checked
    try {
        spec.orderIds = Batching::select(m_context.database.connection(), m_batch->rule());
        if (spec.orderIds.isEmpty()) {
            MessageBox::information(this, tr("New print job"),
                                    tr("No Submitted orders match this batch rule."));
            return;
        }
        if (spec.kind == PrintQueue::Kind::Label &&
            MessageBox::question(this, tr("New print job"),
                                 tr("Print labels for %1 orders? They get tracking numbers and "
                                    "become Printed.")
                                     .arg(spec.orderIds.size())) != QMessageBox::Yes)
            return;
        const Result<PrintQueue::CreatedJob> made =
            PrintQueue::create(m_context.database.connection(), m_context.actor, spec);
        if (!made) {
            MessageBox::warning(this, tr("New print job"), made.message);
            return;
        }
        QStringList notes;
        notes << tr("Job %1: %2 pages.").arg(made->jobId).arg(made->pages);
        if (!made->skipped.isEmpty())
            notes << tr("%n order(s) skipped: %1", nullptr, int(made->skipped.size()))
                         .arg(made->skipped.mid(0, 5).join(QStringLiteral("; ")));
        notes << made->warnings;
        say(notes.join(u'\n'));
        refreshJobs();
        refreshPoolWarning();
        selectJob(made->jobId);
    } catch (const Error &e) {
        MessageBox::critical(this, tr("New print job"), e.message());
    }
}

qint64 PrintQueueView::selectedJob() const
{
    const auto rows = m_jobs->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_jobsModel->jobIdAt(rows.first().row());
}

void PrintQueueView::selectJob(qint64 jobId)
{
    if (const int row = m_jobsModel->rowOf(jobId); row >= 0)
        m_jobs->selectRow(row);
}

qint64 PrintQueueView::selectedPage() const
{
    const auto rows = m_pages->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_pagesModel->pageIdAt(rows.first().row());
}

bool PrintQueueView::isPrinting() const
{
    return m_worker->isRunning();
}

void PrintQueueView::jobSelectionChanged()
{
    const qint64 job = selectedJob();
    if (job != m_pagesModel->job()) {
        try {
            m_pagesModel->setJob(job);
        } catch (const Error &e) {
            say(tr("The pages could not be read: %1").arg(e.message()));
        }
    }
    refreshPreview();
    refreshPrinterState(true);
}

void PrintQueueView::startPrinting()
{
    const qint64 job = selectedJob();
    if (!job || m_worker->isRunning()) // one job at a time from this window
        return;
    try {
        const auto row = PrintQueue::job(m_context.database.connection(), job);
        if (row && PrintQueue::stoppedPart(row->state)) {
            if (const Result<> r = PrintQueue::resume(m_context.database.connection(), m_context.actor, job);
                !r) {
                MessageBox::warning(this, tr("Print queue"), r.message);
                return;
            }
        }
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Print queue"), e.message());
        return;
    }
    m_worker->start(job);
    say(tr("Printing job %1…").arg(job));
    m_print->setEnabled(false);
}

void PrintQueueView::printingStarted(qint64 job, int unknown)
{
    printingProgressed(job);
    if (unknown > 0)
        MessageBox::warning(this, tr("Print queue"),
                            tr("%n page(s) were being printed when Packline stopped. Check the printer: "
                               "reprint them or mark them done.",
                               nullptr, unknown));
}

// Only the printing job's row, and its pages when they are shown, are read again: the models
// report the rows that changed and nothing else repaints.
void PrintQueueView::printingProgressed(qint64 job)
{
    try {
        m_jobsModel->reloadJob(job);
        if (m_pagesModel->job() == job)
            m_pagesModel->reload();
    } catch (const Error &e) {
        say(tr("The print jobs could not be read: %1").arg(e.message()));
    }
    refreshPrinterState(false);
}

void PrintQueueView::printingFinished(qint64 job)
{
    const PrintRunner::Step step = m_worker->step();
    const QString error = m_worker->error();
    m_print->setEnabled(true);
    refreshJobs();
    if (m_worker->faulted()) {
        say(error);
        MessageBox::critical(this, tr("Print queue"), error);
        return;
    }
    if (step == PrintRunner::Step::Finished) {
        say(tr("Job %1 printed.").arg(job));
    } else if (step == PrintRunner::Step::Failed) {
        say(error);
        const int at = m_jobsModel->rowOf(job);
        const QString backup = at >= 0 ? m_jobsModel->rowAt(at).backupPrinter : QString();
        if (!backup.isEmpty() &&
            MessageBox::question(
                this, tr("Printer failed"),
                tr("%1\n\nSend the remaining pages to the backup printer %2?").arg(error, backup)) ==
                QMessageBox::Yes) {
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
        say(tr("Job %1 paused: %2").arg(job).arg(error));
    } else {
        say(tr("Job %1 stopped.").arg(job));
    }
}

void PrintQueueView::say(const QString &text)
{
    m_status->setText(text);
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
}

void PrintQueueView::useBackup()
{
    const Result<> r =
        PrintQueue::moveToBackup(m_context.database.connection(), m_context.actor, selectedJob());
    if (!r)
        MessageBox::warning(this, tr("Print queue"), r.message);
    refreshJobs();
}

void PrintQueueView::printToPdf()
{
    const qint64 job = selectedJob();
    if (!job)
        return;
    const QString path = FileChooser::save(this, tr("Print to PDF"), QStringLiteral("job-%1.pdf").arg(job),
                                           tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        const int pages = JobExport::toPdf(m_context.database.connection(), job, path);
        say(tr("%n page(s) written to %1.", nullptr, pages).arg(path));
    } catch (const Error &e) {
        MessageBox::critical(this, tr("Print to PDF"), e.message());
    }
}

void PrintQueueView::reprintPage()
{
    const qint64 page = selectedPage();
    if (!page)
        return;
    const Result<> r =
        PrintQueue::reprint(m_context.database.connection(), m_context.actor, page, m_reason->text());
    if (!r) {
        MessageBox::warning(this, tr("Reprint"), r.message);
        m_reason->setFocus();
        return;
    }
    m_reason->clear();
    refreshJobs();
}

void PrintQueueView::markPageDone()
{
    const qint64 page = selectedPage();
    if (!page)
        return;
    const Result<> r =
        PrintQueue::markDone(m_context.database.connection(), m_context.actor, page,
                             m_reason->text().isEmpty() ? tr("seen on the printer") : m_reason->text());
    if (!r)
        MessageBox::warning(this, tr("Print queue"), r.message);
    refreshJobs();
}

// Reads the jobs and the selected job's pages again; the models report only what changed, so the
// selection stays where it was.
void PrintQueueView::refreshJobs()
{
    const qint64 selected = selectedJob();
    try {
        m_jobsModel->reload();
        if (selected && selectedJob() != selected) // the rows were other rows: find the job again
            selectJob(selected);
        if (m_pagesModel->job() == selectedJob())
            m_pagesModel->reload();
        else
            m_pagesModel->setJob(selectedJob());
    } catch (const Error &e) {
        say(tr("The print jobs could not be read: %1").arg(e.message()));
    }
    refreshPrinterState(false);
}

void PrintQueueView::refreshPrinterState(bool force)
{
    // The print server is asked at most once a second, not on every page printed.
    if (!force && m_printerStateAge.isValid() && m_printerStateAge.elapsed() < 1000)
        return;
    m_printerStateAge.start();
    const qint64 job = selectedJob();
    const int at = m_jobsModel->rowOf(job);
    if (!job || at < 0) {
        m_printerState->clear();
        return;
    }
    const PrintQueue::JobRow *row = &m_jobsModel->rowAt(at);
    QStringList lines;
    if (const QString state = PrinterHealth::describePrinter(row->printer); !state.isEmpty())
        lines << tr("Printer %1: %2").arg(row->printer, state);
    if (!row->lastError.isEmpty())
        lines
            << (PrintQueue::stoppedPart(row->state)
                    ? tr("Job %1 is %2: %3").arg(job).arg(PrintQueue::displayName(row->state), row->lastError)
                    : tr("Waiting: %1").arg(row->lastError));
    m_printerState->setText(lines.join(u'\n'));
}

void PrintQueueView::refreshPreview()
{
    const qint64 jobId = selectedJob();
    m_preview->setPixmap({});
    if (!jobId) {
        // An empty pane says why it is empty.
        m_preview->setText(m_jobsModel->rowCount() == 0
                               ? tr("No print jobs yet: choose a batch above and press New job.")
                               : tr("Select a job to preview its pages."));
        return;
    }
    try {
        const QSqlDatabase db = m_context.database.connection();
        const int jobRow = m_jobsModel->rowOf(jobId);
        const QList<PrintQueue::PageRow> &pages = m_pagesModel->rows();
        if (jobRow < 0 || m_pagesModel->job() != jobId || pages.isEmpty())
            return;
        const PrintQueue::JobRow *job = &m_jobsModel->rowAt(jobRow);
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
    } catch (const Error &e) {
        warnings << tr("The tracking-number pools could not be read: %1").arg(e.message());
    }
    if (const QString error = m_batch->couriersError(); !error.isEmpty())
        warnings << error;
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
    if (!m_worker->isRunning()) { // while printing, the worker's progress reads the job
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
    m_print->setText(tr("&Print / resume"));
    m_print->setShortcut(QKeySequence(QStringLiteral("Ctrl+P")));
    m_pause->setText(tr("Pause"));
    m_cancel->setText(tr("Cancel job"));
    m_backupButton->setText(tr("Move to backup printer"));
    m_pdf->setText(tr("Print to PDF…"));
    m_reason->setPlaceholderText(tr("Reason for the reprint (jammed, smudged, lost…)"));
    m_reprint->setText(tr("Reprint page"));
    m_markDone->setText(tr("Mark done"));
    m_jobsModel->retranslate();
    m_pagesModel->retranslate();
    m_previewTitle->setText(tr("Preview"));
    refreshJobs();
}
