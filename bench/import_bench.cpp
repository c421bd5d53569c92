// Import benchmark: generates a Taobao export pair (N orders, ≈1.4 N item rows) of the shape a
// shop's peak-day export has (unpaid/closed/shipped orders, outer codes the catalog does not know,
// empty ones, malformed rows; --friendly: every order paid, every code known), imports it with
// `packline`'s importer into a fresh database, runs the review rules the import leaves owed, and
// in the same run copies the rows Packline stored into a fresh database with Packline's schema
// (the floor): the sqlite3 CLI into a file, or psql's \copy (COPY FROM STDIN) into a fresh
// database on the server with --db URI; on SQLite also `.import` of the two CSV files into bare
// tables. Prints the import and rules times, the ratio to the floor, and this process's peak RSS
// (getrusage) after each phase.
//   bench_import [--orders N] [--dir DIR] [--utf8] [--friendly] [--indexes aside|kept|auto]
//                [--db postgresql://…]
#include "ExportGenerator.h"
#include "TestServer.h"
#include "base/Actor.h"
#include "base/Allocator.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "intake/CsvSource.h"
#include "intake/OrderImport.h"
#include "review/ImportReview.h"
#include "stock/SkuCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <optional>
#include <sys/resource.h>

namespace {
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMb(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024; // Linux: kilobytes
}
} // namespace

