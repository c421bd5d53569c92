// packline stock verify|rebuild|export|import|catalog-export|catalog-import: stock from the command line.
#include "Command.h"
#include "base/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "stock/CatalogCsv.h"
#include "stock/StockCsv.h"
#include "stock/StockFiles.h"
#include "stock/StockVerifier.h"

#include <QCoreApplication>

namespace {
class StockCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(StockCommand)
public:
    QString name() const override { return QStringLiteral("stock"); }
    QString summary() const override
    {
        return tr("Stock: verify the ledger, export available stock for a shop, import receipts or levels.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
            QStringLiteral("action"),
            tr("verify: prove levels equal the ledger sums (exit 1 on mismatch); rebuild: recompute levels "
               "from "
               "the ledger; export: available stock per 商家编码 for upload; import FILE: receive stock (or "
               "set "
               "levels with --set); catalog-export / catalog-import FILE: the SKU catalog as CSV."),
            tr("verify|rebuild|export|import|catalog-export|catalog-import"));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."), tr("[FILE]"));
        parser.addOption({QStringLiteral("platform"), tr("Export format (taobao)."), tr("PLATFORM"),
                          QStringLiteral("taobao")});
        parser.addOption(
            {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the export to FILE."), tr("FILE")});
        CliContext::addForceOption(parser);
        parser.addOption(
            {QStringLiteral("set"), tr("Import: the quantities are the new on-hand levels (initial "
                                       "stock), not receipts added to them.")});
    }
    int run(CliContext &c) override
    {
        const QStringList args = c.parser.positionalArguments();
        const QString action = args.value(0);
        const QStringList known{QStringLiteral("verify"),         QStringLiteral("rebuild"),
                                QStringLiteral("export"),         QStringLiteral("import"),
                                QStringLiteral("catalog-export"), QStringLiteral("catalog-import")};
        if (!known.contains(action)) {
            c.err << tr("packline stock: say what to do: %1.").arg(known.join(QStringLiteral(", "))) << "\n\n"
                  << c.parser.helpText();
            return ExitUsage;
        }
        const bool needsFile = action.endsWith(u"import");
        if (needsFile && args.size() != 2) {
            c.err << tr("packline stock %1: give one CSV file.").arg(action) << Qt::endl;
            return ExitUsage;
        }
        const bool needsOutput = action.endsWith(u"export");
        if (needsOutput && !c.parser.isSet(QStringLiteral("output"))) {
            c.err << tr("packline stock %1: give the output file with -o FILE.").arg(action) << Qt::endl;
            return ExitUsage;
        }
        if (action == u"export" &&
            !StockFiles::shopPlatforms().contains(c.parser.value(QStringLiteral("platform")))) {
            c.err << tr("packline stock export: unknown platform '%1' (known: %2).")
                         .arg(c.parser.value(QStringLiteral("platform")),
                              StockFiles::shopPlatforms().join(QStringLiteral(", ")))
                  << Qt::endl;
            return ExitUsage;
        }
        Database db;
        if (!c.openDatabase(db))
            return ExitBadInput;
        try {
            if (action == u"verify")
                return verify(c, db);
            if (action == u"rebuild") {
                const int changed = StockVerifier::rebuild(db.connection(), c.actor);
                c.out << tr("Rebuilt stock levels from the ledger: %n level(s) changed.", nullptr, changed)
                      << Qt::endl;
                return ExitOk;
            }
            if (action == u"export" || action == u"catalog-export") {
                const QString path = c.parser.value(QStringLiteral("output"));
                const Result<> written =
                    action == u"export"
                        ? StockFiles::exportShopStock(db.connection(),
                                                      c.parser.value(QStringLiteral("platform")), path,
                                                      c.overwrite())
                        : StockFiles::exportCatalog(db.connection(), path, c.overwrite());
                (written ? c.out : c.err) << written.message << Qt::endl;
                return written ? ExitOk : ExitBadInput;
            }
            const CsvReport report = action == u"import"
                                         ? StockCsv::importFile(db.connection(), c.actor, args.at(1),
                                                                c.parser.isSet(QStringLiteral("set"))
                                                                    ? StockCsv::ImportMode::Set
                                                                    : StockCsv::ImportMode::Receive)
                                         : CatalogCsv::importFile(db.connection(), c.actor, args.at(1));
            if (!report.ok()) {
                for (const CsvProblem &p : report.problems)
                    c.err << p.text() << '\n';
                c.err << StockFiles::refused(report) << Qt::endl;
                return ExitBadInput;
            }
            c.out << (action == u"import" ? StockFiles::stockImported(report, args.at(1))
                                          : StockFiles::catalogImported(report, args.at(1)))
                  << Qt::endl;
            return ExitOk;
        } catch (const Error &e) {
            c.err << e.message() << Qt::endl;
            return ExitBadInput;
        }
    }

private:
    static int verify(CliContext &c, Database &db)
    {
        const QList<StockMismatch> wrong = StockVerifier::verify(db.connection());
        const qint64 skus =
            Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM skus")).toLongLong();
        const qint64 rows =
            Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM stock_ledger")).toLongLong();
        if (wrong.isEmpty()) {
            c.out << tr("Stock verified: %1 SKUs, %2 ledger rows; every level equals its ledger sum, nothing "
                        "is "
                        "negative.")
                         .arg(skus)
                         .arg(rows)
                  << Qt::endl;
            return ExitOk;
        }
        for (const StockMismatch &m : wrong)
            c.err << m.describe() << '\n';
        c.err << tr("%n stock level(s) do not match the ledger.", nullptr, int(wrong.size())) << Qt::endl;
        return ExitBadInput;
    }
};
const CommandRegistration registration{[] {
    return std::make_unique<StockCommand>();
}};
} // namespace
