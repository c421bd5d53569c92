#include "ui/packing/AlarmCue.h"

#include "base/AppSettings.h"
#include "ui/packing/SoundEffects.h"

#include <QGuiApplication>

AlarmCue::AlarmCue(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

AlarmCue::~AlarmCue() = default;

void AlarmCue::setOutput(std::unique_ptr<SoundOutput> output)
{
    m_output = std::move(output);
    m_outputChosen = true;
}

QList<AlarmCue::Sound> AlarmCue::all()
{
    return {Sound::Item,  Sound::Packed, Sound::Attention,   Sound::AlreadyPacked,
            Sound::Error, Sound::Stop,   Sound::WrongCourier};
}

QString AlarmCue::resource(Sound sound)
{
    switch (sound) {
    case Sound::Item:
        return QStringLiteral(":/sounds/item.wav");
    case Sound::Packed:
        return QStringLiteral(":/sounds/packed.wav");
    case Sound::Attention:
        return QStringLiteral(":/sounds/attention.wav");
    case Sound::AlreadyPacked:
        return QStringLiteral(":/sounds/already_packed.wav");
    case Sound::Error:
        return QStringLiteral(":/sounds/error.wav");
    case Sound::Stop:
        return QStringLiteral(":/sounds/stop.wav");
    case Sound::WrongCourier:
        return QStringLiteral(":/sounds/wrong_courier.wav");
    }
    return {};
}

QString AlarmCue::meaning(Sound sound)
{
    switch (sound) {
    case Sound::Item:
        return tr("Short blip: item accepted");
    case Sound::Packed:
        return tr("Rising chord: parcel finished and packed");
    case Sound::Attention:
        return tr("Ding-dong: read the buyer message or memo first");
    case Sound::AlreadyPacked:
        return tr("Two knocks: this order is already packed");
    case Sound::Error:
        return tr("Low double buzz: wrong item, too many or unknown code");
    case Sound::Stop:
        return tr("Siren: STOP, put the parcel in the exceptions bin");
    case Sound::WrongCourier:
        return tr("Falling notes: parcel for another courier");
    }
    return {};
}

void AlarmCue::play(Sound sound)
{
    emit played(sound);
    if (!m_settings.soundOn() || m_settings.soundVolume() == 0)
        return;
    if (!m_outputChosen) {
        // Offscreen (tests, CI) has no one to hear it: no audio device is opened.
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            m_output = std::make_unique<SoundEffects>();
        m_outputChosen = true;
    }
    if (m_output)
        m_output->play(resource(sound), m_settings.soundVolume() / 100.0);
}
