// packline listings import|export|unmatched: listing mappings (商品对应) from the command line.
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/OutputFile.h"
#include "orders/Listings.h"
#include "orders/ListingsCsv.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
class ListingsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ListingsCommand)
public:
    QString name() const override { return QStringLiteral("listings"); }
    QString summary() const override
    {
        return tr(
            "Listing mappings (商品对应: what a shop sold → SKUs, combos too): listings export -o FILE | "
            "listings import FILE | listings unmatched");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
            QStringLiteral("action"),
            tr("export: every mapping as CSV (outer_code, title, spec, sku, qty; one row per component); "
               "import FILE: save the file's mappings and apply them to waiting orders; unmatched: the "
               "listings no SKU is known for, most orders first."),
            tr("export|import|unmatched"));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."), tr("[FILE]"));
        parser.addOption(
            {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the export to FILE."), tr("FILE")});
        CliContext::addForceOption(parser);
    }
    int run(CliContext &c) override
    {
        const QStringList args = c.parser.positionalArguments();
        const QString action = args.value(0);
        if (action != u"export" && action != u"import" && action != u"unmatched") {
            c.err << tr("packline listings: say export, import or unmatched.") << "\n\n"
                  << c.parser.helpText();
            return ExitUsage;
        }
        if (action == u"import" && args.size() != 2) {
            c.err << tr("packline listings import: give one CSV file.") << Qt::endl;
            return ExitUsage;
        }
        if (action == u"export" && !c.parser.isSet(QStringLiteral("output"))) {
            c.err << tr("packline listings export: give the output file with -o FILE.") << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        try {
            if (action == u"export") {
                const QString path = c.parser.value(QStringLiteral("output"));
                OutputFile::writeWhole(path, db.connection(), ListingsCsv::exportCsv(db.connection()),
                                       c.overwrite());
                c.out << tr("Wrote the listing mappings to %1.").arg(path) << Qt::endl;
                return ExitOk;
            }
            if (action == u"unmatched") {
                c.out << ListingMatches::summaryText(ListingMatches::summary(db.connection())) << Qt::endl;
                for (const ListingMatches::Unmatched &u : ListingMatches::unmatched(db.connection()))
                    c.out << QStringLiteral("%1\t%2\n").arg(u.orders, 8).arg(u.listing.text());
                c.out.flush();
                return ExitOk;
            }
            const ListingsCsv::Imported imported =
                ListingsCsv::importFile(db.connection(), c.actor, args.at(1));
            if (!imported.report.ok()) {
                for (const CsvProblem &p : imported.report.problems)
                    c.err << p.text() << '\n';
                c.err << tr("Nothing was imported: fix the rows above and import the file again.")
                      << Qt::endl;
                return ExitBadInput;
            }
            c.out << tr("Imported %1: %2 listing(s) mapped, %3 mapped anew; %4 waiting order(s) now matched.")
                         .arg(QFileInfo(args.at(1)).fileName())
                         .arg(imported.report.created)
                         .arg(imported.report.changed)
                         .arg(imported.ordersFixed)
                  << Qt::endl;
            return ExitOk;
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<ListingsCommand>();
}};
} // namespace
