#pragma once

#include <QObject>

// The pack station's sounds. Qt Multimedia is not among our dependencies (Debian's
// qt6-multimedia-dev would pull GStreamer into every station), so the cue is the system bell:
// one beep for packed, three for an error or STOP. Every sound has a visual twin in the
// StatusPanel (a colour flash with an icon and a word), which is what a noisy floor relies on.
class AlarmCue : public QObject {
    Q_OBJECT
public:
    enum class Sound { Success, Error };
    Q_ENUM(Sound)

    using QObject::QObject;
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    void play(Sound sound);

signals:
    void played(AlarmCue::Sound sound); // tests and the visual twin listen here

private:
    bool m_enabled = true;
};