int main(int argc, char **argv)
{
    Allocator::keepFreedMemory();             // as packline's main() does
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, also into a pipe or a log
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Orders to generate."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("utf8"), QStringLiteral("Write UTF-8 instead of GBK.")});
    parser.addOption({QStringLiteral("indexes"),
                      QStringLiteral("aside: the orders' plain indexes set aside for the import and made "
                                     "again at its end; kept: kept up to date row by row; auto (default): "
                                     "as packline import decides (by the file's size)."),
                      QStringLiteral("aside|kept|auto"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("friendly"),
                      QStringLiteral("The old friendly file: every order paid, every outer code known.")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("A PostgreSQL server (a libpq URI as PACKLINE_TEST_PG, a role that may "
                                     "create databases): import into a fresh database there, "
                                     "COPY into another as the floor; both dropped at the end."),
                      QStringLiteral("URI")});
    parser.process(app);
    const QString server = parser.value(QStringLiteral("db"));
    const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot make the work folder %s\n", qPrintable(dir));
        return 1;
    }
    const QString orderCsv = dir + QStringLiteral("/ExportOrderList_bench.csv");
    const QString itemCsv = dir + QStringLiteral("/ExportOrderDetailList_bench.csv");
    // On a server: the import's database and the floor's, each a copy of one migrated template.
    std::optional<TestServer::Database> serverDb, serverFloor;
    if (!server.isEmpty()) {
        TestServer::useServer(server);
        const QString migrated = TestServer::migratedTemplate();
        serverDb.emplace(migrated);
        serverFloor.emplace(migrated);
    }
    const QString dbPath = serverDb ? serverDb->uri() : dir + QStringLiteral("/bench.db");
    const QString refPath = dir + QStringLiteral("/reference.db");
    QFile::remove(dbPath);
    QFile::remove(refPath);

    QStringList codes;
    for (int i = 1; i <= 200; ++i)
        codes << QStringLiteral("SKU-%1").arg(i);
    QElapsedTimer timer;
    timer.start();
    ExportGenerator generator{orders, !parser.isSet(QStringLiteral("utf8")), 42, codes};
    generator.realistic = !parser.isSet(QStringLiteral("friendly"));
    const qint64 items = generator.write(orderCsv, itemCsv);
    std::printf("generated %lld orders, %lld item rows (%.1f + %.1f MB) in %.1f s\n", orders, items,
                QFile(orderCsv).size() / 1e6, QFile(itemCsv).size() / 1e6, timer.elapsed() / 1000.0);

    Database db;
    if (!db.open(dbPath)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const Actor actor{QStringLiteral("bench"), QStringLiteral("BENCH")};
    {
        Transaction tx(db.connection());
        for (const QString &code : codes) {
            Sku sku;
            sku.code = code;
            sku.title = code;
            sku.spec = QStringLiteral("");
            sku.location = QStringLiteral("");
            SkuCatalog::insert(db.connection(), sku);
        }
        tx.commit();
    }
    const long rssBefore = peakRssMb(RUSAGE_SELF);

    timer.restart();
    const double cpuStart = cpuSeconds(RUSAGE_SELF);
    OrderImport importer(db.connection(), actor);
    if (const QString indexes = parser.value(QStringLiteral("indexes")); indexes != u"auto")
        importer.setIndexesAside(indexes == u"aside");
    const QList<ImportUnit> units =
        OrderImport::plan(db.connection(), {orderCsv, itemCsv}, QStringLiteral("taobao"));
    const ImportOutcome outcome = importer.run(units.value(0), QString());
    const double ours = timer.elapsed() / 1000.0;
    const double oursCpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
    if (!outcome.error.isEmpty()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(outcome.error));
        return 1;
    }
    const long rss = peakRssMb(RUSAGE_SELF);

    // The review rules: the import ran them over its new orders; what it left owed (orders it
    // changed: none on a fresh database) runs after it, as `packline import` and the dialog run it.
    timer.restart();
    const double rulesCpuStart = cpuSeconds(RUSAGE_SELF);
    RuleRunSummary rules = outcome.rules;
    rules.add(ImportReview(db.connection()).afterImport(actor, outcome.runId));
    const double rulesSeconds = timer.elapsed() / 1000.0;
    const double rulesCpu = cpuSeconds(RUSAGE_SELF) - rulesCpuStart;
    const long rssRules = peakRssMb(RUSAGE_SELF);

    struct Reference {
        double seconds = 0, cpu = 0;
        QString output;
        bool ok = false;
    };
    // One command-line tool fed a script on stdin: its wall and CPU time and what it printed.
    double childCpu = 0;
    auto runTool = [&](const QString &program, const QStringList &arguments, const QString &script) {
        QElapsedTimer clock;
        clock.start();
        QProcess tool;
        tool.start(program, arguments);
        tool.write(script.toUtf8());
        tool.closeWriteChannel();
        tool.waitForFinished(-1);
        const double seconds = clock.elapsed() / 1000.0;
        const double cpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu;
        childCpu += cpu;
        const QByteArray errors = tool.readAllStandardError();
        if (!errors.isEmpty())
            std::fprintf(stderr, "%s: %s\n", qPrintable(program), errors.constData());
        return Reference{seconds, cpu, QString::fromUtf8(tool.readAllStandardOutput()),
                         tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0 &&
                             errors.isEmpty()};
    };
    auto runSqlite = [&](const QString &path, const QString &script) {
        return runTool(QStringLiteral("sqlite3"), {path}, script);
    };
    auto runPsql = [&](const QString &uri, const QString &script) {
        return runTool(QStringLiteral("psql"),
                       {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), uri},
                       script);
    };

    std::printf("packline import: %.2f s (%lld new orders, %lld rejected rows, %.0f orders/s)\n", ours,
                outcome.ordersNew, outcome.rejectedCount, outcome.ordersNew / std::max(ours, 0.001));
    Reference floor;
    // The rows the floor leaves out: the flags the import and its rules stored, loaded the same way
    // into the floor's database right after it (a second reference, for import + rules).
    Reference flagsFloor;
    if (serverFloor) {
        // The floor on a server: COPY … FROM STDIN (psql's \copy) of the rows Packline stored into
        // a fresh migrated database (same indexes, foreign keys and triggers), one transaction.
        // The rows are written to files first, outside the time.
        const QStringList tables{QStringLiteral("shops"), QStringLiteral("skus"),
                                 QStringLiteral("import_runs"), QStringLiteral("orders"),
                                 QStringLiteral("order_lines")};
        QString dump, load = QStringLiteral("BEGIN;\n");
        for (const QString &table : tables) {
            const QString file = dir + QStringLiteral("/%1.copy").arg(table);
            dump += QStringLiteral("\\copy %1 TO '%2'\n").arg(table, file);
            load += QStringLiteral("\\copy %1 FROM '%2'\n").arg(table, file);
        }
        load += QStringLiteral("COMMIT;\n");
        if (!runPsql(dbPath, dump).ok) {
            std::fprintf(stderr, "psql could not read the imported rows\n");
            return 1;
        }
        floor = runPsql(serverFloor->uri(), load);
        const QString flagFile = dir + QStringLiteral("/order_flags.copy");
        if (!runPsql(dbPath, QStringLiteral("\\copy order_flags TO '%1'\n").arg(flagFile)).ok) {
            std::fprintf(stderr, "psql could not read the stored flags\n");
            return 1;
        }
        flagsFloor = runPsql(serverFloor->uri(),
                             QStringLiteral("BEGIN;\n\\copy order_flags FROM '%1'\nCOMMIT;\n").arg(flagFile));
        std::printf("psql \\copy of Packline's rows into a fresh Packline database (the floor): %.2f s; "
                    "ratio packline/floor: wall %.2fx%s\n",
                    floor.seconds, ours / std::max(floor.seconds, 0.001),
                    floor.ok ? "" : " (the copy failed!)");
        std::printf("import CPU in this process: %.2f s (the server's is not counted)\n", oursCpu);
    } else {
        // The sqlite3 shell's .import of the same files into bare tables (the yardstick),
        // and once more into tables carrying as many indexes as Packline's orders and order_lines
        // do (8 entries per order, 2 per line): what any importer into this schema pays.
        auto importInto = [&](const QString &path, const QString &setup, const QString &importOptions) {
            QFile::remove(path);
            return runSqlite(
                path, QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n") + setup +
                          QStringLiteral(".mode csv\n.import %3 '%1' bare_orders\n"
                                         ".import %3 '%2' bare_items\n"
                                         "SELECT count(*) FROM bare_orders;\nSELECT count(*) FROM "
                                         "bare_items;\n")
                              .arg(orderCsv, itemCsv, importOptions));
        };
        const Reference bare = importInto(refPath, {}, {});
        // The indexed tables name their columns by position: the header of a GBK export is not
        // UTF-8, so SQLite cannot be told its column names in a script.
        const QStringList orderHeader = CsvSource(orderCsv).header();
        const QStringList itemHeader = CsvSource(itemCsv).header();
        auto table = [](const char *name, const QStringList &header) {
            QStringList columns;
            for (qsizetype c = 1; c <= header.size(); ++c)
                columns << QStringLiteral("c%1").arg(c);
            return QStringLiteral("CREATE TABLE %1 (%2);\n").arg(QLatin1String(name), columns.join(u','));
        };
        auto column = [](const QStringList &header, const char *name) {
            return QStringLiteral("c%1").arg(header.indexOf(QString::fromUtf8(name)) + 1);
        };
        auto index = [&](const char *name, const char *tableName, const QStringList &header,
                         std::initializer_list<const char *> names, bool unique = false) {
            QStringList columns;
            for (const char *n : names)
                columns << column(header, n);
            return QStringLiteral("CREATE %1INDEX %2 ON %3 (%4);\n")
                .arg(unique ? QStringLiteral("UNIQUE ") : QString(), QLatin1String(name),
                     QLatin1String(tableName), columns.join(u','));
        };
        const QString indexed =
            table("bare_orders", orderHeader) + table("bare_items", itemHeader) +
            index("o1", "bare_orders", orderHeader, {"订单编号"}, true) +
            index("o2", "bare_orders", orderHeader, {"订单状态", "订单付款时间"}) +
            index("o3", "bare_orders", orderHeader, {"订单付款时间"}) +
            index("o4", "bare_orders", orderHeader, {"订单编号", "订单状态"}) +
            index("o5", "bare_orders", orderHeader, {"订单状态", "买家应付邮费", "订单付款时间"}) +
            index("o6", "bare_orders", orderHeader, {"联系手机"}) +
            index("o7", "bare_orders", orderHeader, {"买家会员名"}) +
            index("o8", "bare_orders", orderHeader, {"收货人姓名"}) +
            index("i1", "bare_items", itemHeader, {"订单编号", "商品属性"}) +
            index("i2", "bare_items", itemHeader, {"商家编码"});
        const Reference withIndexes =
            importInto(dir + QStringLiteral("/reference-indexed.db"), indexed, QStringLiteral("--skip 1"));
        // The floor for this schema: SQLite itself copying the rows Packline wrote into a fresh,
        // migrated database (same indexes, foreign keys and triggers, no CSV, no binding).
        const QString floorPath = dir + QStringLiteral("/floor.db");
        QFile::remove(floorPath);
        {
            Database fresh;
            if (!fresh.open(floorPath)) {
                std::fprintf(stderr, "%s\n", qPrintable(fresh.error()));
                return 1;
            }
        }
        floor = runSqlite(
            floorPath,
            // The page cache the import runs with (SqliteEngine::prepareBulkWrite).
            QStringLiteral("PRAGMA synchronous=NORMAL;\nPRAGMA foreign_keys=ON;\nPRAGMA cache_size=-98304;\n"
                           "ATTACH '%1' AS src;\nINSERT INTO shops SELECT * FROM src.shops;\n"
                           "INSERT INTO skus SELECT * FROM src.skus;\n"
                           "INSERT INTO import_runs SELECT * FROM src.import_runs;\nBEGIN;\n"
                           "INSERT INTO orders SELECT * FROM src.orders;\n"
                           "INSERT INTO order_lines SELECT * FROM src.order_lines;\nCOMMIT;\n")
                .arg(dbPath));
        flagsFloor = runSqlite(
            floorPath,
            QStringLiteral("PRAGMA synchronous=NORMAL;\nPRAGMA foreign_keys=ON;\nPRAGMA cache_size=-98304;\n"
                           "ATTACH '%1' AS src;\nBEGIN;\nINSERT INTO order_flags "
                           "SELECT * FROM src.order_flags;\nCOMMIT;\n")
                .arg(dbPath));
        std::printf("sqlite3 .import: %.2f s (bare tables; rows: %s)\n", bare.seconds,
                    qPrintable(bare.output.simplified()));
        std::printf("ratio packline/sqlite3: wall %.2fx, CPU %.2fx (%.2f s vs %.2f s CPU; target <= 1.5x)\n",
                    ours / std::max(bare.seconds, 0.001), oursCpu / std::max(bare.cpu, 0.001), oursCpu,
                    bare.cpu);
        std::printf("sqlite3 .import into indexed tables: %.2f s (rows: %s); ratio packline/indexed: wall "
                    "%.2fx, CPU %.2fx%s\n",
                    withIndexes.seconds, qPrintable(withIndexes.output.simplified()),
                    ours / std::max(withIndexes.seconds, 0.001), oursCpu / std::max(withIndexes.cpu, 0.001),
                    withIndexes.ok ? "" : " (the import reported errors!)");
        std::printf("sqlite3 copying Packline's rows into a fresh Packline database (the schema's floor): "
                    "%.2f s, %.2f s CPU; ratio packline/floor: wall %.2fx, CPU %.2fx%s\n",
                    floor.seconds, floor.cpu, ours / std::max(floor.seconds, 0.001),
                    oursCpu / std::max(floor.cpu, 0.001), floor.ok ? "" : " (the copy failed!)");
    }
    std::printf("review rules: inside the import (%d orders checked, %d flagged, %d flags); owed after it: "
                "%.2f s, %.2f s CPU\n",
                rules.orders, rules.flaggedOrders, rules.flags, rulesSeconds, rulesCpu);
    const double both = ours + rulesSeconds;
    std::printf("import + rules: %.2f s, %.2f s CPU; ratio to the floor: wall %.2fx", both,
                oursCpu + rulesCpu, both / std::max(floor.seconds, 0.001));
    if (!serverFloor)
        std::printf(", CPU %.2fx", (oursCpu + rulesCpu) / std::max(floor.cpu, 0.001));
    std::printf(" (target <= 1.5x)\n");
    // What the floor leaves out and the rules cannot: one row per flag.
    const double floorWithFlags = floor.seconds + flagsFloor.seconds;
    std::printf("the floor with the stored flags (order_flags too, loaded after it: +%.2f s): %.2f s; "
                "import + rules to it: wall %.2fx",
                flagsFloor.seconds, floorWithFlags, both / std::max(floorWithFlags, 0.001));
    if (!serverFloor)
        std::printf(", CPU %.2fx", (oursCpu + rulesCpu) / std::max(floor.cpu + flagsFloor.cpu, 0.001));
    std::printf("%s\n", flagsFloor.ok ? "" : " (the flags' copy failed!)");
    std::printf(
        "peak RSS: %ld MB after the import, %ld MB after the rules (before import %ld MB; target <= 300 "
        "MB)\n",
        rss, rssRules, rssBefore);
    return floor.ok ? 0 : 1;
}
