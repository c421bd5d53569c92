// Tracking-number pools: formats from the table, S10 check digits, list and range imports,
// and two processes drawing from one pool never getting the same number.
#include "TestDatabase.h"
#include "db/Sql.h"
#include "orders/Stage.h"
#include "printing/CourierFormats.h"
#include "printing/TrackingPool.h"

#include <QProcess>
#include <QSet>
#include <QTest>

class TestTrackingPool : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void s10CheckDigit()
    {
        QCOMPARE(CourierFormats::s10CheckDigit(QStringLiteral("12345678")), 5); // EA123456785CN
        QCOMPARE(CourierFormats::s10CheckDigit(QStringLiteral("47312482")),
                 9); // RR473124829GB (UPU S10 example)
        QCOMPARE(CourierFormats::s10CheckDigit(QStringLiteral("00000001")), 4); // 11 - 7
        QCOMPARE(CourierFormats::s10CheckDigit(QStringLiteral("00000000")), 5); // 11 → 5
    }

    void formatsComeFromTheTable()
    {
        TestDatabase t;
        auto formats = CourierFormats::load(t.connection());
        QVERIFY(formats.contains(QStringLiteral("EMS")));
        const CourierFormat ems = formats.value(QStringLiteral("EMS"));
        QVERIFY(ems.accepts(QStringLiteral("EA123456785CN")));
        QVERIFY(ems.accepts(QStringLiteral("EA123456784CN")).message.contains(QStringLiteral("check digit")));
        QVERIFY(!ems.accepts(QStringLiteral("EA12345678CN")));
        const CourierFormat sf = formats.value(QStringLiteral("SF"));
        QVERIFY(sf.accepts(QStringLiteral("SF1234567890123")));
        QVERIFY(!sf.accepts(QStringLiteral("YT1234567890123")));
        // A shop adds its own courier with a row, not a release.
        Sql::run(t.connection(),
                 QStringLiteral("INSERT INTO couriers (code, name) VALUES ('DB', '德邦快递')"));
        Sql::run(t.connection(),
                 QStringLiteral("INSERT INTO courier_formats (courier_code, pattern, example) "
                                "VALUES ('DB', '^DPK[0-9]{12}$', 'DPK123456789012')"));
        formats = CourierFormats::load(t.connection());
        QVERIFY(formats.value(QStringLiteral("DB")).accepts(QStringLiteral("DPK123456789012")));
        QVERIFY(!formats.value(QStringLiteral("DB")).accepts(QStringLiteral("DPK12")));
    }

    void listImportIsAllOrNothing()
    {
        TestDatabase t;
        const Actor a = TestDatabase::actor();
        PoolImport r = TrackingPool::importList(
            t.connection(), a, QStringLiteral("SF"),
            {QStringLiteral("SF1000000000001"), QStringLiteral("SF12"), QStringLiteral("SF1000000000003")});
        QCOMPARE(r.added, 0);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().startsWith(QStringLiteral("row 2:")));
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM tracking_numbers")), 0);

        r = TrackingPool::importList(
            t.connection(), a, QStringLiteral("SF"),
            {QStringLiteral(" sf1000000000001 "), QStringLiteral("SF1000000000002")});
        QCOMPARE(r.added, 2);
        r = TrackingPool::importList(t.connection(), a, QStringLiteral("SF"),
                                     {QStringLiteral("SF1000000000002"), QStringLiteral("SF1000000000003")});
        QCOMPARE(r.added, 1);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(countRows(t.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'tracking_pool'")),
                 2);
    }

    // A file goes through the importers' reader: its lines are named, quoted numbers and blank
    // lines are fine, a NUL or a 10 MB line is refused, and a file with no number writes nothing.
    void fileImportNamesLinesAndRefusesNothingToDo()
    {
        TestDatabase t;
        QTemporaryDir dir;
        const Actor a = TestDatabase::actor();
        PoolImport r = TrackingPool::importFile(t.connection(), a, QStringLiteral("ZTO"),
                                                writeFile(dir, QStringLiteral("empty.csv"), "\n\r\n"));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().contains(QStringLiteral("nothing to import")),
                 qPrintable(r.problems.first()));
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);

        r = TrackingPool::importFile(t.connection(), a, QStringLiteral("ZTO"),
                                     writeFile(dir, QStringLiteral("bad.csv"),
                                               QByteArray("751234567890\n\n75123\x1b[2J4567891\n7512345") +
                                                   QByteArray(1, '\0') + "\n" + QByteArray(200000, '7') +
                                                   "\n"));
        QCOMPARE(r.problems.size(), 3);
        QVERIFY2(
            r.problems.at(0).startsWith(QStringLiteral("line 3: field 1 holds the control character \\x1b")),
            qPrintable(r.problems.at(0)));
        QVERIFY(
            r.problems.at(1).startsWith(QStringLiteral("line 4: field 1 holds the control character \\x00")));
        QVERIFY2(r.problems.at(2).startsWith(QStringLiteral("line 5: field 1 is too long")),
                 qPrintable(r.problems.at(2)));
        QCOMPARE(countRows(t.connection(), QStringLiteral("SELECT COUNT(*) FROM tracking_numbers")), 0);

        r = TrackingPool::importFile(
            t.connection(), a, QStringLiteral("ZTO"),
            writeFile(dir, QStringLiteral("ok.csv"), "\"751234567890\",first\r\n751234567891\r\n"));
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.added, 2);
        r = TrackingPool::importFile(t.connection(), a, QStringLiteral("ZTO"),
                                     writeFile(dir, QStringLiteral("typo.csv"), "751234567892\nZTO-1\n"));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().startsWith(QStringLiteral("line 2: 'ZTO-1' does not look like")));
    }

    void rangeImport()
    {
        TestDatabase t;
        const Actor a = TestDatabase::actor();
        PoolImport r =
            TrackingPool::importRange(t.connection(), a, QStringLiteral("EMS"),
                                      QStringLiteral("EA000000014CN"), QStringLiteral("EA000000102CN"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.added, 10);
        const auto ems = CourierFormats::load(t.connection()).value(QStringLiteral("EMS"));
        QSqlQuery q = Sql::run(t.connection(), QStringLiteral("SELECT tracking_no FROM tracking_numbers"));
        while (q.next())
            QVERIFY2(ems.accepts(q.value(0).toString()), qPrintable(q.value(0).toString()));

        r = TrackingPool::importRange(t.connection(), a, QStringLiteral("ZTO"),
                                      QStringLiteral("751000000001"), QStringLiteral("751000000250"));
        QCOMPARE(r.added, 250);
        r = TrackingPool::importRange(t.connection(), a, QStringLiteral("ZTO"),
                                      QStringLiteral("751000000250"), QStringLiteral("751000000001"));
        QVERIFY(!r.problems.isEmpty()); // backwards
        r = TrackingPool::importRange(t.connection(), a, QStringLiteral("YTO"),
                                      QStringLiteral("YT0000000000001"), QStringLiteral("SF0000000000009"));
        QVERIFY(!r.problems.isEmpty());
    }

    void takeOnceAndWarnWhenLow()
    {
        TestDatabase t;
        t.seedDemo(10); // orders 1…4 exist
        const Actor a = TestDatabase::actor();
        TrackingPool::importRange(t.connection(), a, QStringLiteral("JT"), QStringLiteral("JT0000000000001"),
                                  QStringLiteral("JT0000000000003"));
        QCOMPARE(*TrackingPool::take(t.connection(), QStringLiteral("JT"), 1),
                 QStringLiteral("JT0000000000001"));
        QCOMPARE(*TrackingPool::take(t.connection(), QStringLiteral("JT"), 2),
                 QStringLiteral("JT0000000000002"));
        QCOMPARE(*TrackingPool::take(t.connection(), QStringLiteral("JT"), 3),
                 QStringLiteral("JT0000000000003"));
        QVERIFY(!TrackingPool::take(t.connection(), QStringLiteral("JT"), 4));
        const QStringList warnings = TrackingPool::lowWarnings(t.connection());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("JT")));
    }

    // Three stations print labels for different orders of one courier at the same moment.
    void threeProcessesNeverShareANumber()
    {
        TestDatabase t;
        t.seedDemo(800);
        QSqlDatabase db = t.connection();
        // Every Submitted order ships with ZTO for this test, without a number yet.
        Sql::run(db,
                 QStringLiteral("UPDATE orders SET courier_code = 'ZTO', tracking_no = NULL WHERE stage = ?"),
                 {Stages::code(Stage::Submitted)});
        QList<qint64> ids;
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id FROM orders WHERE stage = ? ORDER BY id"),
                               {Stages::code(Stage::Submitted)});
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        QVERIFY(ids.size() >= 40);
        const PoolImport imported =
            TrackingPool::importRange(db, TestDatabase::actor(), QStringLiteral("ZTO"),
                                      QStringLiteral("752000000001"), QStringLiteral("752000001000"));
        QCOMPARE(imported.added, 1000);

        // Rounds of three processes at once, each with its own slice of orders.
        const int rounds = 4;
        const int stations = 3;
        const qsizetype per = ids.size() / (stations * rounds);
        int jobs = 0;
        for (int round = 0; round < rounds; ++round) {
            QList<QProcess *> procs;
            for (int who = 0; who < stations; ++who) {
                QStringList slice;
                for (qsizetype i = 0; i < ids.size(); ++i)
                    if (i % stations == who && i / stations / per == round)
                        slice << QString::number(ids.at(i));
                auto *p = new QProcess(this);
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
                p->setProcessEnvironment(env);
                p->start(QStringLiteral(PACKLINE_BINARY),
                         {QStringLiteral("print"), QStringLiteral("--db"), t.path(),
                          QStringLiteral("--new-job"), QStringLiteral("--orders"), slice.join(u','),
                          QStringLiteral("--printer"),
                          QStringLiteral("dir:") + t.dir() + QStringLiteral("/printer")});
                procs << p;
            }
            for (QProcess *p : procs) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                ++jobs;
                delete p;
            }
        }
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM print_jobs")), jobs);
        const qint64 printed = countRows(db, QStringLiteral("SELECT COUNT(*) FROM print_pages"));
        QCOMPARE(printed, per * stations * rounds);
        // Every used number belongs to exactly one order and that order carries it.
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM tracking_numbers WHERE state = 'used'")),
                 printed);
        QCOMPARE(
            countRows(db, QStringLiteral(
                              "SELECT COUNT(DISTINCT order_id) FROM tracking_numbers WHERE state = 'used'")),
            printed);
        QCOMPARE(countRows(db,
                           QStringLiteral(
                               "SELECT COUNT(*) FROM tracking_numbers t JOIN orders o ON o.id = t.order_id "
                               "WHERE t.state = 'used' AND o.tracking_no = t.tracking_no AND o.stage = ?"),
                           {Stages::code(Stage::Printed)}),
                 printed);
        QCOMPARE(countRows(db, QStringLiteral(
                                   "SELECT COUNT(*) FROM (SELECT tracking_no FROM orders WHERE tracking_no "
                                   "LIKE '752%' GROUP BY tracking_no HAVING COUNT(*) > 1) d")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestTrackingPool)
#include "tst_trackingpool.moc"
