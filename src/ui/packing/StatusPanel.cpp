#include "ui/packing/StatusPanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
using Tone = ScanFeedback::Tone;
using Look = StatusPanel::Look;

struct Style {
    QRgb background;
    QRgb foreground;
    const char16_t *symbol; // drawn in the word's type, from glyphs the Latin and CJK fonts both have
};

// One colour per look; red belongs to STOP alone.
Style styleOf(Look look)
{
    switch (look) {
    case Look::ScanItems:
        return {0x1565c0, 0xffffff, u"▼"};
    case Look::Good:
        return {0x1f8a3b, 0xffffff, u"✓"};
    case Look::ItemOk:
        return {0xd7f5da, 0x0b3d17, u"✓"};
    case Look::Packed:
        return {0x0b5d1e, 0xffffff, u"✓"};
    case Look::Check:
        return {0xf0b400, 0x000000, u"⚠"};
    case Look::AlreadyPacked:
        return {0x283593, 0xffffff, u"◆"};
    case Look::Error:
    case Look::Wrong:
        return {0xef6c00, 0x000000, u"×"};
    case Look::Stop:
        return {0xc62828, 0xffffff, u"■"};
    case Look::WrongCourier:
        return {0x6a1b9a, 0xffffff, u"←"};
    case Look::FromTone:
    case Look::Ready:
        break;
    }
    return {0x37474f, 0xffffff, u"●"};
}
} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_word(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("statusPanel"));
    setFocusPolicy(Qt::NoFocus);
    setAutoFillBackground(true);
    setMinimumHeight(kMinimumHeight);
    QFont wordFont = font();
    wordFont.setPixelSize(56);
    wordFont.setBold(true);
    m_word->setFont(wordFont);
    m_icon->setFont(wordFont);
    m_icon->setObjectName(QStringLiteral("statusSymbol"));
    m_word->setObjectName(QStringLiteral("statusWord"));
    QFont messageFont = font();
    messageFont.setPixelSize(32);
    messageFont.setBold(true);
    m_message->setFont(messageFont);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("statusMessage"));

    // The symbol stands before the word, in its type and on its line: nothing overlaps the corner.
    auto *head = new QHBoxLayout;
    head->setSpacing(16);
    head->addWidget(m_icon);
    head->addWidget(m_word, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addLayout(head);
    layout->addWidget(m_message, 1);

    m_flashTimer.setInterval(140);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        --m_flashesLeft;
        applyColours(m_flashesLeft % 2 == 1);
        if (m_flashesLeft <= 0)
            m_flashTimer.stop();
    });
    display(Tone::Neutral, QString());
}

QList<StatusPanel::Look> StatusPanel::looks()
{
    return {Look::Ready,         Look::ScanItems, Look::Good,  Look::ItemOk, Look::Packed,      Look::Check,
            Look::AlreadyPacked, Look::Error,     Look::Wrong, Look::Stop,   Look::WrongCourier};
}

QColor StatusPanel::background(Look look)
{
    return QColor::fromRgb(styleOf(look).background);
}

QColor StatusPanel::foreground(Look look)
{
    return QColor::fromRgb(styleOf(look).foreground);
}

StatusPanel::Look StatusPanel::lookOf(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return Look::Good;
    case Tone::Warning:
        return Look::Check;
    case Tone::Error:
        return Look::Error;
    case Tone::Stop:
        return Look::Stop;
    case Tone::Neutral:
        break;
    }
    return Look::Ready;
}

void StatusPanel::display(Tone tone, const QString &message, Look look)
{
    m_tone = tone;
    m_look = look == Look::FromTone ? lookOf(tone) : look;
    m_flashesLeft = 0;
    m_flashTimer.stop();
    m_word->setText(word());
    m_message->setText(message);
    m_icon->setText(QString::fromUtf16(styleOf(m_look).symbol));
    applyColours(false);
    fitHeight();
}

// As tall as the word and the whole message need at this width (a long message wraps to a second
// or third line), never less than the panel's usual height.
void StatusPanel::fitHeight()
{
    // Hidden, or not yet laid out at its real width: the usual height (a narrow guess would ask
    // the whole window for hundreds of pixels).
    if (!isVisible() || width() < kMinimumHeight * 2) {
        setMinimumHeight(kMinimumHeight);
        return;
    }
    setMinimumHeight(std::max(kMinimumHeight, layout()->totalHeightForWidth(width())));
}

void StatusPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

void StatusPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    fitHeight();
}

void StatusPanel::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    setMinimumHeight(kMinimumHeight); // a hidden station asks nothing of the window
}

QString StatusPanel::wordOf(Look look)
{
    switch (look) {
    case Look::ScanItems:
        return tr("SCAN ITEMS");
    case Look::Good:
        return tr("OK");
    case Look::ItemOk:
        return tr("ITEM OK");
    case Look::Packed:
        return tr("PACKED");
    case Look::Check:
        return tr("CHECK");
    case Look::AlreadyPacked:
        return tr("ALREADY PACKED");
    case Look::Error:
        return tr("ERROR");
    case Look::Wrong:
        return tr("WRONG");
    case Look::Stop:
        return tr("STOP");
    case Look::WrongCourier:
        return tr("WRONG COURIER");
    case Look::FromTone:
    case Look::Ready:
        break;
    }
    return tr("READY");
}

QString StatusPanel::word() const
{
    return wordOf(m_look);
}

QString StatusPanel::message() const
{
    return m_message->text();
}

void StatusPanel::flash(int times)
{
    m_flashesLeft = times * 2;
    m_flashTimer.start();
    applyColours(true);
}

void StatusPanel::applyColours(bool inverted)
{
    const QColor bg = inverted ? foreground(m_look) : background(m_look);
    const QColor fg = inverted ? background(m_look) : foreground(m_look);
    setStyleSheet(QStringLiteral("QFrame#statusPanel { background: %1; border-radius: 8px; } "
                                 "QFrame#statusPanel QLabel { color: %2; background: transparent; }")
                      .arg(bg.name(), fg.name()));
}
