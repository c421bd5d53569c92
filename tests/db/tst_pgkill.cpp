// The PostgreSQL server dies (pg_ctl stop -m immediate, as a crash or a pulled plug would) while a
// station works, and comes back. A pack station's parcel is packed whole or not at all; a print
// job resumes and prints exactly the pages that were missing. On a cluster of the test's own
// (scripts/pg-cluster.sh in a temporary folder), so the suite's shared server keeps running.
#include "../intake/ExportGenerator.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "base/Clock.h"
#include "db/ConnectionLostError.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "demo/DemoSeeder.h"
#include "orders/OrderStore.h"
#include "printing/BatchRule.h"
#include "printing/PrintQueue.h"
#include "printing/TrackingPool.h"
#include "stock/Reservations.h"
#include "stock/StockLedger.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A cluster of this test's own: started, killed, started again, stopped at the end.
class Cluster {
public:
    Cluster()
    {
        QFile::setPermissions(m_root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                 QFile::ExeGroup | QFile::ExeOther);
    }
    ~Cluster() { run(QStringLiteral("stop")); }
    bool start()
    {
        const QByteArray out = run(QStringLiteral("start"));
        m_uri = QString::fromUtf8(out).trimmed();
        return m_uri.startsWith(u"postgresql://");
    }
    void kill() { run(QStringLiteral("kill")); }
    QString uri() const { return m_uri; }
    QString dir() const { return m_root.path(); }

private:
    QByteArray run(const QString &command)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PACKLINE_PG_CRASH_SAFE"), QStringLiteral("1")); // commits survive kill
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"),
                {QStringLiteral(PACKLINE_PG_CLUSTER), command, m_root.path() + u"/pg"});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qWarning("pg-cluster.sh %s: %s", qPrintable(command), p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }
    QTemporaryDir m_root;
    QString m_uri;
};

qint64 rows(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return Sql::scalar(db, sql, values).toLongLong();
}
} // namespace

class TestPgKill : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<Cluster> m_cluster;
    std::unique_ptr<Database> m_db;
    QSqlDatabase db() const { return m_db->connection(); }

    // The test's own connection again, after the server came back.
    void reconnect()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_cluster->uri()), qPrintable(m_db->error()));
    }
    void restart()
    {
        m_db.reset();
        QVERIFY(m_cluster->start());
        reconnect();
    }
    QProcess *packline(const QStringList &args,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PACKLINE_BINARY), args);
        return p;
    }

