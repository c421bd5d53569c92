#include "ui/packing/TakeoverScreen.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
QFont pixels(const QFont &base, int px)
{
    QFont f = base;
    f.setPixelSize(px);
    f.setBold(true);
    return f;
}
} // namespace

TakeoverScreen::TakeoverScreen(QWidget *parent)
    : QFrame(parent)
    , m_word(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_instruction(new QLabel(this))
{
    setObjectName(QStringLiteral("takeoverScreen"));
    setFocusPolicy(Qt::NoFocus);
    m_word->setObjectName(QStringLiteral("takeoverWord"));
    m_word->setFont(pixels(font(), 160)); // readable across the packing area
    m_reason->setObjectName(QStringLiteral("takeoverReason"));
    m_reason->setFont(pixels(font(), 56));
    m_instruction->setObjectName(QStringLiteral("takeoverInstruction"));
    m_instruction->setFont(pixels(font(), 40));
    for (QLabel *l : {m_word, m_reason, m_instruction}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setFocusPolicy(Qt::NoFocus);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(m_word);
    layout->addSpacing(16);
    layout->addWidget(m_reason);
    layout->addSpacing(24);
    layout->addWidget(m_instruction);
    layout->addStretch(1);
    present(StatusPanel::Look::Stop, QString(), QString());
}

void TakeoverScreen::present(StatusPanel::Look look, const QString &reason, const QString &instruction)
{
    m_look = look;
    m_word->setText(StatusPanel::wordOf(look));
    m_reason->setText(reason);
    m_instruction->setText(instruction);
    setStyleSheet(QStringLiteral("QFrame#takeoverScreen { background: %1; border: 12px solid %2; } "
                                 "QFrame#takeoverScreen QLabel { color: %2; background: transparent; }")
                      .arg(StatusPanel::background(look).name(), StatusPanel::foreground(look).name()));
}
