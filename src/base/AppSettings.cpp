#include "AppSettings.h"

#include <QSysInfo>

#include <algorithm>

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabase = QStringLiteral("database/path");
const QString kOperator = QStringLiteral("session/operator");
const QString kStation = QStringLiteral("session/station");
const QString kScalePrefix = QStringLiteral("packing/scalePrefix");
const QString kSoundOn = QStringLiteral("packing/soundOn");
const QString kSoundVolume = QStringLiteral("packing/soundVolume");
const QString kWeighing = QStringLiteral("packing/weigh");
const QString kOrdersHeader = QStringLiteral("orders/header");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
}

QString AppSettings::databasePath() const
{
    return m_settings.value(kDatabase).toString();
}
void AppSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(kDatabase, path);
}

QString AppSettings::operatorName() const
{
    return m_settings.value(kOperator).toString();
}
void AppSettings::setOperatorName(const QString &name)
{
    m_settings.setValue(kOperator, name);
}

QString AppSettings::station() const
{
    const QString s = m_settings.value(kStation).toString();
    return s.isEmpty() ? QSysInfo::machineHostName() : s;
}
void AppSettings::setStation(const QString &station)
{
    m_settings.setValue(kStation, station);
}

QString AppSettings::scalePrefix() const
{
    return m_settings.value(kScalePrefix).toString();
}

void AppSettings::setScalePrefix(const QString &prefix)
{
    m_settings.setValue(kScalePrefix, prefix);
}

bool AppSettings::soundOn() const
{
    return m_settings.value(kSoundOn, true).toBool();
}

void AppSettings::setSoundOn(bool on)
{
    m_settings.setValue(kSoundOn, on);
}

int AppSettings::soundVolume() const
{
    return std::clamp(m_settings.value(kSoundVolume, 80).toInt(), 0, 100);
}

void AppSettings::setSoundVolume(int percent)
{
    m_settings.setValue(kSoundVolume, std::clamp(percent, 0, 100));
}

bool AppSettings::weighing() const
{
    return m_settings.value(kWeighing, false).toBool();
}
void AppSettings::setWeighing(bool on)
{
    m_settings.setValue(kWeighing, on);
}

QByteArray AppSettings::ordersHeaderState() const
{
    return m_settings.value(kOrdersHeader).toByteArray();
}
void AppSettings::setOrdersHeaderState(const QByteArray &state)
{
    m_settings.setValue(kOrdersHeader, state);
}
