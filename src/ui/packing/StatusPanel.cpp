#include "ui/packing/StatusPanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace {
using Tone = ScanFeedback::Tone;

struct Look {
    const char *background;
    const char *foreground;
    QStyle::StandardPixmap icon;
};

Look lookOf(Tone tone) {
    switch (tone) {
    case Tone::Good:
        return {"#1f8a3b", "#ffffff", QStyle::SP_DialogApplyButton};
    case Tone::Warning:
        return {"#f0b400", "#000000", QStyle::SP_MessageBoxWarning};
    case Tone::Error:
        return {"#c62828", "#ffffff", QStyle::SP_MessageBoxCritical};
    case Tone::Stop:
        return {"#8e0000", "#ffffff", QStyle::SP_BrowserStop};
    case Tone::Neutral:
        break;
    }
    return {"#37474f", "#ffffff", QStyle::SP_MessageBoxInformation};
}
} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_word(new QLabel(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("statusPanel"));
    setFocusPolicy(Qt::NoFocus);
    setAutoFillBackground(true);
    setMinimumHeight(150);
    QFont wordFont = font();
    wordFont.setPointSizeF(wordFont.pointSizeF() * 3.0);
    wordFont.setBold(true);
    m_word->setFont(wordFont);
    m_word->setObjectName(QStringLiteral("statusWord"));
    QFont messageFont = font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 2.0);
    messageFont.setBold(true);
    m_message->setFont(messageFont);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("statusMessage"));

    auto *words = new QVBoxLayout;
    words->addWidget(m_word);
    words->addWidget(m_message, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);

    m_flashTimer.setInterval(140);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        --m_flashesLeft;
        applyColours(m_flashesLeft % 2 == 1);
        if (m_flashesLeft <= 0)
            m_flashTimer.stop();
    });
    display(Tone::Neutral, QString());
}

void StatusPanel::display(Tone tone, const QString &message) {
    m_tone = tone;
    m_flashesLeft = 0;
    m_flashTimer.stop();
    m_word->setText(word());
    m_message->setText(message);
    m_icon->setPixmap(style()->standardIcon(lookOf(tone).icon).pixmap(96, 96));
    applyColours(false);
}

QString StatusPanel::word() const {
    switch (m_tone) {
    case Tone::Good:
        return tr("OK");
    case Tone::Warning:
        return tr("CHECK");
    case Tone::Error:
        return tr("ERROR");
    case Tone::Stop:
        return tr("STOP");
    case Tone::Neutral:
        break;
    }
    return tr("READY");
}

QString StatusPanel::message() const {
    return m_message->text();
}

void StatusPanel::flash(int times) {
    m_flashesLeft = times * 2;
    m_flashTimer.start();
    applyColours(true);
}

void StatusPanel::applyColours(bool inverted) {
    const Look look = lookOf(m_tone);
    const char *bg = inverted ? look.foreground : look.background;
    const char *fg = inverted ? look.background : look.foreground;
    setStyleSheet(QStringLiteral("QFrame#statusPanel { background: %1; border-radius: 8px; } "
                                 "QFrame#statusPanel QLabel { color: %2; background: transparent; }")
                      .arg(QLatin1String(bg), QLatin1String(fg)));
}
