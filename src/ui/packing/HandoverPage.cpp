#include "ui/packing/HandoverPage.h"

#include "base/AppSettings.h"
#include "base/Error.h"
#include "base/PrivateFiles.h"
#include "db/Database.h"
#include "packing/Handover.h"
#include "packing/ManifestRenderer.h"
#include "printing/PageSink.h"
#include "printing/PrinterChoice.h"
#include "printing/SpooledDocument.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/packing/AlarmCue.h"
#include "ui/packing/StatusPanel.h"
#include "ui/packing/TakeoverScreen.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
using Tone = ScanFeedback::Tone;

QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QFont pixels(const QFont &base, int px, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}
} // namespace

HandoverPage::HandoverPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_cue(new AlarmCue(context.settings, this))
    , m_scan(new QLineEdit(this))
    , m_status(new StatusPanel(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_hints(new QLabel(this))
    , m_work(new QStackedWidget(this))
    , m_normal(new QWidget(m_work))
    , m_takeover(new TakeoverScreen(m_work))
    , m_manifestFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                       QStringLiteral("/Packline/manifests"))
    , m_manifestWatch(new QTimer(this))
{
    m_manifestWatch->setInterval(500);
    connect(m_manifestWatch, &QTimer::timeout, this, &HandoverPage::watchManifest);
    m_scan->setObjectName(QStringLiteral("handoverScanField"));
    m_scan->setFont(scaled(font(), 2.2, true));
    m_scan->installEventFilter(this);
    connect(m_scan, &QLineEdit::returnPressed, this, &HandoverPage::submitScan);
    m_heading->setObjectName(QStringLiteral("handoverHeading"));
    m_heading->setFont(pixels(font(), 40, true)); // the courier and the count, read from the cart
    m_heading->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFont(pixels(font(), 28));
    m_table->horizontalHeader()->setFont(pixels(font(), 22, true));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + 12);
    // Full width: the columns share the page, the tracking number gets the most.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_hints->setFont(scaled(font(), 1.1));
    m_hints->setWordWrap(true);
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_heading),
                       static_cast<QWidget *>(m_hints), static_cast<QWidget *>(m_work)})
        w->setFocusPolicy(Qt::NoFocus);

    auto *normal = new QVBoxLayout(m_normal);
    normal->setContentsMargins(0, 0, 0, 0);
    normal->addWidget(m_status);
    normal->addWidget(m_heading);
    normal->addWidget(m_table, 1);
    normal->addWidget(m_hints);
    m_work->addWidget(m_normal);
    m_work->addWidget(m_takeover);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scan);
    layout->addWidget(m_work, 1);
    connect(m_cue, &AlarmCue::played, this, [this](AlarmCue::Sound s) {
        m_status->flash(s == AlarmCue::Sound::Error || s == AlarmCue::Sound::Stop ? 3 : 1);
    });

    m_couriers = Couriers::active(m_context.database.connection());
    retranslate();
    if (!m_couriers.isEmpty())
        setCourier(m_couriers.first().code);
}

void HandoverPage::focusScan()
{
    m_scan->setFocus(Qt::OtherFocusReason);
}

void HandoverPage::setCourier(const QString &code)
{
    m_courier = code;
    m_batchId = 0;
    // Show the open batch of this courier if there is one; a new one is opened on the first scan.
    for (const HandoverBatch &b : Handover::openBatches(m_context.database.connection()))
        if (b.courierCode == code) {
            m_batchId = b.id;
            break;
        }
    reload();
    m_status->display(Tone::Neutral,
                      tr("Courier %1: scan the parcels going on this cart.").arg(courierName()));
}

void HandoverPage::stepCourier(int delta)
{
    if (m_couriers.isEmpty())
        return;
    int i = 0;
    while (i < m_couriers.size() && m_couriers[i].code != m_courier)
        ++i;
    i = (i + delta + int(m_couriers.size())) % int(m_couriers.size());
    setCourier(m_couriers[i].code);
}

