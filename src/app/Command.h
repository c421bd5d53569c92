#pragma once

#include "base/Actor.h"
#include "db/OutputFile.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <functional>
#include <memory>

class Database;

// What a subcommand gets: the parsed arguments, the streams, and the database on request.
struct CliContext {
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QString databasePath;
    Actor actor;
    // A missing database is made only by commands that mean to (import, demo); its folders only
    // when the path is the default one, not one a person typed.
    bool createsDatabase = false;
    bool defaultDatabasePath = false;

    // Opens the database or prints why not; false means exit 1.
    bool openDatabase(Database &db);
    // Commands that write files: --force lets the file replace an SQLite file (not the open one).
    static void addForceOption(QCommandLineParser &parser);
    OutputFile::Overwrite overwrite() const;
};

// Exit codes, as DESIGN.md fixes them.
enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

// One `packline SUBCOMMAND`. Each lives in its own file under commands/ and registers itself.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `packline --help`
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int run(CliContext &context) = 0;
    // Commands that paint (labels, PDFs) need fonts, so main() gives them a QGuiApplication.
    virtual bool paints() const { return false; }
    // Commands that fill a new database (import, demo); the others refuse a missing one.
    virtual bool createsDatabase() const { return false; }

    using Factory = std::function<std::unique_ptr<Command>()>;
    static QList<Factory> &registry();
};

// In a command's .cpp: static const CommandRegistration reg{[] { return std::make_unique<XCommand>(); }};
struct CommandRegistration {
    explicit CommandRegistration(Command::Factory factory) { Command::registry().append(std::move(factory)); }
};
