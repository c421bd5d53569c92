#pragma once

#include "packing/ScanFeedback.h"

#include <QFrame>
#include <QTimer>

class QLabel;

// The big status area: colour, icon and a word (OK / CHECK / ERROR / STOP) so the meaning never
// rests on colour alone, and the message in large type. flash() is the visual twin of a sound.
class StatusPanel : public QFrame {
    Q_OBJECT
public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void display(ScanFeedback::Tone tone, const QString &message);
    void flash(int times);
    ScanFeedback::Tone tone() const { return m_tone; }
    QString message() const;
    QString word() const;
    bool isFlashing() const { return m_flashesLeft > 0; }

private:
    void applyColours(bool inverted);

    ScanFeedback::Tone m_tone = ScanFeedback::Tone::Neutral;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_message;
    QTimer m_flashTimer;
    int m_flashesLeft = 0;
};
