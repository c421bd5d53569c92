#pragma once

#include <QStringList>

// The command-line half of the binary: `packline SUBCOMMAND [options]`.
namespace Cli {
// True when the arguments name a subcommand (or ask for help/version) rather than the GUI.
bool wanted(const QStringList &arguments);
int run(const QStringList &arguments);
// True when the subcommand paints and needs a QGuiApplication (fonts) instead of QCoreApplication.
bool paints(const QStringList &arguments);
} // namespace Cli
