#pragma once

#include <QString>

// Where a sound goes: the speakers (SoundEffects) or nowhere. A seam so the pack station's
// logic never waits for, or needs, an audio device.
class SoundOutput {
public:
    virtual ~SoundOutput() = default;
    // resource: a WAV in the resources (":/sounds/item.wav"); volume 0.0–1.0.
    virtual void play(const QString &resource, double volume) = 0;
};
