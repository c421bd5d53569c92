#pragma once

class QApplication;

// The desktop half of the binary: open the database (a clear dialog if it can't),
// ask who is working, show the main window.
namespace GuiApp {
int run(QApplication &app);
}
