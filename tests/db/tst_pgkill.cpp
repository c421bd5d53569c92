// The PostgreSQL server dies (pg_ctl stop -m immediate, as a crash or a pulled plug would) while a
// station works, and comes back. A pack station's parcel is packed whole or not at all; a print
// job resumes and prints exactly the pages that were missing. On a cluster of the test's own
// (scripts/pg-cluster.sh in a temporary folder), so the suite's shared server keeps running.
#include "TestDatabase.h"
#include "TestServer.h"
#include "base/Clock.h"
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
        const PrintQueue::Created job = PrintQueue::create(db(), TestDatabase::actor(), spec);
        QVERIFY2(job, qPrintable(job.error));
        const auto files = [&] {
            return QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        };

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PACKLINE_TEST_PRINTER_MS"), QStringLiteral("150"));
        const QStringList args{QStringLiteral("print"), QStringLiteral("--db"), m_cluster->uri(),
                               QStringLiteral("--job"), QString::number(job.jobId)};
        QProcess *station = packline(args, env);
        QTRY_VERIFY_WITH_TIMEOUT(files().size() >= 3, 30000);
        m_db.reset();
        m_cluster->kill();
        QVERIFY(station->waitForFinished(60000));
        QVERIFY(station->exitCode() != 0);
        const qsizetype before = files().size();
        QVERIFY(before < job.pages);

        restart();
        env.remove(QStringLiteral("PACKLINE_TEST_PRINTER_MS"));
        QProcess *resume = packline(args, env);
        QVERIFY(resume->waitForFinished(60000));
        QVERIFY2(resume->exitCode() == 0, resume->readAllStandardError().constData());
        QMap<qint64, int> printed;
        for (const QString &f : files())
            ++printed[f.section(u'-', 1, 1).toLongLong()];
        const auto pages = PrintQueue::pages(db(), job.jobId);
        QCOMPARE(int(pages.size()), job.pages);
        for (const auto &page : pages) {
            QCOMPARE(page.state, QStringLiteral("done"));
            QVERIFY2(
                printed.value(page.id) == 1,
                qPrintable(
                    QStringLiteral("page %1 printed %2 times").arg(page.id).arg(printed.value(page.id))));
        }
        QCOMPARE(int(printed.size()), int(pages.size()));
    }
};

QTEST_GUILESS_MAIN(TestPgKill)
#include "tst_pgkill.moc"
