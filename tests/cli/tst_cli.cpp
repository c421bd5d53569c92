// The command line as a person or a script uses it: exit codes, messages, --db, status --json.
#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <optional>

namespace {
struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run packline(const QStringList &args,
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PACKLINE_BINARY), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timeout")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void versionAndHelp()
    {
        PACKLINE_ONCE_NOT_ON_SERVER();
        const Run v = packline({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("packline ")));
        const Run h = packline({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("status")));
        QVERIFY(h.out.contains(QStringLiteral("demo")));
        const Run sub = packline({QStringLiteral("status"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains(QStringLiteral("--json")));
    }

    void usageErrorsExitTwo()
    {
        PACKLINE_ONCE_NOT_ON_SERVER();
        QCOMPARE(packline({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(packline({QStringLiteral("status"), QStringLiteral("--bogus")}).exitCode, 2);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(packline({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("many"),
                           QStringLiteral("--db"), db})
                     .exitCode,
                 2);
    }

    void badDatabaseExitsOneAndSaysWhy()
    {
        PACKLINE_ONCE_NOT_ON_SERVER();
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("orders.csv"), QByteArray("not a database\n"));
        const Run r = packline({QStringLiteral("status"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a Packline database")), qPrintable(r.err));
        QVERIFY(r.err.contains(path));
    }

    void statusJsonAfterDemo()
    {
        QTemporaryDir dir;
        // A new file; on a server, a new database (which names itself by host, port and name).
        std::optional<TestDatabase> server;
        if (TestDatabase::onServer())
            server.emplace();
        const QString db = server ? server->path() : dir.filePath(QStringLiteral("demo.db"));
        const QString shown = server ? server->db().location() : db;
        const Run demo = packline({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("300"),
                                   QStringLiteral("--db"), db});
        QCOMPARE(demo.exitCode, 0);
        const Run status =
            packline({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("orders")).toInt(), 300);
        QVERIFY(o.value(QStringLiteral("schema_level")).toInt() >= 1);
        QCOMPARE(o.value(QStringLiteral("database")).toString(), shown);
        int sum = 0;
        const QJsonObject stages = o.value(QStringLiteral("stages")).toObject();
        for (const QString &k : stages.keys())
            sum += stages.value(k).toInt();
        QCOMPARE(sum, 300);
        QVERIFY(stages.value(QStringLiteral("imported")).toInt() > 0);
    }

    void environmentPicksTheDatabase()
    {
        PACKLINE_ONCE_NOT_ON_SERVER();
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("env.db"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PACKLINE_DB"), db);
        // A reader does not create it; demo (which means to) does, in the folder the variable names.
        QCOMPARE(packline({QStringLiteral("status")}, env).exitCode, 1);
        QVERIFY(!QFile::exists(db));
        QCOMPARE(
            packline({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("5")}, env).exitCode,
            0);
        const Run r = packline({QStringLiteral("status")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(db));
        QVERIFY(QFile::exists(db));
    }

    void labelPrinterSettingsAndTestLabel()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        const QString device = dir.filePath(QStringLiteral("lp0"));
        const QString printer = QStringLiteral("device:") + device;
        std::optional<TestDatabase> server;
        if (TestDatabase::onServer())
            server.emplace();
        const QString db = server ? server->path() : dir.filePath(QStringLiteral("x.db"));
        const auto print = [&](QStringList args) {
            args.prepend(QStringLiteral("print"));
            args << QStringLiteral("--db") << db;
            return packline(args, env);
        };
        const Run set = print({QStringLiteral("--printer-settings"), printer, QStringLiteral("--language"),
                               QStringLiteral("zpl"), QStringLiteral("--dpi"), QStringLiteral("300"),
                               QStringLiteral("--darkness"), QStringLiteral("11"),
                               QStringLiteral("--rotate180"), QStringLiteral("on")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(QStringLiteral("language zpl, 300 dpi")), qPrintable(set.out));
        // Kept for the next run: the test label comes out in ZPL at 300 dpi, turned.
        const Run label = print({QStringLiteral("--test-label"), printer, QStringLiteral("--template"),
                                 QStringLiteral("label-76x130")});
        QCOMPARE(label.exitCode, 0);
        QFile sent(device);
        QVERIFY(sent.open(QIODevice::ReadOnly));
        const QByteArray zpl = sent.readAll();
        QVERIFY2(zpl.startsWith("^XA\n^PW898\n"), zpl.left(40).constData()); // 76 mm at 300 dpi
        QVERIFY(zpl.contains("^MD7\n") && zpl.contains("^POI\n") && zpl.contains("^GFA,"));
        // Wrong values: usage (2) for what does not parse, 1 for what is out of range; nothing saved.
        QCOMPARE(print({QStringLiteral("--printer-settings"), printer, QStringLiteral("--media"),
                        QStringLiteral("roll")})
                     .exitCode,
                 2);
        const Run dpi = print(
            {QStringLiteral("--printer-settings"), printer, QStringLiteral("--dpi"), QStringLiteral("600")});
        QCOMPARE(dpi.exitCode, 1);
        QVERIFY2(dpi.err.contains(QStringLiteral("203 or 300")), qPrintable(dpi.err));
        QVERIFY(
            print({QStringLiteral("--printer-settings"), printer}).out.contains(QStringLiteral("300 dpi")));
        // A printer that is not there: exit 1 with the reason.
        const Run gone = print({QStringLiteral("--test-label"), QStringLiteral("device:/nonexistent/lp9")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(QStringLiteral("/nonexistent/lp9")), qPrintable(gone.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
