#include "Cli.h"
#include "base/Allocator.h"
#include "printing/LabelRenderer.h"
#include "ui/GuiApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {
void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Packline"));
    QCoreApplication::setApplicationName(QStringLiteral("Packline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACKLINE_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    Allocator::keepFreedMemory();
    LabelRenderer::cacheLargeGlyphs();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // One binary: a subcommand runs headless (no display needed), otherwise the desktop app.
    if (Cli::wanted(arguments) && Cli::paints(arguments)) {
        // Printing from the command line needs fonts but no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describe();
        return Cli::run(app.arguments());
    }
    if (Cli::wanted(arguments)) {
        QCoreApplication app(argc, argv);
        describe();
        return Cli::run(app.arguments());
    }
    QApplication app(argc, argv);
    describe();
    return GuiApp::run(app, app.arguments());
}
