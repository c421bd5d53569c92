#include "ui/GuiApp.h"

#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/OperatorDialog.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

int GuiApp::run(QApplication &app)
{
    QElapsedTimer startup;
    startup.start();
    AppSettings settings;
    Translations::install(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("GuiApp", "Packline desktop app"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("GuiApp", "Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            QApplication::translate("GuiApp", "Work as this operator (no prompt)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption stationOption(QStringLiteral("station"),
                                           QApplication::translate("GuiApp", "This station's id."),
                                           QStringLiteral("ID"));
    // For measurements and smoke tests: print start-to-first-paint in ms and quit.
    const QCommandLineOption startupOption(QStringLiteral("measure-startup"));
    parser.addOptions({dbOption, operatorOption, stationOption, startupOption});
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("PACKLINE_DB"))
        path = settings.databasePath();
    Database database;
    if (!database.open(Database::resolvePath(path))) {
        MessageBox::critical(nullptr, QApplication::translate("GuiApp", "Packline cannot open its database"),
                             database.error());
        return 1;
    }

    Actor actor{parser.value(operatorOption), parser.value(stationOption)};
    if (actor.operatorName.isEmpty())
        actor.operatorName = qEnvironmentVariable("PACKLINE_OPERATOR");
    if (actor.station.isEmpty())
        actor.station = settings.station();
    if (actor.operatorName.isEmpty()) {
        OperatorDialog dialog(database.connection(), {settings.operatorName(), actor.station});
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        actor = dialog.actor();
        settings.setOperatorName(actor.operatorName);
        settings.setStation(actor.station);
    }

    AppContext context{database, actor, settings};
    MainWindow window(context);
    window.show();
    if (parser.isSet(startupOption)) {
        QTimer::singleShot(0, &app, [&] {
            std::fprintf(stdout, "startup_ms %lld\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            app.quit();
        });
    }
    return app.exec();
}
