// Two pack stations (two processes) finishing the same parcel at the same moment: exactly one
// parcel row and one Packed move; the other station is told the order was changed.
#include "PackFixtures.h"

#include <QProcess>
#include <QTest>

using namespace PackFixtures;

class TestPackRace : public QObject {
    Q_OBJECT
private slots:
    void twoProcessesPackTheSameOrderOnce() {
        for (int round = 0; round < 3; ++round) {
            TestDatabase t;
            t.seedDemo(20);
            const qint64 a = skuId(t, 1);
            const qint64 b = skuId(t, 2);
            const QString tracking = QStringLiteral("ZT20000000000%1").arg(round);
            const qint64 id = printedOrder(t, tracking, {{a, 1}, {b, 2}});
            const QString go = t.dir() + QStringLiteral("/go");
            const QStringList args{QStringLiteral("pack"),
                                   QStringLiteral("--db"),
                                   t.path(),
                                   QStringLiteral("--sync-file"),
                                   go,
                                   tracking,
                                   barcode(t, a),
                                   QStringLiteral("*2"),
                                   barcode(t, b)};
            QProcess one, two;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PACKLINE_OPERATOR"), QStringLiteral("racer"));
            one.setProcessEnvironment(env);
            two.setProcessEnvironment(env);
            one.start(QStringLiteral(PACKLINE_BINARY),
                      args + QStringList{QStringLiteral("--station"), QStringLiteral("PACK-A")});
            two.start(QStringLiteral(PACKLINE_BINARY),
                      args + QStringList{QStringLiteral("--station"), QStringLiteral("PACK-B")});
            // Both have the parcel open and all but the last item counted before either packs.
            QByteArray out1, out2;
            QTRY_VERIFY_WITH_TIMEOUT((out1 += one.readAllStandardOutput()).contains("ready") &&
                                         (out2 += two.readAllStandardOutput()).contains("ready"),
                                     20000);
            QCOMPARE(stageOf(t, id), QStringLiteral("printed"));
            QFile f(go);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            QVERIFY(one.waitForFinished(20000));
            QVERIFY(two.waitForFinished(20000));
            const int ok = (one.exitCode() == 0) + (two.exitCode() == 0);
            QCOMPARE(ok, 1);
            QProcess &loser = one.exitCode() == 0 ? two : one;
            QVERIFY2(loser.readAllStandardError().contains("Not packed"), "the other station is told");
            QCOMPARE(stageOf(t, id), QStringLiteral("packed"));
            QCOMPARE(countRows(t.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM parcels WHERE order_id = ?"), {id}),
                     1);
            QCOMPARE(
                countRows(t.connection(),
                          QStringLiteral(
                              "SELECT COUNT(*) FROM audit_log WHERE entity = 'order' AND entity_id = ? AND "
                              "action = 'stage'"),
                          {id}),
                1);
        }
    }
};

QTEST_GUILESS_MAIN(TestPackRace)
#include "tst_packrace.moc"
