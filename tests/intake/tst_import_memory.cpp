// Memory of a peak-day import (issue 16): `packline import` of a realistic Taobao export pair
// (unknown and empty outer codes, unpaid/closed/shipped orders, malformed rows), review rules
// included, then `packline review` (the rules over every order under review), each in a child
// process whose peak RSS (wait4) must stay under a bound and, for the rules, must not grow with
// the queue: a change that holds every order of the file or of the queue fails here.
#include "ExportGenerator.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "stock/SkuCatalog.h"

#include <QTest>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {
QStringList catalog()
{
    QStringList codes;
    for (int i = 1; i <= 200; ++i)
        codes << QStringLiteral("SKU-%1").arg(i);
    return codes;
}

// Runs packline with args (output to a file in dir); its own peak RSS in MB, or -1 when it
// failed. Exit code 1 (rows rejected: the four malformed ones) is not a failure.
double peakOf(const QStringList &args, const QString &dir)
{
    QList<QByteArray> bytes{QByteArrayLiteral(PACKLINE_BINARY)};
    for (const QString &a : args)
        bytes << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const QByteArray log = (dir + QStringLiteral("/packline.log")).toLocal8Bit();
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&files, 1, 2);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
        return -1;
    return usage.ru_maxrss / 1024.0; // Linux: kilobytes
}
} // namespace

class TestImportMemory : public QObject {
    Q_OBJECT

    // A fresh database with a 200-SKU catalog and `orders` generated orders imported by a child
    // `packline import`; returns that child's peak RSS.
    double import(TestDatabase &t, qint64 orders, quint32 seed)
    {
        Transaction::run(t.connection(), [&](Transaction &tx) {
            for (const QString &code : catalog()) {
                Sku sku;
                sku.code = code;
                sku.title = code;
                sku.spec = QStringLiteral("");
                sku.location = QStringLiteral("");
                SkuCatalog::insert(t.connection(), sku);
            }
            tx.commit();
        });
        const QString orderCsv = t.dir() + QStringLiteral("/ExportOrderList_mem.csv");
        const QString itemCsv = t.dir() + QStringLiteral("/ExportOrderDetailList_mem.csv");
        ExportGenerator generator{orders, true, seed, catalog()};
        generator.realistic = true;
        generator.write(orderCsv, itemCsv);
        return peakOf({QStringLiteral("import"), QStringLiteral("--db"), t.path(), orderCsv, itemCsv},
                      t.dir());
    }

private slots:
    void peakRssStaysBounded()
    {
        TestDatabase small;
        TestDatabase big;
        const double importSmall = import(small, 2000, 3);
        const double importBig = import(big, 20000, 4);
        QVERIFY2(importSmall > 0 && importBig > 0, "an import failed (see packline.log)");
        // The rules ran over what the imports made: most paid orders are out of stock or unknown.
        const qint64 flagged =
            Sql::scalar(big.connection(), QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM order_flags"))
                .toLongLong();
        QVERIFY2(flagged > 14000, qPrintable(QString::number(flagged)));
        const double rulesSmall =
            peakOf({QStringLiteral("review"), QStringLiteral("--db"), small.path()}, small.dir());
        const double rulesBig =
            peakOf({QStringLiteral("review"), QStringLiteral("--db"), big.path()}, big.dir());
        QVERIFY2(rulesSmall > 0 && rulesBig > 0, "packline review failed");
        qInfo("peak RSS: import %.0f MB (2,000 orders), %.0f MB (20,000); rules over the queue %.0f MB, %.0f "
              "MB",
              importSmall, importBig, rulesSmall, rulesBig);
        // Measured (2026-12-07, this machine): import 49 / 83 MB (the page cache holds the whole
        // 20,000-order database, ≈ 25 MB); rules 41 / 44 MB. Before the rules streamed their orders
        // the import took 47 / 102 MB and the rules 40 / 68 MB (every order of the queue in memory).
        QVERIFY2(importBig < 150, qPrintable(QStringLiteral("import: %1 MB").arg(importBig)));
        QVERIFY2(rulesBig - rulesSmall < 12,
                 qPrintable(QStringLiteral("the rules grew %1 MB from 2,000 to 20,000 orders")
                                .arg(rulesBig - rulesSmall)));
    }
};

QTEST_GUILESS_MAIN(TestImportMemory)
#include "tst_import_memory.moc"
