// An import's new orders written in batches where the engine is faster that way (PostgreSQL: one
// query finds the existing ones, the new ones are numbered at once and go in with COPY): two
// stations importing overlapping exports at once still give each order once (the unique key
// decides; a batch the key refuses is written order by order instead), and a file cancelled or
// killed after batches went in leaves nothing. Runs on both engines (the _pg twin on the server).
#include "ExportGenerator.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "intake/OrderImport.h"
#include "intake/OrderUpsert.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

class TestBulkImport : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase db() const { return m_db->connection(); }

    qint64 count(const QString &sql) { return countRows(db(), sql); }
    // The rows an import writes, per table.
    QString counts()
    {
        QStringList out;
        for (const char *table :
             {"orders", "order_lines", "order_flags", "import_runs", "audit_log", "shops"})
            out << QString::number(
                count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        return out.join(u' ');
    }
    // A Taobao export pair of orders numbered 3000000000000000000 + 0 … orders-1 (seed: the rest).
    QStringList exportPair(const QString &name, qint64 orders, quint32 seed)
    {
        const QStringList paths{m_db->dir() + QStringLiteral("/ExportOrderList_%1.csv").arg(name),
                                m_db->dir() + QStringLiteral("/ExportOrderDetailList_%1.csv").arg(name)};
        ExportGenerator{orders, true, seed, {QStringLiteral("TS-BLK-XL"), QStringLiteral("NOT-IN-CATALOG")}}
            .write(paths.at(0), paths.at(1));
        return paths;
    }
    QProcess *startImport(const QStringList &files)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QStringLiteral(PACKLINE_BINARY),
                 QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db->path()} + files);
        return p;
    }
    void importNow(const QStringList &files)
    {
        QProcess *p = startImport(files);
        QVERIFY(p->waitForFinished(300000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }

    // Every order has its lines, numbered 1…n once; every order with an unmatched listing is
    // flagged once, none without.
    void linesAndFlagsAreWhole()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS "
                                      "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM (SELECT order_id FROM order_lines GROUP BY order_id "
                                 "HAVING MAX(line_no) <> COUNT(*) OR MIN(line_no) <> 1) x")),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM order_flags WHERE flag = 'unknown_sku'")),
            count(QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM order_lines WHERE sku_id IS NULL")));
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); }
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    // The batch look-up probes the unique key once per number whatever the statistics say: inside
    // an import's transaction the new orders have none, and an IN list was planned as a filter
    // over every order of the shop, a scan per batch that grew with the file (1M orders: 6.4x
    // COPY's time instead of ~2x).
    void batchLookUpProbesTheUniqueKeyPerNumber()
    {
        if (!TestDatabase::onServer())
            QSKIP("a server's plan: SQLite writes new orders one by one, no batch look-up");
        Transaction tx(db()); // rolled back: the orders exist only in it, as an import's do
        const qint64 shop =
            Sql::insert(db(), QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES "
                                             "('taobao', 'plan', '2026-11-11 00:00:00')"));
        Sql::run(db(),
                 QStringLiteral("INSERT INTO orders (shop_id, platform_order_no, stage, stage_changed_at, "
                                "imported_at, updated_at) SELECT ?, 'N' || i, 'imported', '', '', '' "
                                "FROM generate_series(1, 200000) i"),
                 {shop});
        // EXPLAIN is not a statement a server prepares: the test's own fixed values, written in.
        QString sql = OrderUpsert::existingNumbersSql(1000);
        sql.replace(sql.indexOf(u'?'), 1, QString::number(shop));
        for (int n = 1; sql.contains(u'?'); ++n)
            sql.replace(sql.indexOf(u'?'), 1, QStringLiteral("'N%1'").arg(n * 150));
        QStringList plan;
        QSqlQuery q = Sql::run(db(), QStringLiteral("EXPLAIN ") + sql);
        while (q.next())
            plan << q.value(0).toString();
        const QString steps = plan.join(u'\n');
        QVERIFY2(steps.contains(QStringLiteral("Index Cond: ((shop_id = ")) &&
                     steps.contains(QStringLiteral("AND (platform_order_no = ")),
                 qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("ANY (")), qPrintable(steps));
        // And it answers: every tenth of these numbers exists.
        QSqlQuery found = Sql::run(db(), sql);
        int existing = 0;
        while (found.next())
            existing += found.value(1).isNull() ? 0 : 1;
        QCOMPARE(existing, 1000 * 150 <= 200000 ? 1000 : 200000 / 150);
    }

    // Two stations import overlapping exports at the same moment (the second file's first 2,500
    // orders are the first file's, with other contents): both succeed, and every order is there
    // once, counted new by exactly one of the runs, its lines numbered 1…n once.
    void overlappingImportsAtOnceGiveEachOrderOnce()
    {
        importNow(exportPair(QStringLiteral("first"), 1, 3)); // the shop, and one order known before
        const QStringList a = exportPair(QStringLiteral("a"), 2500, 1);
        const QStringList b = exportPair(QStringLiteral("b"), 3500, 2);
        QProcess *first = startImport(a);
        QProcess *second = startImport(b);
        QVERIFY(first->waitForFinished(300000));
        QVERIFY(second->waitForFinished(300000));
        QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
        QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());

        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 3500);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT platform_order_no) FROM orders")), 3500);
        QCOMPARE(count(QStringLiteral("SELECT SUM(orders_new) FROM import_runs")), 3500);
        linesAndFlagsAreWhole();
    }

    // The server aborts the import's transaction once to settle a conflict with another writer (a
    // deadlock, forced here by a trigger on the run's closing update, after every order went in):
    // the import reads the file again from its first row and keeps each order once.
    void retriedAfterADeadlockKeepsEachOrderOnce()
    {
        if (!TestDatabase::onServer())
            QSKIP("a deadlock forced by a PL/pgSQL trigger: PostgreSQL only");
        importNow(exportPair(QStringLiteral("first"), 1, 3)); // the shop, and one order known before
        const QString aborts =
            m_db->failUpdatesAsDeadlocks(QStringLiteral("import_runs"), QStringLiteral("1"));
        const QStringList files = exportPair(QStringLiteral("big"), 3000, 5);
        const int retries = Transaction::retries();
        OrderImport importer(db(), TestDatabase::actor());
        const auto units = OrderImport::plan(db(), files, QStringLiteral("auto"));
        QCOMPARE(units.size(), 1);
        const ImportOutcome o = importer.run(units.first(), QString());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(Transaction::retries(), retries + 1);
        QVERIFY(Sql::scalar(db(), QStringLiteral("SELECT last_value FROM %1").arg(aborts)).toInt() >= 2);

        QCOMPARE(o.ordersNew, 2999); // counted once, not once per attempt
        QCOMPARE(o.ordersNew + o.ordersUpdated + o.ordersUnchanged, 3000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 3000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT platform_order_no) FROM orders")), 3000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_runs")), 2);
        QCOMPARE(count(QStringLiteral("SELECT orders_new FROM import_runs WHERE id = %1").arg(o.runId)),
                 2999);
        linesAndFlagsAreWhole();
    }

    // Cancelled after two batches went in: nothing of the file stays.
    void cancelledMidFileLeavesNothing()
    {
        importNow(exportPair(QStringLiteral("first"), 1, 3));
        const QString before = counts();
        const QStringList files = exportPair(QStringLiteral("big"), 6000, 4);
        std::atomic_bool cancel = false;
        const qint64 ordersBefore = count(QStringLiteral("SELECT COUNT(*) FROM orders"));
        qint64 ordersSeen = 0;
        OrderImport importer(db(), TestDatabase::actor());
        importer.setCancelFlag(&cancel);
        importer.onProgress([&](qint64, qint64, qint64) {
            if (cancel)
                return;
            // Inside the import's transaction: what it has written so far.
            ordersSeen = count(QStringLiteral("SELECT COUNT(*) FROM orders")) - ordersBefore;
            cancel = ordersSeen >= 2000;
        });
        const auto units = OrderImport::plan(db(), files, QStringLiteral("auto"));
        QCOMPARE(units.size(), 1);
        const ImportOutcome o = importer.run(units.first(), QString());
        QVERIFY(o.cancelled);
        QVERIFY2(ordersSeen >= 2000, qPrintable(QString::number(ordersSeen))); // batches went in
        QCOMPARE(counts(), before);
    }

    // `packline import` killed (SIGKILL) after batches went in: the server (or SQLite's journal)
    // drops the whole file; the same file then imports whole.
    void killedMidFileLeavesNothing()
    {
        if (!TestDatabase::onServer())
            QSKIP("watches the server's id sequence to kill the import mid-file");
        importNow(exportPair(QStringLiteral("first"), 1, 3));
        const QString before = counts();
        const QStringList files = exportPair(QStringLiteral("big"), 30000, 5);
        const QString sequence = QStringLiteral("SELECT last_value FROM %1")
                                     .arg(Sql::scalar(db(), QStringLiteral("SELECT pg_get_serial_sequence("
                                                                           "'orders', 'id')"))
                                              .toString());
        const qint64 idsBefore = count(sequence);
        QProcess *import = startImport(files);
        QVERIFY(import->waitForStarted());
        QElapsedTimer timer;
        timer.start();
        // Ids are taken outside the transaction: two batches numbered, the first is in.
        while (count(sequence) < idsBefore + 2000 && import->state() == QProcess::Running &&
               timer.elapsed() < 120000)
            QTest::qWait(10);
        QVERIFY2(import->state() == QProcess::Running, import->readAllStandardError().constData());
        import->kill();
        QVERIFY(import->waitForFinished(30000));
        // The server ends the killed station's transaction once it sees the link gone.
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> "
                                                       "pg_backend_pid() AND datname = current_database() "
                                                       "AND backend_xid IS NOT NULL")),
                                  0, 30000);
        QCOMPARE(counts(), before);
        importNow(files);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), 30000);
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulk_import.moc"