private slots:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("needs PostgreSQL's server programs (scripts/test.sh sets PACKLINE_TEST_PG when it has "
                  "them)");
        m_cluster = std::make_unique<Cluster>();
        QVERIFY(m_cluster->start());
        reconnect();
        DemoSeeder::seed(db(), TestDatabase::actor(), {300, 5, 200});
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_cluster.reset();
    }

    // Every item scanned, the server dies, the last scan finishes the parcel: the station says it
    // is not packed and nothing of it is written; once the server is back the same scans pack it,
    // once.
    void packWhileTheServerDiesIsWholeOrNothing()
    {
        const qint64 sku = rows(db(), QStringLiteral("SELECT MIN(id) FROM skus"));
        const QString barcode =
            Sql::scalar(db(),
                        QStringLiteral("SELECT barcode FROM sku_barcodes WHERE sku_id = ? ORDER BY barcode"),
                        {sku})
                .toString();
        const QString tracking = QStringLiteral("ZT3999000000001");
        Order o;
        {
            Transaction tx(db());
            o.shopId = rows(db(), QStringLiteral("SELECT MIN(id) FROM shops"));
            o.platformOrderNo = QStringLiteral("KILL-PACK-1");
            o.buyerNick = QStringLiteral("buyer");
            o.paidAt = Clock::nowText();
            o.stage = Stage::Printed;
            o.courierCode = QStringLiteral("ZTO");
            o.trackingNo = tracking;
            OrderLine line;
            line.skuId = sku;
            line.outerCode =
                Sql::scalar(db(), QStringLiteral("SELECT code FROM skus WHERE id = ?"), {sku}).toString();
            line.qty = 2;
            o.lines << line;
            StockLedger::post(
                db(), TestDatabase::actor(),
                {sku, StockBucket::OnHand, 10, QStringLiteral("received"), QStringLiteral("test"), {}});
            OrderStore::insert(db(), o);
            QVERIFY(Reservations::reserveOrder(db(), TestDatabase::actor(), o.id).isEmpty());
            tx.commit();
        }
        const QString go = m_cluster->dir() + QStringLiteral("/go");
        const QStringList args{QStringLiteral("pack"), QStringLiteral("--db"),
                               m_cluster->uri(),       tracking,
                               QStringLiteral("*2"),   barcode};
        QProcess *station = packline(args + QStringList{QStringLiteral("--sync-file"), go});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += station->readAllStandardOutput()).contains("ready"), 30000);
        m_db.reset();
        m_cluster->kill();
        QFile(go).open(QIODevice::WriteOnly);
        QVERIFY(station->waitForFinished(60000));
        QVERIFY2(station->exitCode() != 0, out.constData());
        QVERIFY(!station->readAllStandardError().trimmed().isEmpty()); // it says so

        restart();
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {o.id}).toString(),
            QStringLiteral("printed"));
        QCOMPARE(rows(db(), QStringLiteral("SELECT COUNT(*) FROM parcels WHERE order_id = ?"), {o.id}), 0);

        QProcess *again = packline(args);
        QVERIFY(again->waitForFinished(60000));
        QVERIFY2(again->exitCode() == 0, again->readAllStandardError().constData());
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {o.id}).toString(),
            QStringLiteral("packed"));
        QCOMPARE(rows(db(), QStringLiteral("SELECT COUNT(*) FROM parcels WHERE order_id = ?"), {o.id}), 1);
        QCOMPARE(
            rows(db(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'order' AND entity_id = ? AND "
                                "action = 'stage'"),
                 {o.id}),
            1);
    }

    // The server dies while a job prints on a slow printer; the station stops. Back up, the job
    // is resumed and every page has come out exactly once.
    void printJobWhileTheServerDiesResumesTheMissingPages()
    {
        Sql::run(db(),
                 QStringLiteral("UPDATE orders SET courier_code = 'ZTO', tracking_no = NULL WHERE stage = ?"),
                 {Stages::code(Stage::Submitted)});
        QVERIFY(TrackingPool::importRange(db(), TestDatabase::actor(), QStringLiteral("ZTO"),
                                          QStringLiteral("754000000001"), QStringLiteral("754000000100"))
                    .problems.isEmpty());
        const QList<qint64> orders = Batching::select(db(), BatchRule{QString(), false, false, 0, 16});
        QVERIFY2(orders.size() >= 10, qPrintable(QString::number(orders.size())));
        const QString folder = m_cluster->dir() + QStringLiteral("/printer");
        PrintQueue::JobSpec spec;
        spec.templateId = QStringLiteral("label-100x150");
        spec.printer = QStringLiteral("dir:") + folder;
        spec.orderIds = orders;
        const Result<PrintQueue::CreatedJob> job = PrintQueue::create(db(), TestDatabase::actor(), spec);
        QVERIFY2(job, qPrintable(job.message));
        const auto files = [&] {
            return QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        };

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PACKLINE_TEST_PRINTER_MS"), QStringLiteral("150"));
        const QStringList args{QStringLiteral("print"), QStringLiteral("--db"), m_cluster->uri(),
                               QStringLiteral("--job"), QString::number(job->jobId)};
        QProcess *station = packline(args, env);
        QTRY_VERIFY_WITH_TIMEOUT(files().size() >= 3, 30000);
        m_db.reset();
        m_cluster->kill();
        QVERIFY(station->waitForFinished(60000));
        QVERIFY(station->exitCode() != 0);
        const qsizetype before = files().size();
        QVERIFY(before < job->pages);

        restart();
        env.remove(QStringLiteral("PACKLINE_TEST_PRINTER_MS"));
        QProcess *resume = packline(args, env);
        QVERIFY(resume->waitForFinished(60000));
        QVERIFY2(resume->exitCode() == 0, resume->readAllStandardError().constData());
        QMap<qint64, int> printed;
        for (const QString &f : files())
            ++printed[f.section(u'-', 1, 1).toLongLong()];
        const auto pages = PrintQueue::pages(db(), job->jobId);
        QCOMPARE(int(pages.size()), job->pages);
        for (const auto &page : pages) {
            QCOMPARE(page.state, PrintQueue::PageState::Done);
            QVERIFY2(
                printed.value(page.id) == 1,
                qPrintable(
                    QStringLiteral("page %1 printed %2 times").arg(page.id).arg(printed.value(page.id))));
        }
        QCOMPARE(int(printed.size()), int(pages.size()));
    }

    // The server restarts under a station that keeps its connection (no new Database, no restart
    // of the program): the station carries on. A write in Transaction::run connects again and
    // lands once; a read that meets the dead link says so in words and the next one works;
    // another station's commits are heard again.
    void stationCarriesOnAfterTheServerComesBack()
    {
        const QSqlDatabase c = db();
        Database other;
        QVERIFY2(other.open(m_cluster->uri()), qPrintable(other.error()));
        const qint64 before = rows(c, QStringLiteral("SELECT COUNT(*) FROM shops"));
        const auto addShop = [&](const QSqlDatabase &on, const QString &name) {
            Transaction::run(on, [&](Transaction &tx) {
                Sql::run(on,
                         QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', ?, ?)"),
                         {name, Clock::nowText()});
                tx.commit();
            });
        };

        m_cluster->kill();
        QVERIFY(m_cluster->start());
        const int retries = Transaction::retries();
        try {
            addShop(c, QStringLiteral("after restart"));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        QVERIFY(Transaction::retries() > retries); // it met the dead link, then connected again
        QCOMPARE(rows(c, QStringLiteral("SELECT COUNT(*) FROM shops")), before + 1);

        // Lost in the middle of a transaction: the first insert died with the old connection, the
        // work runs again whole on the new one: two shops, not one or three.
        int runs = 0;
        Transaction::run(c, [&](Transaction &tx) {
            Sql::run(c, QStringLiteral(
                            "INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'half 1', 'x')"));
            if (++runs == 1) {
                m_cluster->kill();
                QVERIFY(m_cluster->start());
            }
            Sql::run(c, QStringLiteral(
                            "INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'half 2', 'x')"));
            tx.commit();
        });
        QCOMPARE(runs, 2);
        QCOMPARE(rows(c, QStringLiteral("SELECT COUNT(*) FROM shops WHERE name LIKE 'half %'")), 2);

        // A plain read on the dead link: refused in words, then the next read connects again.
        m_cluster->kill();
        QVERIFY(m_cluster->start());
        try {
            rows(c, QStringLiteral("SELECT COUNT(*) FROM shops"));
            QFAIL("a read on a dead connection succeeded");
        } catch (const ConnectionLostError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("connection to the database server was lost")),
                     qPrintable(e.message()));
        }
        QCOMPARE(rows(c, QStringLiteral("SELECT COUNT(*) FROM shops")), before + 3);

        // Change notification survives: the other station (its link also dead) commits, this
        // one hears of it.
        const qint64 seen = m_db->dataVersion();
        addShop(other.connection(), QStringLiteral("from the other station"));
        QTRY_VERIFY_WITH_TIMEOUT(m_db->dataVersion() != seen, 5000);
    }

    // The server dies while `packline import` is writing a big export: the import says the
    // connection was lost (not a crash) and leaves nothing of the file; once the server is back,
    // the same command imports it whole.
    void importWhileTheServerDiesLeavesNothing()
    {
        QTemporaryDir files;
        const QString orders = files.filePath(QStringLiteral("ExportOrderList_big.csv"));
        const QString items = files.filePath(QStringLiteral("ExportOrderDetailList_big.csv"));
        ExportGenerator{20000, true, 5, {QStringLiteral("TS-BLK-XL")}}.write(orders, items);
        const auto counts = [&] {
            QStringList out;
            for (const char *table :
                 {"orders", "order_lines", "order_flags", "import_runs", "audit_log", "shops"})
                out << QString::number(
                    rows(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
            return out.join(u' ');
        };
        const QString before = counts();
        const QStringList args{QStringLiteral("import"), QStringLiteral("--db"), m_cluster->uri(), orders,
                               items};

        QProcess *import = packline(args);
        QVERIFY(import->waitForStarted());
        // Wait until it has written inside its transaction (another backend holds a transaction id).
        QElapsedTimer timer;
        timer.start();
        while (
            rows(db(), QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                      "AND backend_xid IS NOT NULL")) == 0 &&
            import->state() == QProcess::Running && timer.elapsed() < 120000)
            QTest::qWait(20);
        QVERIFY2(import->state() == QProcess::Running, "the import ended before the server could be killed");
        m_cluster->kill();
        QVERIFY(import->waitForFinished(60000));
        QCOMPARE(import->exitStatus(), QProcess::NormalExit);
        QVERIFY(import->exitCode() != 0);
        const QString said = QString::fromUtf8(import->readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("connection to the database server was lost")),
                 qPrintable(said));

        restart();
        QCOMPARE(counts(), before);
        QProcess *again = packline(args);
        QVERIFY(again->waitForFinished(300000));
        QVERIFY2(again->exitCode() == 0 || again->exitCode() == 1, again->readAllStandardError().constData());
        QCOMPARE(rows(db(), QStringLiteral("SELECT COUNT(*) FROM orders")) -
                     before.section(u' ', 0, 0).toLongLong(),
                 qint64(20000));
    }
};

QTEST_GUILESS_MAIN(TestPgKill)
#include "tst_pgkill.moc"