void HandoverPage::reload()
{
    QString name = m_courier;
    for (const auto &[code, n] : std::as_const(m_couriers))
        if (code == m_courier)
            name = n;
    std::optional<HandoverBatch> batch;
    if (m_batchId > 0)
        batch = Handover::load(m_context.database.connection(), m_batchId);
    if (batch && batch->state != HandoverState::Open)
        batch.reset(); // shipped from another station
    const auto &parcels = batch ? batch->parcels : QList<HandoverParcel>();
    m_heading->setText(batch ? tr("%1 · batch %2", nullptr).arg(name).arg(batch->id) + QStringLiteral(" · ") +
                                   tr("%n parcel(s)", nullptr, int(parcels.size())) + QStringLiteral(" · ") +
                                   tr("%n item(s)", nullptr, batch->totalItems())
                             : tr("%1 · no open batch yet").arg(name));
    m_table->setRowCount(int(parcels.size()));
    for (int r = 0; r < parcels.size(); ++r) {
        const HandoverParcel &p = parcels[r];
        const QStringList cells{QString::number(r + 1),
                                p.trackingNo,
                                p.orderNo,
                                p.city,
                                QString::number(p.items),
                                p.weightGrams > 0 ? QString::number(p.weightGrams) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (!parcels.isEmpty())
        m_table->scrollToBottom();
    m_table->resizeColumnsToContents();
}

bool HandoverPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scan && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown) {
            stepCourier(key->key() == Qt::Key_PageDown ? 1 : -1);
            return true;
        }
        if (key->matches(QKeySequence::Save)) {
            saveManifest();
            return true;
        }
        if (key->matches(QKeySequence::Print)) {
            printManifest();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            shipBatch();
            return true;
        }
    }
    if (watched == m_scan && event->type() == QEvent::FocusOut && isVisible())
        QMetaObject::invokeMethod(this, &HandoverPage::focusScan, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void HandoverPage::submitScan()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    if (isTakenOver()) {
        if (code.isEmpty())
            dismissTakeover(); // Enter: the parcel is off the cart
        else
            m_cue->play(m_takeover->look() == StatusPanel::Look::Stop ? AlarmCue::Sound::Stop
                                                                      : AlarmCue::Sound::WrongCourier);
        return;
    }
    if (code.isEmpty())
        return;
    const QSqlDatabase db = m_context.database.connection();
    try {
        for (const auto &c : std::as_const(m_couriers))
            if (code.compare(c.code, Qt::CaseInsensitive) == 0) {
                setCourier(c.code);
                return;
            }
        if (code.startsWith(u'-')) {
            const Result<> r = Handover::remove(db, m_context.actor, m_batchId, code.mid(1));
            reload();
            m_status->display(r ? Tone::Warning : Tone::Error,
                              r ? tr("Taken off the batch: %1").arg(code.mid(1)) : r.message);
            if (!r)
                m_cue->play(AlarmCue::Sound::Error);
            return;
        }
        if (m_batchId == 0)
            m_batchId = Handover::openFor(db, m_context.actor, m_courier);
        const HandoverScan s = Handover::add(db, m_context.actor, m_batchId, code);
        reload();
        switch (s.kind) {
        case HandoverScan::Kind::Added:
            m_status->display(Tone::Good, s.message);
            m_cue->play(AlarmCue::Sound::Item);
            break;
        case HandoverScan::Kind::AlreadyIn:
            m_status->display(Tone::Warning, s.message);
            m_cue->play(AlarmCue::Sound::Attention);
            break;
        case HandoverScan::Kind::Stop:
        case HandoverScan::Kind::WrongCourier:
            takeOver(s);
            break;
        default:
            m_status->display(Tone::Error, s.message);
            m_cue->play(AlarmCue::Sound::Error);
            break;
        }
    } catch (const Error &e) {
        m_status->display(Tone::Error, e.message());
        m_cue->play(AlarmCue::Sound::Error);
    }
}

HandoverPage::~HandoverPage() = default;

bool HandoverPage::isTakenOver() const
{
    return m_work->currentWidget() == m_takeover;
}

// As loud as a STOP at the bench: the parcel in the hand must not go on this cart.
void HandoverPage::takeOver(const HandoverScan &s)
{
    const bool stop = s.kind == HandoverScan::Kind::Stop;
    const StatusPanel::Look look = stop ? StatusPanel::Look::Stop : StatusPanel::Look::WrongCourier;
    m_status->display(stop ? Tone::Stop : Tone::Error, s.message, look);
    m_takeover->present(
        look, stop ? s.message : tr("This parcel goes with %1, not %2.").arg(s.parcelCourier, courierName()),
        stop ? tr("Keep it off the cart, give it to the supervisor, then press Enter.")
             : tr("Put it on the %1 cart, then press Enter.").arg(s.parcelCourier));
    m_work->setCurrentWidget(m_takeover);
    m_cue->play(stop ? AlarmCue::Sound::Stop : AlarmCue::Sound::WrongCourier);
}

void HandoverPage::dismissTakeover()
{
    m_work->setCurrentWidget(m_normal);
    m_status->display(Tone::Neutral, tr("Courier %1: scan the parcels going on this cart.").arg(m_courier));
}

QString HandoverPage::courierName() const
{
    for (const auto &[code, name] : m_couriers)
        if (code == m_courier)
            return name;
    return m_courier;
}

