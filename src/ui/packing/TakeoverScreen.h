#pragma once

#include "ui/packing/StatusPanel.h"

#include <QFrame>

class QLabel;

// What fills the station when a parcel must not go on: STOP (intercepted, cancelled, held) at the
// pack bench, a parcel on the wrong courier's cart at handover. One colour over the whole area, the
// word at 160 px, the reason and what to do in large type, and nothing else to read.
class TakeoverScreen : public QFrame {
    Q_OBJECT
public:
    explicit TakeoverScreen(QWidget *parent = nullptr);

    // look gives the colour and the word (StatusPanel::wordOf); reason and instruction below it.
    void present(StatusPanel::Look look, const QString &reason, const QString &instruction);
    StatusPanel::Look look() const { return m_look; }
    QLabel *wordLabel() const { return m_word; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *instructionLabel() const { return m_instruction; }

private:
    StatusPanel::Look m_look = StatusPanel::Look::Stop;
    QLabel *m_word;
    QLabel *m_reason;
    QLabel *m_instruction;
};
