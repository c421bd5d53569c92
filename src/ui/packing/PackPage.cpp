#include "ui/packing/PackPage.h"

#include "base/AppSettings.h"
#include "db/Database.h"
#include "packing/ScanSession.h"
#include "prepack/PrepackLane.h"
#include "review/BulkResult.h"
#include "review/ReviewActions.h"
#include "ui/AppContext.h"
#include "ui/packing/AlarmCue.h"
#include "ui/packing/PackOutcome.h"
#include "ui/packing/ParcelLinesModel.h"
#include "ui/packing/SkuThumbnails.h"
#include "ui/packing/StatusPanel.h"
#include "ui/packing/TakeoverScreen.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A product picture a packer recognises from a metre away (about 25 mm on a 96-dpi screen).
constexpr int kThumbnailPx = 96;
// Read from a metre away: item lines and counts at 32 px (28 at least), the shift counters larger.
constexpr int kLinePx = 32;
constexpr int kCounterPx = 40;

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

PackPage::PackPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(new ScanSession(context.database.connection(), context.actor, this))
    , m_lane(std::make_unique<PrepackLane>(context.database.connection(), *m_session, context.actor))
    , m_thumbnails(new SkuThumbnails(QSize(kThumbnailPx, kThumbnailPx), this))
    , m_model(new ParcelLinesModel(*m_session, *m_thumbnails, this))
    , m_cue(new AlarmCue(context.settings, this))
    , m_scan(new QLineEdit(this))
    , m_status(new StatusPanel(this))
    , m_parcelLabel(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_lines(new QTableView(this))
    , m_counters(new QLabel(this))
    , m_modes(new QLabel(this))
    , m_work(new QStackedWidget(this))
    , m_normal(new QWidget(m_work))
    , m_takeover(new TakeoverScreen(m_work))
    , m_fastBadge(new QLabel(this))
    , m_hints(new QLabel(this))
{
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setFont(scaled(font(), 2.2, true));
    m_scan->setClearButtonEnabled(false);
    m_scan->installEventFilter(this);
    connect(m_scan, &QLineEdit::returnPressed, this, &PackPage::submitScan);

    m_counters->setObjectName(QStringLiteral("shiftCounters"));
    m_counters->setFont(pixels(font(), kCounterPx, true));
    m_counters->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_modes->setObjectName(QStringLiteral("stationModes"));
    m_modes->setFont(scaled(font(), 1.2));
    m_modes->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Big and unmistakable: in fast mode a label scan ships a parcel without an item scan.
    m_fastBadge->setObjectName(QStringLiteral("fastModeBadge"));
    m_fastBadge->setFont(scaled(font(), 2.0, true));
    m_fastBadge->setAlignment(Qt::AlignCenter);
    m_fastBadge->setStyleSheet(QStringLiteral("QLabel#fastModeBadge { background: #1d3f9e; color: #fff; "
                                              "border-radius: 6px; padding: 6px; }"));
    m_fastBadge->hide();

    m_parcelLabel->setObjectName(QStringLiteral("parcelLabel"));
    m_parcelLabel->setFont(pixels(font(), kLinePx, true));
    m_parcelLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_parcelLabel->setWordWrap(true);

    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_banner->setFont(scaled(font(), 1.8, true));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#messageBanner { background: #fff3b0; color: #000; "
                       "border: 4px solid #f0b400; border-radius: 6px; padding: 10px; }"));
    m_banner->hide();

    m_lines->setModel(m_model);
    m_lines->setObjectName(QStringLiteral("parcelLines"));
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFont(pixels(font(), kLinePx));
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_lines->font()).height() + 22);
    m_lines->setIconSize(QSize(kThumbnailPx, kThumbnailPx));
    m_thumbnails->setBaseDir(QFileInfo(context.database.path()).absolutePath());
    connect(m_thumbnails, &SkuThumbnails::ready, this, &PackPage::fitRows);
    m_lines->horizontalHeader()->setFont(pixels(font(), 24, true));
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ParcelLinesModel::TitleColumn, QHeaderView::Stretch);
    m_lines->setWordWrap(false);
    m_lines->setShowGrid(true);

    m_hints->setObjectName(QStringLiteral("keyHints"));
    m_hints->setFont(scaled(font(), 1.1));
    m_hints->setWordWrap(true);

    auto *counters = new QVBoxLayout;
    counters->setSpacing(0);
    counters->addWidget(m_counters);
    counters->addWidget(m_modes);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scan, 3);
    top->addLayout(counters, 2);
    auto *normal = new QVBoxLayout(m_normal);
    normal->setContentsMargins(0, 0, 0, 0);
    normal->addWidget(m_fastBadge);
    normal->addWidget(m_status);
    normal->addWidget(m_parcelLabel);
    normal->addWidget(m_banner);
    normal->addWidget(m_lines, 1);
    normal->addWidget(m_hints);
    m_work->addWidget(m_normal);
    m_work->addWidget(m_takeover);
    m_work->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_work, 1);
    setObjectName(QStringLiteral("packPage"));

    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_parcelLabel),
                       static_cast<QWidget *>(m_banner), static_cast<QWidget *>(m_counters),
                       static_cast<QWidget *>(m_hints), static_cast<QWidget *>(m_fastBadge),
                       static_cast<QWidget *>(m_modes)})
        w->setFocusPolicy(Qt::NoFocus);

    connect(m_session, &ScanSession::parcelReset, this, &PackPage::refreshParcel);
    connect(m_session, &ScanSession::stateChanged, this, &PackPage::refreshCounters);
    // The visual twin of a sound; not for every item (a blip a second would make the panel flicker).
    connect(m_cue, &AlarmCue::played, this, [this](AlarmCue::Sound s) {
        if (s != AlarmCue::Sound::Item)
            m_status->flash(s == AlarmCue::Sound::Error || s == AlarmCue::Sound::Stop ? 3 : 1);
    });

    m_supervisorPrompt = [this](const QString &orderNo) -> std::optional<SupervisorAnswer> {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Supervisor: lift the hold on %1").arg(orderNo));
        auto *name = new QLineEdit(&dialog);
        auto *reason = new QLineEdit(&dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Supervisor:"), name);
        form->addRow(tr("Why the hold is over:"), reason);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return SupervisorAnswer{name->text(), reason->text()};
    };
    setWeighing(m_context.settings.weighing());
    retranslate();
    present(m_session->last());
}

