// packline mappings list|export NAME -o FILE|import FILE [--name NAME]: the column mappings made in
// the import dialog, so a shop can share one (and use it with `packline import --mapping NAME`).
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/OutputFile.h"
#include "intake/ColumnMapping.h"

#include <QCoreApplication>
#include <QFile>

namespace {
class MappingsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(MappingsCommand)
public:
    QString name() const override { return QStringLiteral("mappings"); }
    QString summary() const override
    {
        return tr("Column mappings of other shop exports: mappings list | mappings export NAME -o FILE | "
                  "mappings import FILE [--name NAME]");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("list: the mappings (built in and saved); export NAME: one as JSON; "
                                        "import FILE: save a shared one (replacing one of the same name)."),
                                     tr("list|export|import"));
        parser.addPositionalArgument(QStringLiteral("what"), tr("The mapping's name, or the file to import."),
                                     tr("[NAME|FILE]"));
        parser.addOption(
            {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the export to FILE."), tr("FILE")});
        parser.addOption({QStringLiteral("name"), tr("Import: save it under this name."), tr("NAME")});
        CliContext::addForceOption(parser);
    }
    int run(CliContext &c) override
    {
        const QStringList args = c.parser.positionalArguments();
        const QString action = args.value(0);
        if (action != u"list" && action != u"export" && action != u"import") {
            c.err << tr("packline mappings: say list, export or import.") << "\n\n" << c.parser.helpText();
            return ExitUsage;
        }
        if (action != u"list" && args.size() != 2) {
            c.err << tr("packline mappings %1: give one %2.")
                         .arg(action, action == u"export" ? tr("mapping name") : tr("file"))
                  << Qt::endl;
            return ExitUsage;
        }
        if (action == u"export" && !c.parser.isSet(QStringLiteral("output"))) {
            c.err << tr("packline mappings export: give the output file with -o FILE.") << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        try {
            if (action == u"list") {
                const QStringList saved = ColumnMappings::saved(db.connection());
                for (const QString &name : ColumnMappings::platforms(db.connection()))
                    c.out << QStringLiteral("%1\t%2\n")
                                 .arg(name, saved.contains(name) ? tr("saved") : tr("built in"));
                c.out.flush();
                return ExitOk;
            }
            if (action == u"export") {
                const QString path = c.parser.value(QStringLiteral("output"));
                OutputFile::writeWhole(path, db.connection(),
                                       ColumnMappings::exportJson(db.connection(), args.at(1)),
                                       c.overwrite());
                c.out << tr("Wrote the %1 mapping to %2.").arg(args.at(1), path) << Qt::endl;
                return ExitOk;
            }
            QFile file(args.at(1));
            if (!file.open(QIODevice::ReadOnly)) {
                c.err << tr("%1: cannot read the file: %2").arg(args.at(1), file.errorString()) << Qt::endl;
                return ExitBadInput;
            }
            const QString saved = ColumnMappings::importJson(db.connection(), c.actor, file.readAll(),
                                                             c.parser.value(QStringLiteral("name")));
            c.out << tr("Saved the mapping %1: import with --mapping %1.").arg(saved) << Qt::endl;
            return ExitOk;
        } catch (const Error &e) {
            c.err << tr("%1: %2").arg(args.value(1), e.message()) << Qt::endl;
            return ExitBadInput;
        }
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<MappingsCommand>();
}};
} // namespace
