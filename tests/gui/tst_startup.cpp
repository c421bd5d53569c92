// Start-up as a person meets it: the real binary paints its window on a demo database;
// a bad database file gets a clear dialog and exit 1, not a crash and not a changed file.
#include "TestDatabase.h"
#include "ui/GuiApp.h"
#include "ui/MessageBox.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestStartup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)

    void binaryPaintsItsWindow()
    {
        TestDatabase t;
        t.seedDemo(2000);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PACKLINE_BINARY),
                {QStringLiteral("--db"), t.path(), QStringLiteral("--operator"), QStringLiteral("张三"),
                 QStringLiteral("--measure-startup")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("startup_ms ")), qPrintable(out));
        qInfo("start to first paint: %s ms (2,000 orders, offscreen)",
              qPrintable(out.section(u' ', 1).trimmed()));
    }

    void missingDatabaseIsCreatedOnlyWhenAsked()
    {
        PACKLINE_ONCE_NOT_ON_SERVER();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        const QStringList args{
            QStringLiteral("packline"),   QStringLiteral("--db"), path,
            QStringLiteral("--operator"), QStringLiteral("t"),    QStringLiteral("--measure-startup")};
        MessageBox::setNextAnswer(QMessageBox::No);
        QCOMPARE(GuiApp::run(*qApp, args), 0);
        QVERIFY2(MessageBox::lastText().contains(path), qPrintable(MessageBox::lastText()));
        QVERIFY(!QFile::exists(path));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(GuiApp::run(*qApp, args), 0);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
                 QFile::Permissions());
    }

    // A server that does not answer offers Retry (here: Cancel, and the program ends, saying where).
    void unreachableServerOffersRetry()
    {
        PACKLINE_ONCE_NOT_ON_SERVER(); // needs no test server: once is enough
        const QString uri = QStringLiteral("postgresql://packline@127.0.0.1:1/warehouse?connect_timeout=2");
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        const int code = GuiApp::run(*qApp, {QStringLiteral("packline"), QStringLiteral("--db"), uri,
                                             QStringLiteral("--operator"), QStringLiteral("t")});
        QCOMPARE(code, 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Retry when the server is back")),
                 qPrintable(MessageBox::lastText()));
    }

    void badDatabaseShowsAClearDialog()
    {
        PACKLINE_ONCE_NOT_ON_SERVER();
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("export.csv"), QByteArray("订单编号\n1\n"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const int code = GuiApp::run(*qApp, {QStringLiteral("packline"), QStringLiteral("--db"), path,
                                             QStringLiteral("--operator"), QStringLiteral("t")});
        QCOMPARE(code, 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not a Packline database")),
                 qPrintable(MessageBox::lastText()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("订单编号\n1\n"));
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