PackPage::~PackPage() = default;

void PackPage::setFastMode(bool on)
{
    if (m_lane->awaitingSku())
        present(m_lane->abandon()); // the pending label was read under the other mode
    m_lane->setFast(on);
    m_fastBadge->setVisible(on);
    refreshCounters();
}

bool PackPage::fastMode() const
{
    return m_lane->fast();
}

void PackPage::focusScan()
{
    m_scan->setFocus(Qt::OtherFocusReason);
}

void PackPage::setWeighing(bool on)
{
    WeightRule rule = m_session->weightRule();
    rule.required = on;
    m_session->setWeightRule(rule);
    m_context.settings.setWeighing(on);
    refreshCounters();
}

bool PackPage::weighing() const
{
    return m_session->weightRule().required;
}

bool PackPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scan && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_scan->clear();
            present(m_lane->abandon());
            return true;
        }
        if (key->matches(QKeySequence::Undo)) {
            m_scan->clear();
            present(m_session->undo());
            return true;
        }
        if (key->key() == Qt::Key_F2) {
            present(m_session->acknowledge());
            return true;
        }
        if (key->key() == Qt::Key_F12) {
            supervisorRelease();
            return true;
        }
        if (key->key() == Qt::Key_F6) {
            setWeighing(!weighing());
            return true;
        }
        if (key->key() == Qt::Key_F7) {
            setFastMode(!fastMode());
            return true;
        }
    }
    if (watched == m_scan && event->type() == QEvent::FocusOut && isVisible()) {
        // The scanner types into whatever has the focus: keep it here.
        QMetaObject::invokeMethod(this, &PackPage::focusScan, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void PackPage::submitScan()
{
    const QString code = m_scan->text();
    m_scan->clear();
    m_lane->setActor(m_context.actor);
    // The scale set up in Settings (read per scan: QSettings answers from memory).
    const QString prefix = m_context.settings.scalePrefix();
    if (prefix != m_session->weightRule().scalePrefix) {
        WeightRule rule = m_session->weightRule();
        rule.scalePrefix = prefix;
        m_session->setWeightRule(rule);
    }
    present(m_lane->scan(code));
}

void PackPage::present(const ScanFeedback &f)
{
    m_status->display(f.tone, f.message, PackOutcome::look(f));
    if (const auto sound = PackOutcome::sound(f))
        m_cue->play(*sound);
    if (f.line >= 0)
        m_lines->scrollTo(m_model->index(f.line, 0));
    refreshParcel();
    refreshCounters();
    refreshTakeover();
}

bool PackPage::isTakenOver() const
{
    return m_work->currentWidget() == m_takeover;
}

// A STOP owns the station until Enter: the lines are hidden (nothing to pack), the whole page is
// red, and whatever else is scanned or pressed meanwhile leaves it standing.
void PackPage::refreshTakeover()
{
    const bool stopped = m_session->state() == ScanSession::State::Stopped;
    if (stopped) {
        const Parcel &p = m_session->parcel();
        m_takeover->present(
            StatusPanel::Look::Stop, tr("Order %1: %2").arg(p.orderNo, m_session->stopReason()),
            p.stage == Stage::OnHold ? tr("Do not pack. Put it in the exceptions bin, then press Enter. "
                                          "A supervisor can lift the hold: F12.")
                                     : tr("Do not pack. Put it in the exceptions bin, then press Enter."));
    }
    if (stopped == isTakenOver())
        return;
    m_work->setCurrentWidget(stopped ? static_cast<QWidget *>(m_takeover) : m_normal);
    setStyleSheet(stopped ? QStringLiteral("QWidget#packPage { background: %1; } QWidget#packPage > QLabel "
                                           "{ color: %2; }")
                                .arg(StatusPanel::background(StatusPanel::Look::Stop).name(),
                                     StatusPanel::foreground(StatusPanel::Look::Stop).name())
                          : QString());
    setAttribute(Qt::WA_StyledBackground, stopped);
}

void PackPage::supervisorRelease()
{
    if (m_session->state() != ScanSession::State::Stopped)
        return;
    const Parcel parcel = m_session->parcel();
    const QString stopped = tr("Order %1: %2").arg(parcel.orderNo, m_session->stopReason());
    if (parcel.stage != Stage::OnHold) {
        m_takeover->present(StatusPanel::Look::Stop, stopped,
                            tr("Only a hold can be lifted at the bench, not an interception or a "
                               "cancellation. Put it in the exceptions bin, then press Enter."));
        return;
    }
    const std::optional<SupervisorAnswer> answer = m_supervisorPrompt(parcel.orderNo);
    if (!answer)
        return;
    if (answer->name.trimmed().isEmpty() || answer->reason.trimmed().isEmpty()) {
        m_takeover->present(StatusPanel::Look::Stop, stopped,
                            tr("A supervisor gives their name and why the hold is over (F12), or "
                               "put it in the exceptions bin and press Enter."));
        return;
    }
    const Actor supervisor{answer->name.trimmed(), m_context.actor.station};
    const BulkResult r =
        ReviewActions::release(m_context.database.connection(), supervisor, {parcel.orderId}, answer->reason);
    if (r.done != 1) {
        m_takeover->present(StatusPanel::Look::Stop, stopped, r.refusalSummary(1));
        return;
    }
    m_session->acknowledge(); // the STOP is over: open the parcel again, now packable
    m_lane->setActor(m_context.actor);
    present(m_lane->scan(parcel.trackingNo.isEmpty() ? parcel.orderNo : parcel.trackingNo));
}

// Rows with a picture grow to fit it; rows without keep the large-text height.
void PackPage::fitRows()
{
    const int text = m_lines->verticalHeader()->defaultSectionSize();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool picture =
            m_model->index(row, ParcelLinesModel::SkuColumn).data(Qt::DecorationRole).isValid();
        m_lines->setRowHeight(row, picture ? std::max(text, kThumbnailPx + 8) : text);
    }
}

void PackPage::refreshParcel()
{
    fitRows();
    const Parcel &p = m_session->parcel();
    if (m_lane->awaitingSku()) {
        m_parcelLabel->setText(
            tr("Pre-packed order %1 · no box at hand? Scan the label again · Esc: put it back")
                .arg(m_lane->pendingOrderNo()));
        m_banner->hide();
        return;
    }
    if (p.isEmpty()) {
        m_parcelLabel->setText(tr("No parcel on the bench"));
        m_banner->hide();
        return;
    }
    m_parcelLabel->setText(tr("Order %1 · %2 %3 · %4 · %5 / %6 items")
                               .arg(p.orderNo, p.courierName, p.trackingNo, p.buyerNick)
                               .arg(p.itemsScanned())
                               .arg(p.itemsNeeded()));
    QStringList parts;
    if (!p.buyerMessage.isEmpty())
        parts << tr("Buyer message: %1").arg(p.buyerMessage);
    if (!p.sellerMemo.isEmpty())
        parts << tr("Seller memo: %1").arg(p.sellerMemo);
    if (m_session->state() == ScanSession::State::Acknowledge)
        parts << tr("⏎ Press Enter once you have read this.");
    m_banner->setText(parts.join(u'\n'));
    m_banner->setVisible(!parts.isEmpty() && m_session->state() != ScanSession::State::Stopped);
}

void PackPage::refreshCounters()
{
    const ShiftCounters &c = m_session->counters();
    m_counters->setText(tr("%n parcel(s)", nullptr, c.parcels + m_lane->packedCount()) +
                        QStringLiteral(" · ") + tr("%n item(s)", nullptr, c.items) + u'\n' +
                        tr("%n error(s)", nullptr, c.refusedScans) + QStringLiteral(" · ") +
                        tr("%n stop(s)", nullptr, c.stops));
    m_counters->setToolTip(tr("This shift"));
    QString modes = weighing() ? tr("Weighing: on (F6)") : tr("Weighing: off (F6)");
    modes += QStringLiteral(" · ") + (fastMode() ? tr("Fast mode: on (F7)") : tr("Fast mode: off (F7)"));
    if (m_session->pendingQuantity() > 1)
        modes = tr("Next scan × %1").arg(m_session->pendingQuantity()) + QStringLiteral(" · ") + modes;
    m_modes->setText(modes);
    if (!m_session->parcel().isEmpty())
        refreshParcel();
}

void PackPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PackPage::retranslate()
{
    m_scan->setPlaceholderText(tr("Scan tracking no., order no., slot or item…"));
    m_hints->setText(tr("Enter: scan  ·  Enter on empty: confirm message / STOP  ·  Esc: put parcel back  ·  "
                        "Ctrl+Z: undo  ·  *6 then scan: six at once  ·  F6: weighing  ·  F7: fast mode  ·  "
                        "F9: handover  ·  F11: full screen"));
    m_fastBadge->setText(tr("» FAST MODE — the label alone packs a pre-packed order (F7 to turn off)"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, ParcelLinesModel::ColumnCount - 1);
    refreshParcel();
    refreshCounters();
}
