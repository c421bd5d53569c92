// Memory of a peak-day import (issue 16): `packline import` of a realistic Taobao export pair
// (unknown and empty outer codes, unpaid/closed/shipped orders, malformed rows), review rules
// included, in a child process whose peak RSS (getrusage) must stay under a bound and must not
// grow with the file: a change that holds every order of the file or of the queue fails here.
#include "ExportGenerator.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "stock/SkuCatalog.h"

#include <QProcess>
#include <QTest>
#include <sys/resource.h>

namespace {
// The largest peak RSS of the children waited for so far, in MB.
double childrenPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0; // Linux: kilobytes
}

QStringList catalog()
{
    QStringList codes;
    for (int i = 1; i <= 200; ++i)
        codes << QStringLiteral("SKU-%1").arg(i);
    return codes;
}
} // namespace

class TestImportMemory : public QObject {
    Q_OBJECT

    // Imports `orders` generated orders into a fresh database with a 200-SKU catalog in a child
    // `packline import`; returns the children's peak RSS after it.
    double importPeak(qint64 orders, quint32 seed)
    {
        TestDatabase t;
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
        QProcess p;
        p.start(QStringLiteral(PACKLINE_BINARY),
                {QStringLiteral("import"), QStringLiteral("--db"), t.path(), orderCsv, itemCsv});
        if (!p.waitForFinished(240000))
            return -1;
        // Rejected rows (the four malformed ones) make the exit code 2, not a failure.
        if (p.exitStatus() != QProcess::NormalExit || (p.exitCode() != 0 && p.exitCode() != 2)) {
            qWarning("%s", p.readAllStandardError().constData());
            return -1;
        }
        // The rules ran over what the import made: out-of-stock and unknown-SKU flags exist.
        const qint64 flagged =
            Sql::scalar(t.connection(), QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM order_flags"))
                .toLongLong();
        if (flagged < orders / 2)
            return -2;
        return childrenPeakMb();
    }

private slots:
    void peakRssStaysBoundedAndFlat()
    {
        const double small = importPeak(2000, 3);
        QVERIFY2(small > 0, "the 2,000-order import failed");
        const double big = importPeak(20000, 4);
        QVERIFY2(big > 0, "the 20,000-order import failed or its rules did not run");
        qInfo("peak RSS of `packline import`: %.0f MB at 2,000 orders, %.0f MB at 20,000", small, big);
        // Measured: ≈ SMALL MB and BIG MB (the page cache holds the whole 20,000-order database,
        // ≈ 25 MB). Holding every order of the file and its queue for the rules took ≈ OLD MB.
        QVERIFY2(big < 200, qPrintable(QStringLiteral("%1 MB").arg(big)));
        QVERIFY2(big - small < 60, qPrintable(QStringLiteral("grew %1 MB").arg(big - small)));
    }
};

QTEST_GUILESS_MAIN(TestImportMemory)
#include "tst_import_memory.moc"
