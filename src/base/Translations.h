#pragma once

#include <QString>
#include <QStringList>

// Installs Packline's catalog (embedded .qm) and Qt's own for a language code:
// "" follows the system locale, "en" is the source language, "zh_CN" 简体中文.
// Installing again replaces the previous catalog, so the GUI can switch without a restart.
namespace Translations {
QStringList available(); // codes with a catalog, besides "en"
QString effective(const QString &requested);
bool install(const QString &requested);
} // namespace Translations
