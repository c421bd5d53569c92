#pragma once

#include <QSettings>
#include <QString>

// Every settings key with its default, in one place. Tests pass their own QSettings file.
class AppSettings {
public:
    AppSettings();                                // the user's settings (QSettings defaults)
    explicit AppSettings(const QString &iniFile); // a given file, for tests

    // "" follows the system locale; otherwise "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &code);

    // Last database file opened from the GUI; empty means the default path.
    QString databasePath() const;
    void setDatabasePath(const QString &path);

    QString operatorName() const;
    void setOperatorName(const QString &name);

    // This computer's station id ("PACK-01"); defaults to the host name.
    QString station() const;
    void setStation(const QString &station);

    // What the pack station's scale types before a reading ("W"); empty: bare numbers.
    QString scalePrefix() const;
    void setScalePrefix(const QString &prefix);

    // The pack station's sounds: on or off, and their volume in percent (0–100).
    bool soundOn() const;
    void setSoundOn(bool on);
    int soundVolume() const;
    void setSoundVolume(int percent);

    // Whether the pack station weighs each parcel before it closes (the scale checkbox).
    bool weighing() const;
    void setWeighing(bool on);

    // The review desk's columns: their order, widths and sort, as QHeaderView::saveState() gives.
    QByteArray ordersHeaderState() const;
    void setOrdersHeaderState(const QByteArray &state);

    // The store itself, for the capability classes that own a group of keys (PrinterChoice,
    // ThermalSettings); views use the accessors above.
    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};
