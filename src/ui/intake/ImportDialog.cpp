#include "ImportDialog.h"

#include "ColumnMappingDialog.h"
#include "RejectedRowsModel.h"
#include "db/Database.h"
#include "intake/ColumnMapping.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_fileList(new QTreeWidget(this))
    , m_platform(new QComboBox(this))
    , m_shop(new QLineEdit(this))
    , m_newShop(new QCheckBox(tr("&New shop: make a shop of this name"), this))
    , m_addButton(new QPushButton(tr("&Add files…"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_mappingButton(new QPushButton(tr("Column &mappings…"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_cancelButton(new QPushButton(tr("Cancel import"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
    , m_progress(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_rejectedView(new QTableView(this))
    , m_rejected(new RejectedRowsModel(this))
{
    qRegisterMetaType<QList<ImportUnit>>();
    qRegisterMetaType<QList<ImportOutcome>>();
    qRegisterMetaType<ImportRulesOutcome>();
    setWindowTitle(tr("Import orders"));
    setAcceptDrops(true);
    resize(980, 640);

    auto *intro =
        new QLabel(tr("Pick the shop's export files, or drop them here. Taobao needs the order report "
                      "and the item report together; 拼多多 and 京东 files are read through their column "
                      "mapping."),
                   this);
    intro->setWordWrap(true);

    m_fileList->setColumnCount(4);
    m_fileList->setHeaderLabels({tr("File"), tr("Platform"), tr("Encoding"), tr("Check")});
    m_fileList->setRootIsDecorated(false);
    m_fileList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fileList->header()->setStretchLastSection(true);
    m_fileList->setObjectName(QStringLiteral("importFiles"));

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_clearButton);
    fileButtons->addWidget(m_mappingButton);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileList, 1);
    filesRow->addLayout(fileButtons);

    m_shop->setPlaceholderText(tr("the platform's only shop"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Shop:"), m_shop);
    m_shop->setObjectName(QStringLiteral("shop"));
    m_newShop->setObjectName(QStringLiteral("newShop"));
    form->addRow(QString(), m_newShop);

    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_rate->setObjectName(QStringLiteral("importRate"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_rate);

    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    // Scrolls rather than clips: several files, each with its effects and the rules' line, run
    // past any fixed height (in Chinese the rules' line fell off the bottom of a 640-pixel dialog).
    auto *summaryArea = new QScrollArea(this);
    summaryArea->setWidget(m_summary);
    summaryArea->setWidgetResizable(true);
    summaryArea->setFrameShape(QFrame::NoFrame);
    summaryArea->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 7); // a file with its effects
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->verticalHeader()->hide();
    m_rejectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedView->setObjectName(QStringLiteral("rejectedRows"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_importButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filesRow, 1);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(summaryArea, 1);
    layout->addWidget(m_rejectedView, 2);
    layout->addWidget(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_files.clear();
        replan();
    });
    connect(m_mappingButton, &QPushButton::clicked, this, &ImportDialog::editMappings);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);

    refreshPlatforms();
    setRunning(false);
}

ImportDialog::~ImportDialog()
{
    for (QThread *ending : std::as_const(m_ending))
        if (ending)
            ending->wait();
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportDialog::refreshPlatforms()
{
    const QString current = m_platform->currentData().toString();
    const QSignalBlocker block(m_platform);
    m_platform->clear();
    m_platform->addItem(tr("Detect from the header"), QStringLiteral("auto"));
    m_platform->addItem(tr("Taobao / Tmall"), QStringLiteral("taobao"));
    m_platform->addItem(tr("拼多多 (PDD)"), QStringLiteral("pdd"));
    m_platform->addItem(tr("京东 (JD)"), QStringLiteral("jd"));
    for (const QString &p : ColumnMappings::platforms(m_context.database.connection()))
        if (m_platform->findData(p) < 0)
            m_platform->addItem(tr("Mapping: %1").arg(p), p);
    const int at = m_platform->findData(current);
    m_platform->setCurrentIndex(at >= 0 ? at : 0);
}

void ImportDialog::addFiles(const QStringList &paths)
{
    for (const QString &p : paths)
        if (!m_files.contains(p))
            m_files << p;
    replan();
}

void ImportDialog::browse()
{
    const QStringList paths =
        FileChooser::openMany(this, tr("Order exports"), tr("Order exports (*.csv *.txt);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void ImportDialog::editMappings()
{
    ColumnMappingDialog dialog(m_context.database.connection(), this);
    if (!m_files.isEmpty())
        dialog.setSampleFile(m_files.first());
    dialog.exec();
    refreshPlatforms();
    replan();
}

void ImportDialog::replan()
{
    m_units =
        OrderImport::plan(m_context.database.connection(), m_files, m_platform->currentData().toString());
    m_fileList->clear();
    bool anyUsable = false;
    for (const ImportUnit &u : m_units) {
        QString name = QFileInfo(u.path).fileName();
        if (!u.partnerPath.isEmpty())
            name += QStringLiteral(" + ") + QFileInfo(u.partnerPath).fileName();
        auto *item = new QTreeWidgetItem(
            m_fileList, {name, u.platform, u.encoding, u.problem.isEmpty() ? tr("✓ ready") : u.problem});
        item->setToolTip(3, u.problem);
        if (!u.problem.isEmpty())
            item->setForeground(3, QColor(0xb0, 0x20, 0x20));
        anyUsable = anyUsable || u.problem.isEmpty();
    }
    m_importButton->setEnabled(anyUsable && !isRunning());
}

void ImportDialog::startImport()
{
    if (isRunning() || m_units.isEmpty())
        return;
    m_outcomes.clear();
    m_rulesOutcome = {};
    m_inRules = false;
    m_rejected->setRows({});
    m_summary->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Import %p%"));
    m_cancelButton->setText(tr("Cancel import"));
    m_rate->clear();
    restartRate();

    m_thread = new QThread(this);
    m_worker = new ImportWorker(m_context.database.path(), m_context.actor);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::progress, this, &ImportDialog::onProgress);
    connect(m_worker, &ImportWorker::unitStarted, this, [this] {
        m_inRules = false;
        m_summary->setText(tr("Importing…"));
        m_progress->setFormat(tr("Import %p%"));
        m_cancelButton->setText(tr("Cancel import"));
        restartRate();
    });
    connect(m_worker, &ImportWorker::rulesStarted, this, &ImportDialog::onRulesStarted);
    connect(m_worker, &ImportWorker::rulesProgress, this, &ImportDialog::onRulesProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::onFinished);
    m_thread->start();
    const QList<ImportUnit> units = m_units;
    const QString shop = m_shop->text().trimmed();
    m_worker->setNewShopAllowed(m_newShop->isChecked());
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, units, shop] { worker->start(units, shop); }, Qt::QueuedConnection);
    setRunning(true);
}

void ImportDialog::cancelImport()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancelButton->setEnabled(false);
    m_summary->setText(m_inRules ? tr("Stopping the review rules after the batch they are writing…")
                                 : tr("Cancelling: undoing what this file wrote…"));
}

void ImportDialog::restartRate()
{
    m_clock.start();
    m_lastCount = 0;
    m_lastAt = 0;
    m_passStart = 0;
}

void ImportDialog::showRate(qint64 count, const QString &text)
{
    const qint64 now = m_clock.elapsed();
    if (count < m_lastCount) // the order report after the item report: a new pass since the last report
        m_passStart = m_lastAt;
    m_lastCount = count;
    m_lastAt = now;
    const double seconds = std::max<qint64>(1, now - m_passStart) / 1000.0;
    m_rate->setText(text.arg(qRound64(count / seconds)));
}

void ImportDialog::onProgress(qint64 done, qint64 total, qint64 rows)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    showRate(rows, tr("%1 rows, %2 rows/s").arg(rows));
    // What is left before the file is in (on a big file, half a minute): said, so the full bar
    // does not look stuck.
    if (total > 0 && done >= total && m_cancelButton->isEnabled()) // not while a Cancel undoes it
        m_summary->setText(tr("Every row is read. Making the indexes and checking the review rules over "
                              "the new orders…"));
}

void ImportDialog::onRulesStarted()
{
    // The import is committed now: Cancel no longer undoes it, it stops the rules.
    m_inRules = true;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Review rules %p%"));
    m_cancelButton->setText(tr("Stop the rules"));
    m_summary->setText(tr("Imported. Running the review rules over the imported orders…"));
    m_rate->clear();
    restartRate();
    emit rulesPhaseStarted();
}

void ImportDialog::onRulesProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    showRate(done, tr("%1 of %2 orders checked, %3 orders/s").arg(done).arg(total));
}

void ImportDialog::onFinished(const QList<ImportOutcome> &outcomes, const ImportRulesOutcome &rules)
{
    m_outcomes = outcomes;
    m_rulesOutcome = rules;
    m_inRules = false;
    // The worker's thread ends on its own (its connection closes there): the window does not wait
    // for it, which could take a while on a busy machine.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->quit();
    m_ending << m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_progress->setValue(1000);

    QList<RejectedRow> rows;
    for (const ImportOutcome &o : outcomes)
        rows << o.rejected;
    m_rejected->setRows(rows);
    m_rejectedView->resizeColumnsToContents();
    m_summary->setText(summaryText());
    m_newShop->setChecked(false); // a deliberate choice each time
    setRunning(false);
    emit importFinished();
}

QString ImportDialog::summaryText() const
{
    QStringList lines;
    for (const ImportOutcome &o : m_outcomes) {
        const QString name = QFileInfo(o.file).fileName();
        if (!o.error.isEmpty()) {
            lines << tr("%1: %2").arg(name, o.error);
            continue;
        }
        lines << tr("%1 (%2, %3): %4 new, %5 updated, %6 unchanged, %7 skipped, %8 rows rejected.")
                     .arg(name, o.platform, o.encoding)
                     .arg(o.ordersNew)
                     .arg(o.ordersUpdated)
                     .arg(o.ordersUnchanged)
                     .arg(o.ordersSkipped)
                     .arg(o.rejectedCount);
        for (const QString &inference : o.inferences)
            lines << tr("   Inferred: %1").arg(inference);
        for (auto it = o.alsoInOtherShops.cbegin(); it != o.alsoInOtherShops.cend(); ++it)
            lines << tr("   %1 order number(s) of this file were already in shop %2 of the same platform: "
                        "they are now in both. Was the shop right?")
                         .arg(it.value())
                         .arg(it.key());
        if (!o.sameAsEarlier.isEmpty() && o.alsoInOtherShops.isEmpty())
            lines << tr("   This file was imported before (run %1); nothing was duplicated.")
                         .arg(o.sameAsEarlier);
        for (auto it = o.effects.cbegin(); it != o.effects.cend(); ++it)
            lines << QStringLiteral("   %1 × %2").arg(it.value()).arg(OrderImport::effectName(it.key()));
    }
    const ImportRulesOutcome &r = m_rulesOutcome;
    if (r.stopped)
        lines << tr("Review rules stopped after %1 order(s). The import above is kept: it was saved "
                    "before the rules began. Its rules are still owed and run again at the next "
                    "import, when Packline starts, or with Run rules (F5) on the review desk; until "
                    "then some of its orders have no rule flags and no stock check.")
                     .arg(r.checked);
    else if (!r.error.isEmpty())
        lines << tr("Review rules failed (%1). They are still owed and run again at the next import, "
                    "when Packline starts, or with Run rules (F5) on the review desk.")
                     .arg(r.error);
    else if (r.checked > 0)
        lines << tr("Review rules: %1 order(s) checked, %2 flagged.").arg(r.checked).arg(r.flagged);
    return lines.join(u'\n');
}

void ImportDialog::setRunning(bool running)
{
    m_addButton->setEnabled(!running);
    m_clearButton->setEnabled(!running);
    m_mappingButton->setEnabled(!running);
    m_platform->setEnabled(!running);
    m_shop->setEnabled(!running);
    m_newShop->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_cancelButton->setVisible(running);
    m_closeButton->setEnabled(!running);
    bool anyUsable = false;
    for (const ImportUnit &u : m_units)
        anyUsable = anyUsable || u.problem.isEmpty();
    m_importButton->setEnabled(!running && anyUsable);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !isRunning())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addFiles(paths);
    event->acceptProposedAction();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        cancelImport();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}
