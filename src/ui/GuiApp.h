#pragma once

#include <QStringList>

class QApplication;

// The desktop half of the binary: open the database (a clear dialog if it can't),
// ask who is working, show the main window.
namespace GuiApp {
// arguments as QCoreApplication::arguments() gives them (tests pass their own).
int run(QApplication &app, const QStringList &arguments);
} // namespace GuiApp
