// Import benchmark: generates a Taobao export pair (N orders, ≈1.4 N item rows), imports it with
// `packline`'s importer into a fresh database, and in the same run lets the sqlite3 CLI `.import`
// the same two CSV files into bare tables (same WAL/synchronous settings). Prints both times,
// the ratio, and this process's peak RSS (getrusage).
//   bench_import [--orders N] [--dir DIR] [--utf8]
#include "ExportGenerator.h"
#include "base/Actor.h"
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

    // Reference: the sqlite3 shell's .import of the same files into bare tables.
    timer.restart();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {refPath});
    sqlite.write(QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n.mode csv\n"
                                ".import '%1' bare_orders\n.import '%2' bare_items\n"
                                "SELECT count(*) FROM bare_orders;\nSELECT count(*) FROM bare_items;\n")
                     .arg(orderCsv, itemCsv)
                     .toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double reference = timer.elapsed() / 1000.0;
    const double referenceCpu = cpuSeconds(RUSAGE_CHILDREN);
    const QString refOut = QString::fromUtf8(sqlite.readAllStandardOutput()).simplified();

    std::printf("packline import: %.2f s (%lld new orders, %lld rejected rows, %.0f orders/s)\n", ours,
                outcome.ordersNew, outcome.rejectedCount, outcome.ordersNew / std::max(ours, 0.001));
    std::printf("sqlite3 .import: %.2f s (bare tables; rows: %s)\n", reference, qPrintable(refOut));
    std::printf("ratio packline/sqlite3: wall %.2fx, CPU %.2fx (%.2f s vs %.2f s CPU; target <= 1.5x)\n",
                ours / std::max(reference, 0.001), oursCpu / std::max(referenceCpu, 0.001), oursCpu,
                referenceCpu);
    std::printf("peak RSS: %ld MB (before import %ld MB; target <= 300 MB); sqlite3 child %ld MB\n", rss,
                rssBefore, peakRssMb(RUSAGE_CHILDREN));
    return 0;
}
