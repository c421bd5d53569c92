#include "ui/GuiApp.h"

#include "base/AppSettings.h"
#include "base/Error.h"
#include "base/Translations.h"
#include "db/Database.h"
#include "review/ImportReview.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/OperatorDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <functional>

namespace {
// Calls back once, right after the window's first paint has been delivered.
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(QWidget *window, std::function<void()> done)
        : QObject(window)
        , m_window(window)
        , m_done(std::move(done))
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && widget && widget->window() == m_window) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { m_done(); });
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_done;
};
} // namespace

int GuiApp::run(QApplication &app, const QStringList &arguments)
{
    QElapsedTimer startup;
    startup.start();
    AppSettings settings;
    Translations::install(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("GuiApp", "Packline desktop app"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("GuiApp", "Database file."), QStringLiteral("PATH"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"), QApplication::translate("GuiApp", "Work as this operator (no prompt)."),
        QStringLiteral("NAME"));
    const QCommandLineOption stationOption(QStringLiteral("station"),
                                           QApplication::translate("GuiApp", "This station's id."),
                                           QStringLiteral("ID"));
    // For measurements and smoke tests: print start-to-first-paint in ms and quit.
    const QCommandLineOption startupOption(QStringLiteral("measure-startup"));
    parser.addOptions({dbOption, operatorOption, stationOption, startupOption});
    parser.process(arguments);

    QString path = parser.value(dbOption);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("PACKLINE_DB"))
        path = settings.databasePath();
    const QString resolved = Database::resolvePath(path);
    Database database;
    bool opened = database.open(resolved, Database::IfMissing::Refuse);
    // A missing database is made only when the person says so; its folders only on the default path.
    if (!opened && database.failure() == Database::Failure::NoDatabase) {
        const auto answer = MessageBox::question(
            nullptr, QApplication::translate("GuiApp", "No database yet"),
            QApplication::translate("GuiApp", "There is no Packline database at %1.\n\nCreate a new, empty "
                                              "database there?")
                .arg(database.path()));
        if (answer != QMessageBox::Yes)
            return 0;
        opened = database.open(resolved, resolved == Database::defaultPath()
                                             ? Database::IfMissing::CreateWithFolders
                                             : Database::IfMissing::Create);
    }
    // A server that is not answering yet (restarting, the network coming up after a power cut)
    // is waited for: Retry, not a restart of the program.
    while (
        !opened && database.failure() == Database::Failure::ServerUnreachable &&
        MessageBox::offer(nullptr, QApplication::translate("GuiApp", "Database server not answering"),
                          QApplication::translate("GuiApp", "%1\n\nRetry when the server is back, or Cancel "
                                                            "to close Packline.")
                              .arg(database.error()),
                          QApplication::translate("GuiApp", "Retry")))
        opened = database.open(resolved, Database::IfMissing::Refuse);
    if (!opened && database.failure() == Database::Failure::ServerUnreachable)
        return 1;
    if (!opened) {
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
        // Measured at the end of the first paint of the window, not merely at show().
        auto *firstPaint = new FirstPaintProbe(&window, [&] {
            std::fprintf(stdout, "startup_ms %lld\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            app.quit();
        });
        Q_UNUSED(firstPaint);
    }
    // The review rules earlier imports still owe (killed after their commit, a busy database),
    // on a connection of their own so the window is usable meanwhile; the views see the flags
    // through the database watcher.
    std::unique_ptr<QThread> owed;
    if (!parser.isSet(startupOption) && !ImportReview::pendingRuns(database.connection()).isEmpty()) {
        owed.reset(QThread::create([path = database.path(), actor] {
            Database db;
            try {
                if (db.open(path))
                    ImportReview(db.connection()).runPending(actor);
            } catch (const Error &e) {
                qWarning("review rules owed to earlier imports: %s", qPrintable(e.message()));
            }
        }));
        owed->start();
    }
    const int code = app.exec();
    if (owed)
        owed->wait();
    return code;
}
