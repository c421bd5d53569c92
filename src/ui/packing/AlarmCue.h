#pragma once

#include <QObject>
#include <memory>

class AppSettings;
class SoundOutput;

// The pack station's sounds, one per outcome so a packer hears what happened without looking:
// a blip for an item, a rising chord for a finished parcel, a ding-dong for a message to read, two
// knocks for "already packed", a low double buzz for a wrong scan, a siren for STOP and a falling
// run for a parcel on the wrong courier's cart. Short WAVs (resources/sounds, made by
// scripts/make-sounds.py) played through Qt Multimedia; on/off and volume come from Settings.
// played() is the seam tests and the visual twin (StatusPanel::flash) listen to: it is emitted
// for every sound asked for, whether or not a speaker plays it.
class AlarmCue : public QObject {
    Q_OBJECT
public:
    enum class Sound { Item, Packed, Attention, AlreadyPacked, Error, Stop, WrongCourier };
    Q_ENUM(Sound)

    explicit AlarmCue(AppSettings &settings, QObject *parent = nullptr);
    ~AlarmCue() override;

    void play(Sound sound);
    // The resource a sound plays (":/sounds/item.wav"…).
    static QString resource(Sound sound);
    // What the sound means, for F1 help and Settings (translated).
    static QString meaning(Sound sound);
    static QList<Sound> all();
    // Replaces the speaker (tests; a station without audio). Null: silent.
    void setOutput(std::unique_ptr<SoundOutput> output);

signals:
    void played(AlarmCue::Sound sound);

private:
    AppSettings &m_settings;
    std::unique_ptr<SoundOutput> m_output;
    bool m_outputChosen = false;
};
