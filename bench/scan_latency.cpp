// Pack station: scan → screen updated, on a big database.
//   packline demo --orders 1000000 --db /tmp/big.db        (or --db postgresql://…)
//   bench_scan_latency --db /tmp/big.db [--scans 10000] [--stations 3]
// --stations N: N processes of this program scan at once, each as a station of its own (its own
// connection, its own share of the parcels: order id modulo N), started together once every one
// has read its parcels and shown its page; the figures are over every station's scans.
// Each scan is what the scanner does after typing: Enter in the scan field; the time runs until
// the pack page has repainted (status, lines, counters). Parcels are real Printed orders (tracking
// number, then every unit's barcode, a wrong item now and then, Enter to confirm messages), so the
// run packs orders: it changes the database. Reference in the same run: the bare indexed lookup
// of a tracking number (what no pack station can beat).
#include "BenchDatabase.h"
#include "base/AppSettings.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "packing/ScanSession.h"
#include "ui/AppContext.h"
#include "ui/packing/PackPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

namespace {
struct Stats {
    QList<double> ms;
    double pct(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s[std::min<qsizetype>(s.size() - 1, qsizetype(p * (s.size() - 1) + 0.5))];
    }
};

// The kinds of scan, in the order they are printed; a station process hands its figures to the
// first process as "KIND MS" lines.
enum Kind { Open, Item, Packed, Refused, Lookup, Kinds };
constexpr const char *kKindNames[Kinds] = {"  open parcel", "  item counted", "  last item (pack + commit)",
                                           "  wrong item (audited)", "reference: bare tracking lookup"};

int report(const QList<Stats> &kinds)
{
    Stats all;
    for (int k = Open; k < Lookup; ++k)
        all.ms += kinds[k].ms;
    std::printf("scans: %d (%lld parcels opened, %lld item scans, %lld packs, %lld refused)\n",
                int(all.ms.size()), qint64(kinds[Open].ms.size()), qint64(kinds[Item].ms.size()),
                qint64(kinds[Packed].ms.size()), qint64(kinds[Refused].ms.size()));
    auto row = [](const char *name, const Stats &s) {
        std::printf("  %-28s p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms\n", name, s.pct(0.5), s.pct(0.99),
                    s.ms.isEmpty() ? 0.0 : *std::max_element(s.ms.begin(), s.ms.end()));
    };
    row("scan -> screen updated", all);
    for (int k = Open; k < Kinds; ++k)
        row(kKindNames[k], kinds[k]);
    const Stats &lookup = kinds[Lookup];
    std::printf("ratio scan/reference: p50 %.1fx, p99 %.1fx\n",
                all.pct(0.5) / std::max(1e-6, lookup.pct(0.5)),
                all.pct(0.99) / std::max(1e-6, lookup.pct(0.99)));
    const bool ok = all.pct(0.99) <= 20.0;
    std::printf("target p99 <= 20 ms: %s\n", ok ? "met" : "MISSED");
    return ok ? 0 : 1;
}

// --stations N: this program N times, each with --station I; they scan when all are ready.
int runStations(const QString &path, int stations)
{
    QList<QProcess *> children;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < stations; ++i) {
        auto *child = new QProcess;
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(),
                     arguments + QStringList{QStringLiteral("--station"), QString::number(i)});
        children << child;
    }
    for (QProcess *child : children) // each says "ready" when its page is up
        while (!child->canReadLine())
            if (!child->waitForReadyRead(600000)) {
                std::fprintf(stderr, "a station did not start\n");
                return 2;
            }
    for (QProcess *child : children) {
        child->readLine();
        child->write("go\n");
        child->closeWriteChannel();
    }
    QElapsedTimer wall;
    wall.start();
    QList<Stats> kinds(Kinds);
    for (QProcess *child : children) {
        child->waitForFinished(-1);
        const QList<QByteArray> lines = child->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2)
                kinds[fields[0].toInt()].ms << fields[1].toDouble();
        }
        if (child->exitCode() != 0) {
            std::fprintf(stderr, "a station failed (exit %d)\n", child->exitCode());
            return 2;
        }
        delete child;
    }
    const double seconds = wall.elapsed() / 1000.0;
    Database db;
    if (!db.open(path))
        return 2;
    const qint64 orders =
        Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    std::printf("database: %s (%s), %lld orders, %.0f MB\n", qPrintable(db.location()),
                qPrintable(db.engineName()), orders, databaseMb(db));
    std::printf("%d stations scanning at once, %.1f s\n", stations, seconds);
    return report(kinds);
}
} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, also into a pipe or a log
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file (made by packline demo)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("scans"), QStringLiteral("How many scans (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("stations"),
                      QStringLiteral("Stations scanning at once, one process each (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("station"), QStringLiteral("(internal) This process is station I."),
                      QStringLiteral("I"), QStringLiteral("-1")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int scans = parser.value(QStringLiteral("scans")).toInt();
    const int stations = std::max(1, parser.value(QStringLiteral("stations")).toInt());
    const int station = parser.value(QStringLiteral("station")).toInt();
    if (stations > 1 && station < 0)
        return runStations(path, stations);
    Database db;
    if (path.isEmpty() || !db.open(path)) {
        std::fprintf(stderr,
                     "bench_scan_latency: give --db FILE made by `packline demo --orders 1000000` (%s)\n",
                     qPrintable(db.error()));
        return 2;
    }
    const QSqlDatabase c = db.connection();
    const qint64 orders = Sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();

    // Parcels to scan: Printed orders with a tracking number, their units' barcodes.
    struct Plan {
        QString tracking;
        QStringList items;
        bool message;
    };
    QList<Plan> plans;
    int planned = 0;
    QSqlQuery q = Sql::run(
        c,
        QStringLiteral("SELECT id, tracking_no, buyer_message <> '' OR seller_memo <> '' FROM orders "
                       "WHERE stage = 'printed' AND tracking_no IS NOT NULL AND id % ? = ? LIMIT ?"),
        {stations, std::max(0, station), scans});
    QList<std::tuple<qint64, QString, bool>> printed;
    while (q.next())
        printed.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    Sql::Statement linesOf(
        c, QStringLiteral("SELECT (SELECT MIN(barcode) FROM sku_barcodes b WHERE b.sku_id = l.sku_id), "
                          "l.qty FROM order_lines l WHERE l.order_id = ?"));
    for (const auto &[id, tracking, message] : printed) {
        if (planned >= scans)
            break;
        Plan p{tracking, {}, message};
        QSqlQuery &lines = linesOf.run({id});
        while (lines.next())
            for (int i = 0; i < lines.value(1).toInt(); ++i)
                p.items << lines.value(0).toString();
        planned += 1 + int(p.items.size()) + (message ? 1 : 0) + (plans.size() % 20 == 0 ? 1 : 0);
        plans << p;
    }
    const QString wrongCode =
        Sql::scalar(c, QStringLiteral("SELECT MAX(barcode) FROM sku_barcodes")).toString();

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("bench.ini")));
    AppContext context{db, {QStringLiteral("bench"), QStringLiteral("BENCH-01")}, settings};
    PackPage page(context);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    QLineEdit *field = page.scanField();
    if (station >= 0) { // ready; scan when every station is
        std::printf("ready\n");
        std::fflush(stdout);
        char go[8];
        if (!std::fgets(go, sizeof go, stdin))
            return 2;
    }

    QList<Stats> kinds(Kinds);
    Stats &open = kinds[Open], &item = kinds[Item], &packed = kinds[Packed], &refused = kinds[Refused];
    auto scan = [&](const QString &code, Stats &kind) {
        field->setText(code); // the scanner has typed it; the measured part starts at Enter
        QElapsedTimer t;
        t.start();
        QTest::keyClick(field, Qt::Key_Return);
        page.repaint(); // synchronous paint of the whole page: the screen is updated
        kind.ms << t.nsecsElapsed() / 1e6;
    };
    int done = 0;
    for (int i = 0; i < plans.size() && done < scans; ++i) {
        const Plan &p = plans[i];
        scan(p.tracking, open);
        ++done;
        if (p.message) {
            scan(QString(), open);
            ++done;
        }
        if (i % 20 == 0) {
            scan(wrongCode, refused);
            ++done;
        }
        for (int k = 0; k < p.items.size() && done < scans; ++k) {
            scan(p.items[k], k + 1 == p.items.size() ? packed : item);
            ++done;
        }
        if (page.session().state() != ScanSession::State::Idle)
            QTest::keyClick(field, Qt::Key_Escape); // the wrong code may coincide with an item; start clean
    }

    // Reference: the bare indexed lookup of a tracking number.
    Stats &lookup = kinds[Lookup];
    Sql::Statement bare(c, QStringLiteral("SELECT id FROM orders WHERE tracking_no = ?"));
    for (int i = 0; i < std::min<int>(done, int(plans.size()) * 4); ++i) {
        QElapsedTimer t;
        t.start();
        bare.run({plans[i % plans.size()].tracking}).next();
        lookup.ms << t.nsecsElapsed() / 1e6;
    }

    if (station >= 0) { // to the first process
        for (int k = 0; k < Kinds; ++k)
            for (double ms : kinds[k].ms)
                std::printf("%d %.4f\n", k, ms);
        return 0;
    }
    std::printf("database: %s (%s), %lld orders, %.0f MB\n", qPrintable(db.location()),
                qPrintable(db.engineName()), orders, databaseMb(db));
    return report(kinds);
}
