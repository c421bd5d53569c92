#include "Cli.h"

#include "Command.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

std::unique_ptr<Command> find(const QString &name)
{
    for (const Command::Factory &make : Command::registry()) {
        auto command = make();
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

QString overview()
{
    QString text = QCoreApplication::translate(
        "Cli", "Usage: packline [--db PATH]            start the desktop app\n"
               "       packline COMMAND [options]      run a command\n\nCommands:\n");
    std::vector<std::unique_ptr<Command>> commands;
    for (const Command::Factory &make : Command::registry())
        commands.push_back(make());
    std::sort(commands.begin(), commands.end(),
              [](const auto &a, const auto &b) { return a->name() < b->name(); });
    for (const auto &c : commands)
        text += QStringLiteral("  %1 %2\n").arg(c->name(), -18).arg(c->summary());
    text +=
        QCoreApplication::translate("Cli", "\nEvery command takes --db PATH (or $PACKLINE_DB) and --help.\n"
                                           "Exit codes: 0 ok, 1 bad input, 2 usage.\n");
    return text;
}
} // namespace

bool Cli::wanted(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return !first.startsWith(u'-') || first == u"--help" || first == u"-h" || first == u"--version" ||
           first == u"-v";
}

bool Cli::paints(const QStringList &arguments)
{
    const auto command = find(arguments.value(1));
    return command && command->paints();
}

int Cli::run(const QStringList &arguments)
{
    AppSettings settings;
    Translations::install(settings.language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        out << "packline " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out << overview();
        return ExitOk;
    }
    auto command = find(first);
    if (!command) {
        err << QCoreApplication::translate("Cli", "packline: unknown command '%1'.").arg(first) << "\n\n"
            << overview();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "Database file (default: $PACKLINE_DB, then %1).")
            .arg(QStringLiteral("AppData/packline.db")),
        QCoreApplication::translate("Cli", "PATH"));
    parser.addOption(dbOption);
    command->addOptions(parser);
    QStringList args = arguments;
    args.removeAt(1);
    args[0] = QStringLiteral("packline ") + command->name();
    if (!parser.parse(args)) {
        err << parser.errorText() << "\n\n" << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "packline " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QString operatorName = qEnvironmentVariable("PACKLINE_OPERATOR", settings.operatorName());
    CliContext context{parser,
                       out,
                       err,
                       Database::resolvePath(parser.value(dbOption)),
                       {operatorName.isEmpty() ? QStringLiteral("cli") : operatorName, settings.station()}};
    context.createsDatabase = command->createsDatabase();
    context.defaultDatabasePath =
        parser.value(dbOption).isEmpty() && qEnvironmentVariableIsEmpty("PACKLINE_DB");
    return command->run(context);
}
