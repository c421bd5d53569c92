// Three pack stations (three processes) finishing the same parcel at the same moment: exactly one
// parcel row and one Packed move; the other stations are told the order was changed.
#include "PackFixtures.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <array>

using namespace PackFixtures;

class TestPackRace : public QObject {
    Q_OBJECT
private slots:
    void threeProcessesPackTheSameOrderOnce()
    {
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
            std::array<QProcess, 3> stations;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PACKLINE_OPERATOR"), QStringLiteral("racer"));
            for (int i = 0; i < 3; ++i) {
                stations[i].setProcessEnvironment(env);
                stations[i].start(
                    QStringLiteral(PACKLINE_BINARY),
                    args + QStringList{QStringLiteral("--station"), QStringLiteral("PACK-%1").arg(i)});
            }
            // All have the parcel open and all but the last item counted before any packs.
            std::array<QByteArray, 3> out;
            QTRY_VERIFY_WITH_TIMEOUT(
                std::all_of(stations.begin(), stations.end(),
                            [&](QProcess &p) {
                                QByteArray &o = out[&p - stations.data()];
                                return (o += p.readAllStandardOutput()).contains("ready");
                            }),
                20000);
            QCOMPARE(stageOf(t, id), QStringLiteral("printed"));
            QFile f(go);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            int ok = 0;
            for (QProcess &p : stations) {
                QVERIFY(p.waitForFinished(20000));
                if (p.exitCode() == 0)
                    ++ok;
                else
                    QVERIFY2(p.readAllStandardError().contains("Not packed"), "the other stations are told");
            }
            QCOMPARE(ok, 1);
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
