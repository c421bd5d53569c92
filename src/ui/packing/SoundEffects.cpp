#include "ui/packing/SoundEffects.h"

#include <QSoundEffect>
#include <QUrl>

SoundEffects::SoundEffects() = default;

SoundEffects::~SoundEffects()
{
    qDeleteAll(m_effects);
}

QSoundEffect *SoundEffects::effect(const QString &resource)
{
    QSoundEffect *&e = m_effects[resource];
    if (!e) {
        e = new QSoundEffect;
        e->setSource(QUrl(QStringLiteral("qrc") + resource));
    }
    return e;
}

void SoundEffects::play(const QString &resource, double volume)
{
    QSoundEffect *e = effect(resource);
    e->setVolume(volume);
    e->stop(); // a new scan cuts the previous sound of the same kind short
    e->play();
}
