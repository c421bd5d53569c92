// Import benchmark: generates a Taobao export pair (N orders, ≈1.4 N item rows), imports it with
// `packline`'s importer into a fresh database, and in the same run lets the sqlite3 CLI `.import`
// the same two CSV files into bare tables (same WAL/synchronous settings). Prints both times,
// the ratio, and this process's peak RSS (getrusage).
//   bench_import [--orders N] [--dir DIR] [--utf8]
#include "ExportGenerator.h"
#include "base/Actor.h"
#include "base/Allocator.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "intake/OrderImport.h"
#include "stock/SkuCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
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
    Allocator::keepFreedMemory(); // as packline's main() does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Orders to generate."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("utf8"), QStringLiteral("Write UTF-8 instead of GBK.")});
    parser.process(app);
    const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    const QString orderCsv = dir + QStringLiteral("/ExportOrderList_bench.csv");
    const QString itemCsv = dir + QStringLiteral("/ExportOrderDetailList_bench.csv");
    const QString dbPath = dir + QStringLiteral("/bench.db");
    const QString refPath = dir + QStringLiteral("/reference.db");
    QFile::remove(dbPath);
    QFile::remove(refPath);

    QStringList codes;
    for (int i = 1; i <= 200; ++i)
        codes << QStringLiteral("SKU-%1").arg(i);
    QElapsedTimer timer;
    timer.start();
    const qint64 items =
        ExportGenerator{orders, !parser.isSet(QStringLiteral("utf8")), 42, codes}.write(orderCsv, itemCsv);
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

    // Reference: the sqlite3 shell's .import of the same files into bare tables (the issue's
    // yardstick), and once more into tables carrying as many indexes as Packline's orders and
    // order_lines do (8 entries per order, 2 per line): what any importer into this schema pays.
    struct Reference {
        double seconds, cpu;
        QString rows;
    };
    double childCpu = 0;
    auto runSqlite = [&](const QString &path, const QString &setup, const QString &importOptions) {
        QFile::remove(path);
        QElapsedTimer clock;
        clock.start();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path});
        sqlite.write((QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n") + setup +
                      QStringLiteral(".mode csv\n.import %3 '%1' bare_orders\n.import %3 '%2' bare_items\n"
                                     "SELECT count(*) FROM bare_orders;\nSELECT count(*) FROM bare_items;\n")
                          .arg(orderCsv, itemCsv, importOptions))
                         .toUtf8());
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        const double seconds = clock.elapsed() / 1000.0;
        const double cpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu;
        childCpu += cpu;
        return Reference{seconds, cpu, QString::fromUtf8(sqlite.readAllStandardOutput()).simplified()};
    };
    const Reference bare = runSqlite(refPath, {}, {});
    // The indexed tables take the bare reference's columns (named by the export's header).
    QProcess schema;
    schema.start(QStringLiteral("sqlite3"),
                 {refPath, QStringLiteral(".schema bare_orders"), QStringLiteral(".schema bare_items")});
    schema.waitForFinished(-1);
    const QString indexed =
        QString::fromUtf8(schema.readAllStandardOutput()) +
        QStringLiteral("CREATE UNIQUE INDEX o1 ON bare_orders (\"订单编号\");\n"
                       "CREATE INDEX o2 ON bare_orders (\"订单状态\", \"订单付款时间\");\n"
                       "CREATE INDEX o3 ON bare_orders (\"订单付款时间\");\n"
                       "CREATE INDEX o4 ON bare_orders (\"订单编号\", \"订单状态\");\n"
                       "CREATE INDEX o5 ON bare_orders (\"订单状态\", \"买家应付邮费\", \"订单付款时间\");\n"
                       "CREATE INDEX o6 ON bare_orders (\"联系手机\");\n"
                       "CREATE INDEX o7 ON bare_orders (\"买家会员名\");\n"
                       "CREATE INDEX o8 ON bare_orders (\"收货人姓名\");\n"
                       "CREATE INDEX i1 ON bare_items (\"订单编号\", \"商品属性\");\n"
                       "CREATE INDEX i2 ON bare_items (\"商家编码\");\n");
    const Reference withIndexes =
        runSqlite(dir + QStringLiteral("/reference-indexed.db"), indexed, QStringLiteral("--skip 1"));
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
    QElapsedTimer floorClock;
    floorClock.start();
    QProcess copy;
    copy.start(QStringLiteral("sqlite3"), {floorPath});
    copy.write(
        QStringLiteral("PRAGMA synchronous=NORMAL;\nPRAGMA foreign_keys=ON;\nPRAGMA cache_size=-65536;\n"
                       "ATTACH '%1' AS src;\nINSERT INTO shops SELECT * FROM src.shops;\n"
                       "INSERT INTO skus SELECT * FROM src.skus;\n"
                       "INSERT INTO import_runs SELECT * FROM src.import_runs;\nBEGIN;\n"
                       "INSERT INTO orders SELECT * FROM src.orders;\n"
                       "INSERT INTO order_lines SELECT * FROM src.order_lines;\nCOMMIT;\n")
            .arg(dbPath)
            .toUtf8());
    copy.closeWriteChannel();
    copy.waitForFinished(-1);
    const double floorSeconds = floorClock.elapsed() / 1000.0;
    const double floorCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu;
    const double reference = bare.seconds;
    const double referenceCpu = bare.cpu;
    const QString refOut = bare.rows;

    std::printf("packline import: %.2f s (%lld new orders, %lld rejected rows, %.0f orders/s)\n", ours,
                outcome.ordersNew, outcome.rejectedCount, outcome.ordersNew / std::max(ours, 0.001));
    std::printf("sqlite3 .import: %.2f s (bare tables; rows: %s)\n", reference, qPrintable(refOut));
    std::printf("ratio packline/sqlite3: wall %.2fx, CPU %.2fx (%.2f s vs %.2f s CPU; target <= 1.5x)\n",
                ours / std::max(reference, 0.001), oursCpu / std::max(referenceCpu, 0.001), oursCpu,
                referenceCpu);
    std::printf("sqlite3 .import into indexed tables: %.2f s (rows: %s); ratio packline/indexed: wall %.2fx, "
                "CPU %.2fx\n",
                withIndexes.seconds, qPrintable(withIndexes.rows),
                ours / std::max(withIndexes.seconds, 0.001), oursCpu / std::max(withIndexes.cpu, 0.001));
    std::printf(
        "sqlite3 copying Packline's rows into a fresh Packline database (the schema's floor): %.2f s, "
        "%.2f s CPU; ratio packline/floor: wall %.2fx, CPU %.2fx%s\n",
        floorSeconds, floorCpu, ours / std::max(floorSeconds, 0.001), oursCpu / std::max(floorCpu, 0.001),
        copy.exitCode() == 0 && copy.readAllStandardError().isEmpty() ? "" : " (the copy failed!)");
    std::printf("peak RSS: %ld MB (before import %ld MB; target <= 300 MB)\n", rss, rssBefore);
    return 0;
}
