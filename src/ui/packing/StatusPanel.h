#pragma once

#include "packing/ScanFeedback.h"

#include <QColor>
#include <QFrame>
#include <QTimer>

class QLabel;

// The big status area: colour, icon and a word so the meaning never rests on colour alone, and
// the message in large type. Every outcome has its own look: an item accepted (pale green) is not
// a parcel finished (deep green), "already packed" (indigo) is not a warning (amber), a wrong scan
// (orange) is not a STOP (red, used by nothing else; PackPage turns the whole station red).
// flash() is the visual twin of a sound.
class StatusPanel : public QFrame {
    Q_OBJECT
public:
    enum class Look {
        FromTone, // the look of the tone given with it
        Ready,
        ScanItems,
        Good,
        ItemOk,
        Packed,
        Check,
        AlreadyPacked,
        Error,
        Wrong,
        Stop,
        WrongCourier,
    };
    Q_ENUM(Look)

    explicit StatusPanel(QWidget *parent = nullptr);

    void display(ScanFeedback::Tone tone, const QString &message, Look look = Look::FromTone);
    void flash(int times);
    ScanFeedback::Tone tone() const { return m_tone; }
    Look look() const { return m_look; }
    QString message() const;
    QString word() const;
    bool isFlashing() const { return m_flashesLeft > 0; }
    QLabel *symbolLabel() const { return m_icon; }
    QLabel *wordLabel() const { return m_word; }

    static QList<Look> looks();
    static QColor background(Look look);
    static QColor foreground(Look look);
    static QString wordOf(Look look);
    static Look lookOf(ScanFeedback::Tone tone);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static constexpr int kMinimumHeight = 150;
    void applyColours(bool inverted);
    void fitHeight();

    ScanFeedback::Tone m_tone = ScanFeedback::Tone::Neutral;
    Look m_look = Look::Ready;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_message;
    QTimer m_flashTimer;
    int m_flashesLeft = 0;
};