QString HandoverPage::saveManifest()
{
    const auto batch =
        m_batchId > 0 ? Handover::load(m_context.database.connection(), m_batchId) : std::nullopt;
    if (!batch || batch->parcels.isEmpty()) {
        m_status->display(Tone::Warning, tr("Nothing to print: the batch is empty."));
        return {};
    }
    PrivateFiles::makeFolders(m_manifestFolder); // manifests list buyers: 0700
    const QString path =
        m_manifestFolder + QStringLiteral("/handover-%1-%2.pdf").arg(batch->id).arg(batch->courierCode);
    try {
        ManifestRenderer::writePdf(*batch, path);
    } catch (const Error &e) {
        m_status->display(Tone::Error, e.message());
        m_cue->play(AlarmCue::Sound::Error);
        return {};
    }
    m_status->display(Tone::Good, tr("Manifest saved: %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

void HandoverPage::printManifest()
{
    PrinterChoice choice(m_context.settings.raw());
    const QStringList printers = PageSinks::availablePrinters();
    if (printers.isEmpty()) {
        m_status->display(Tone::Warning,
                          tr("No printer is set up on the print server: save the manifest as PDF (Ctrl+S)."));
        return;
    }
    const QString last = choice.printer(QStringLiteral("manifest"));
    const std::optional<QString> printer = MessageBox::askItem(
        this, tr("Print manifest"), tr("Printer:"), printers, std::max<qsizetype>(0, printers.indexOf(last)));
    if (!printer || printer->isEmpty())
        return;
    choice.set(QStringLiteral("manifest"), *printer, choice.backup(QStringLiteral("manifest")));
    printManifestTo(*printer);
}

bool HandoverPage::printManifestTo(const QString &printer)
{
    const auto batch =
        m_batchId > 0 ? Handover::load(m_context.database.connection(), m_batchId) : std::nullopt;
    if (!batch || batch->parcels.isEmpty()) {
        m_status->display(Tone::Warning, tr("Nothing to print: the batch is empty."));
        return false;
    }
    m_manifestWatch->stop();
    m_manifestJob = std::make_unique<SpooledDocument>();
    if (!m_manifestJob->print(printer, tr("Handover manifest %1").arg(batch->id),
                              [&](QPdfWriter &writer) { ManifestRenderer::render(*batch, writer); })) {
        m_status->display(Tone::Error, tr("The manifest was not printed: %1").arg(m_manifestJob->message()));
        m_cue->play(AlarmCue::Sound::Error);
        return false;
    }
    // Handed over is not printed: the panel says so until CUPS reports the job done.
    m_status->display(Tone::Warning, tr("Manifest: %1").arg(m_manifestJob->message()));
    m_manifestWatch->start();
    return true;
}

void HandoverPage::watchManifest()
{
    if (!m_manifestJob)
        return m_manifestWatch->stop();
    switch (m_manifestJob->poll()) {
    case SpooledDocument::State::Waiting:
        m_status->display(Tone::Warning, tr("Manifest: %1").arg(m_manifestJob->message()));
        return;
    case SpooledDocument::State::Printed:
        m_status->display(Tone::Good, tr("Manifest printed: %1").arg(m_manifestJob->message()));
        break;
    case SpooledDocument::State::Failed:
        m_status->display(Tone::Error, tr("The manifest did not print: %1 Print it again (Ctrl+P) or save it "
                                          "as PDF (Ctrl+S).")
                                           .arg(m_manifestJob->message()));
        m_cue->play(AlarmCue::Sound::Error);
        break;
    }
    m_manifestWatch->stop();
}

void HandoverPage::shipBatch()
{
    const QSqlDatabase db = m_context.database.connection();
    const int count = m_batchId > 0 ? Handover::parcelCount(db, m_batchId) : 0;
    if (count == 0) {
        m_status->display(Tone::Warning, tr("The batch is empty: scan parcels into it first."));
        return;
    }
    if (MessageBox::question(this, tr("Hand over"),
                             tr("Mark the %n parcel(s) of batch %1 as shipped with %2?", nullptr, count)
                                 .arg(m_batchId)
                                 .arg(courierName())) != QMessageBox::Yes)
        return;
    try {
        const Result<> r = Handover::ship(db, m_context.actor, m_batchId);
        if (!r) {
            m_status->display(Tone::Stop, r.message);
            m_cue->play(AlarmCue::Sound::Error);
            return;
        }
        const qint64 shipped = m_batchId;
        m_batchId = 0;
        reload();
        m_status->display(Tone::Good, tr("Batch %1 shipped: %n parcel(s) handed to %2.", nullptr, count)
                                          .arg(shipped)
                                          .arg(courierName()));
        m_cue->play(AlarmCue::Sound::Packed);
    } catch (const Error &e) {
        m_status->display(Tone::Error, e.message());
        m_cue->play(AlarmCue::Sound::Error);
    }
}

void HandoverPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HandoverPage::retranslate()
{
    m_scan->setPlaceholderText(tr("Scan a parcel's tracking number, or a courier code…"));
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Tracking no."), tr("Order no."), tr("City"), tr("Items"), tr("Weight g")});
    m_hints->setText(
        tr("Enter: add parcel  ·  -CODE: take it off  ·  PgUp/PgDn or scan ZTO/YTO…: courier  ·  "
           "Ctrl+S: save manifest PDF  ·  Ctrl+P: print manifest  ·  Ctrl+Enter: mark all shipped  ·  "
           "F8: pack"));
    if (!m_courier.isEmpty())
        reload();
}
