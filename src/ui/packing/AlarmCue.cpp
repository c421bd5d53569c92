#include "ui/packing/AlarmCue.h"

#include <QApplication>
#include <QTimer>

void AlarmCue::play(Sound sound) {
    if (m_enabled) {
        QApplication::beep();
        if (sound == Sound::Error) {
            QTimer::singleShot(180, this, [] { QApplication::beep(); });
            QTimer::singleShot(360, this, [] { QApplication::beep(); });
        }
    }
    emit played(sound);
}
