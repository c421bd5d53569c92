#pragma once

#include "ui/packing/SoundOutput.h"

#include <QHash>

class QSoundEffect;

// Plays short WAV resources through Qt Multimedia's QSoundEffect: each file is decoded once,
// on first use, and kept, so a sound starts within a few milliseconds of the scan.
class SoundEffects : public SoundOutput {
public:
    SoundEffects();
    ~SoundEffects() override;
    void play(const QString &resource, double volume) override;
    // The effect for a resource (created and loading on first call).
    QSoundEffect *effect(const QString &resource);

private:
    QHash<QString, QSoundEffect *> m_effects;
};
