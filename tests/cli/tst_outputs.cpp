// What Packline writes, through the real binary: every export is written whole or not at all
// (a full disk leaves no file and marks no order), never lands on the database (same path,
// symlink, hard link, its -wal/-journal, or another SQLite file unless --force), and is 0600 like
// the database, its -wal/-shm and the rejected rows. --db never conjures a database for a reader,
// folders for a typed path, a file for a URL, or a journal beside /dev/null.
#include "TestDatabase.h"
#include "db/Sql.h"
#include "orders/Stage.h"
#include "printing/PrintQueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run packline(const QStringList &args, const QString &workingDir = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PACKLINE_DB"));
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(PACKLINE_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timeout")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool isSqlite(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

// A small SQLite database of someone else's (not Packline's open one).
QString otherDatabase(const QString &path)
{
    Database other;
    if (!other.open(path))
        return {};
    return path;
}

// Files left in a folder, but the ones named.
QStringList filesIn(const QString &dir, const QStringList &except = {})
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &e : except)
        names.removeAll(e);
    return names;
}

qint64 ordersIn(const QSqlDatabase &db, Stage stage)
{
    return countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stage = ?"),
                     {Stages::code(stage)});
}

// A tmpfs of 16 KB at dir for as long as it lives; empty when the system does not allow it.
class SmallDisk {
public:
    explicit SmallDisk(const QString &dir)
        : m_dir(dir)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=16k,mode=0700"), QStringLiteral("tmpfs"), dir});
        m_mounted = mount.waitForFinished(20000) && mount.exitStatus() == QProcess::NormalExit &&
                    mount.exitCode() == 0;
        m_why = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir});
    }
    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }
    // Fills the disk until at most `leave` bytes are free.
    bool fill(const QString &name, qint64 leave)
    {
        QFile filler(m_dir + u'/' + name);
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(1024, 'x');
        while (free() > leave)
            if (filler.write(block) != block.size())
                break;
        return true;
    }
    qint64 free() const
    {
        QProcess df;
        df.start(QStringLiteral("df"), {QStringLiteral("-B1"), QStringLiteral("--output=avail"), m_dir});
        df.waitForFinished();
        const QList<QByteArray> lines = df.readAllStandardOutput().trimmed().split('\n');
        return lines.size() == 2 ? lines.at(1).trimmed().toLongLong() : -1;
    }

private:
    QString m_dir;
    bool m_mounted = false;
    QString m_why;
};
} // namespace

class TestOutputs : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 job = 0;
    QString someOrders;

    // The exporting commands, each writing to out.
    QList<QStringList> exportsTo(const QString &out) const
    {
        const QString db = t->path();
        return {
            {QStringLiteral("export-shipping"), QStringLiteral("--platform"), QStringLiteral("taobao"),
             QStringLiteral("-o"), out, QStringLiteral("--db"), db},
            {QStringLiteral("stock"), QStringLiteral("export"), QStringLiteral("-o"), out,
             QStringLiteral("--db"), db},
            {QStringLiteral("stock"), QStringLiteral("catalog-export"), QStringLiteral("-o"), out,
             QStringLiteral("--db"), db},
            {QStringLiteral("report"), QStringLiteral("shipping"), QStringLiteral("--csv"), out,
             QStringLiteral("--db"), db},
            {QStringLiteral("notices"), QStringLiteral("export"), QStringLiteral("-o"), out,
             QStringLiteral("--db"), db},
            {QStringLiteral("reminders"), QStringLiteral("export"), QStringLiteral("-o"), out,
             QStringLiteral("--db"), db},
            {QStringLiteral("print"), QStringLiteral("--job"), QString::number(job),
             QStringLiteral("--to-pdf"), out, QStringLiteral("--db"), db},
            {QStringLiteral("print"), QStringLiteral("--orders"), someOrders, QStringLiteral("--to-pdf"), out,
             QStringLiteral("--db"), db},
        };
    }

    // The open database still is what it was: the same file, whole, with its orders.
    void verifyIntact(ino_t inode, qint64 orders)
    {
        QCOMPARE(inodeOf(t->path()), inode);
        QVERIFY(isSqlite(t->path()));
        Database again;
        QVERIFY2(again.open(t->path(), Database::IfMissing::Refuse), qPrintable(again.error()));
        QCOMPARE(Sql::scalar(again.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(countRows(again.connection(), QStringLiteral("SELECT COUNT(*) FROM orders")), orders);
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); } // runs on SQLite and on PostgreSQL (_pg)
    void init()
    {
        // On a server only the exports are this test's business; the rest is about a database file.
        const QByteArray test(QTest::currentTestFunction());
        if (TestDatabase::onServer() && test != "exportsAreWrittenOwnerOnly" &&
            test != "fullDiskWritesNothingAndMarksNothing")
            QSKIP("about a database file: runs once, on SQLite");
        ::umask(022); // the usual umask: files would be 0644 without Packline's care
        t = std::make_unique<TestDatabase>();
        t->seedDemo(1000);
        const QSqlDatabase db = t->connection();
        QStringList ids;
        QSqlQuery q =
            Sql::run(db, QStringLiteral("SELECT id FROM orders WHERE stage = ? ORDER BY id LIMIT 3"),
                     {Stages::code(Stage::Printed)});
        QList<qint64> printed;
        while (q.next()) {
            printed << q.value(0).toLongLong();
            ids << q.value(0).toString();
        }
        q.finish();
        QVERIFY(printed.size() == 3);
        someOrders = ids.join(u',');
        PrintQueue::JobSpec spec;
        spec.kind = PrintQueue::Kind::PickList;
        spec.templateId = QStringLiteral("picklist-a4");
        spec.printer = QStringLiteral("PDF");
        spec.checkPrinter = false; // exported to files only: no print server in this test
        spec.title = QStringLiteral("wave 1");
        spec.orderIds = printed;
        const Result<PrintQueue::CreatedJob> created = PrintQueue::create(db, TestDatabase::actor(), spec);
        QVERIFY2(created, qPrintable(created.message));
        job = created->jobId;
        QVERIFY(ordersIn(db, Stage::Shipped) > 0);
    }
    void cleanup() { t.reset(); }

    void exportsNeverLandOnTheOpenDatabase()
    {
        const QString db = t->path();
        const ino_t inode = inodeOf(db);
        const qint64 orders = countRows(t->connection(), QStringLiteral("SELECT COUNT(*) FROM orders"));
        QTemporaryDir elsewhere;
        const QString symlink = elsewhere.filePath(QStringLiteral("link.db"));
        const QString hardlink = elsewhere.filePath(QStringLiteral("hard.csv"));
        const QString folderLink = elsewhere.filePath(QStringLiteral("folder"));
        QVERIFY(QFile::link(db, symlink));
        QVERIFY(QFile::link(t->dir(), folderLink));
        QVERIFY(QFileInfo::exists(db + QStringLiteral("-wal"))); // this test's connection keeps it
        const QStringList targets{db, symlink, folderLink + u'/' + QFileInfo(db).fileName(),
                                  db + QStringLiteral("-wal"), db + QStringLiteral("-journal")};
        const qint64 synced = ordersIn(t->connection(), Stage::SyncedBack);
        for (const QString &target : targets) {
            for (const QStringList &args : exportsTo(target)) {
                for (const bool force : {false, true}) { // --force never covers the open database
                    if (force && target != db)
                        continue;
                    const Run r = packline(force ? args + QStringList{QStringLiteral("--force")} : args);
                    const QString what = args.join(u' ') + QStringLiteral(" → ") + r.err;
                    QVERIFY2(r.code == 1, qPrintable(what));
                    QVERIFY2(r.err.contains(target), qPrintable(what));
                    QVERIFY2(r.err.contains(QStringLiteral("database")), qPrintable(what));
                    QVERIFY2(!r.out.contains(QStringLiteral("written")), qPrintable(r.out));
                }
            }
            verifyIntact(inode, orders);
        }
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
        const QString name = QFileInfo(db).fileName();
        QCOMPARE(filesIn(t->dir(), {name, name + QStringLiteral("-shm"), name + QStringLiteral("-wal")}),
                 QStringList()); // no export, no part file beside the database
        QCOMPARE(ordersIn(t->connection(), Stage::SyncedBack), synced);

        // A hard link to the database: a database with two names is not opened at all (stations on
        // two names would miss each other's journal), so nothing is exported over it either.
        QVERIFY(::link(QFile::encodeName(db).constData(), QFile::encodeName(hardlink).constData()) == 0);
        for (const QStringList &args : exportsTo(hardlink)) {
            const Run r = packline(args);
            const QString what = args.join(u' ') + QStringLiteral(" → ") + r.err;
            QVERIFY2(r.code == 1, qPrintable(what));
            QVERIFY2(r.err.contains(QStringLiteral("hard links")), qPrintable(what));
            QVERIFY2(!r.out.contains(QStringLiteral("written")), qPrintable(r.out));
        }
        QCOMPARE(inodeOf(hardlink), inode);
        QVERIFY(QFile::remove(hardlink));
        verifyIntact(inode, orders);
        QCOMPARE(ordersIn(t->connection(), Stage::SyncedBack), synced);
    }

    void anotherDatabaseIsReplacedOnlyWhenForced()
    {
        QTemporaryDir dir;
        int n = 0;
        for (const QStringList &args : exportsTo(QStringLiteral("%OUT%"))) {
            const QString other = otherDatabase(dir.filePath(QStringLiteral("other-%1.db").arg(++n)));
            QVERIFY(!other.isEmpty());
            QStringList withTarget = args;
            withTarget.replaceInStrings(QStringLiteral("%OUT%"), other);
            const QByteArray before = hashOf(other);
            const Run refused = packline(withTarget);
            QVERIFY2(refused.code == 1, qPrintable(withTarget.join(u' ') + u'\n' + refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("SQLite database")), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
            QCOMPARE(hashOf(other), before);

            const Run forced = packline(withTarget + QStringList{QStringLiteral("--force")});
            QVERIFY2(forced.code == 0, qPrintable(withTarget.join(u' ') + u'\n' + forced.err));
            QVERIFY(!isSqlite(other));
            QVERIFY(QFileInfo(other).size() > 0);
            QCOMPARE(modeOf(other), 0600);
        }
    }

    void exportsAreWrittenOwnerOnly()
    {
        QTemporaryDir dir;
        int n = 0;
        for (const QStringList &args : exportsTo(QStringLiteral("%OUT%"))) {
            // An earlier export, readable by all: replaced by one that is its owner's alone.
            const QString out = writeFile(dir, QStringLiteral("export-%1").arg(++n), QByteArray("earlier\n"));
            QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                   QFile::ReadOther));
            QStringList withTarget = args;
            withTarget.replaceInStrings(QStringLiteral("%OUT%"), out);
            const Run r = packline(withTarget);
            QVERIFY2(r.code == 0, qPrintable(withTarget.join(u' ') + u'\n' + r.err));
            QVERIFY(hashOf(out) != QCryptographicHash::hash("earlier\n", QCryptographicHash::Sha256));
            QCOMPARE(modeOf(out), 0600);
            const QString fresh = dir.filePath(QStringLiteral("fresh-%1").arg(n));
            withTarget = args;
            withTarget.replaceInStrings(QStringLiteral("%OUT%"), fresh);
            QCOMPARE(packline(withTarget).code, 0);
            QCOMPARE(modeOf(fresh), 0600);
        }
        QCOMPARE(filesIn(dir.path()).size(), 2 * n); // no temporary left behind
    }

    void fullDiskWritesNothingAndMarksNothing()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        SmallDisk disk(mountPoint);
        if (!disk.mounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (needs root): ") + disk.why()));

        // The upload is bigger than what is left on the disk: a short write, not an empty file.
        Sql::run(t->connection(), QStringLiteral("UPDATE orders SET stage = ? WHERE stage IN (?, ?)"),
                 {Stages::code(Stage::Shipped), Stages::code(Stage::Printed), Stages::code(Stage::Packed)});
        const QString roomy = dir.filePath(QStringLiteral("upload.csv"));
        QCOMPARE(packline({QStringLiteral("export-shipping"), QStringLiteral("-o"), roomy,
                           QStringLiteral("--db"), t->path()})
                     .code,
                 0);
        QVERIFY(disk.fill(QStringLiteral("filler"), 4096));
        const qint64 left = disk.free();
        QVERIFY2(
            left > 0 && QFileInfo(roomy).size() > left + 1024,
            qPrintable(QStringLiteral("%1 bytes free, upload %2").arg(left).arg(QFileInfo(roomy).size())));

        const qint64 shipped = ordersIn(t->connection(), Stage::Shipped);
        const qint64 synced = ordersIn(t->connection(), Stage::SyncedBack);
        const QString upload = mountPoint + QStringLiteral("/upload.csv");
        const Run r = packline({QStringLiteral("export-shipping"), QStringLiteral("--platform"),
                                QStringLiteral("taobao"), QStringLiteral("-o"), upload,
                                QStringLiteral("--mark-synced"), QStringLiteral("--db"), t->path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(upload), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("No space left on device")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("written")), qPrintable(r.out));
        QCOMPARE(filesIn(mountPoint), QStringList{QStringLiteral("filler")}); // no part file
        QCOMPARE(ordersIn(t->connection(), Stage::Shipped), shipped);
        QCOMPARE(ordersIn(t->connection(), Stage::SyncedBack), synced);

        QVERIFY(disk.fill(QStringLiteral("filler2"), 0));
        const QString csv = mountPoint + QStringLiteral("/shipping.csv");
        const Run report = packline({QStringLiteral("report"), QStringLiteral("shipping"),
                                     QStringLiteral("--csv"), csv, QStringLiteral("--db"), t->path()});
        QCOMPARE(report.code, 1);
        QVERIFY2(report.err.contains(csv), qPrintable(report.err));
        QVERIFY2(report.err.contains(QStringLiteral("No space left on device")), qPrintable(report.err));
        QVERIFY(!QFileInfo::exists(csv));
        QCOMPARE(filesIn(mountPoint, {QStringLiteral("filler"), QStringLiteral("filler2")}), QStringList());

        // The same upload on a disk with room: written, and only then marked.
        const Run ok = packline({QStringLiteral("export-shipping"), QStringLiteral("-o"), roomy,
                                 QStringLiteral("--mark-synced"), QStringLiteral("--db"), t->path()});
        QCOMPARE(ok.code, 0);
        const qint64 marked = ordersIn(t->connection(), Stage::SyncedBack) - synced;
        QVERIFY(marked > 0);
        QCOMPARE(ordersIn(t->connection(), Stage::Shipped), shipped - marked);
    }

    void databaseAndRejectedRowsAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        QCOMPARE(packline({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("20"),
                           QStringLiteral("--db"), path})
                     .code,
                 0);
        QCOMPARE(modeOf(path), 0600);
        {
            Database db; // an open connection keeps -wal and -shm
            QVERIFY(db.open(path, Database::IfMissing::Refuse));
            Sql::run(
                db.connection(),
                QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('jd', 'J', 'x')"));
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        }

        // The default database's folders are made 0700; a typed path's folders are not made at all.
        const QString nested = dir.filePath(QStringLiteral("a/b/packline.db"));
        Database created;
        QVERIFY2(created.open(nested, Database::IfMissing::CreateWithFolders), qPrintable(created.error()));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/b"))), 0700);
        QCOMPARE(modeOf(nested), 0600);

        // Rejected rows carry buyers' details too.
        const QString orders = dir.filePath(QStringLiteral("ExportOrderList_A.csv"));
        QVERIFY(QFile::copy(QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/ExportOrderList_A.csv"), orders));
        QVERIFY(QFile::copy(QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/ExportOrderDetailList_A.csv"),
                            dir.filePath(QStringLiteral("ExportOrderDetailList_A.csv"))));
        const Run r = packline({QStringLiteral("import"), QStringLiteral("--db"), path, orders,
                                dir.filePath(QStringLiteral("ExportOrderDetailList_A.csv"))});
        QCOMPARE(r.code, 1); // some rows rejected
        QVERIFY(QFileInfo::exists(orders + QStringLiteral(".rejected.csv")));
        QCOMPARE(modeOf(orders + QStringLiteral(".rejected.csv")), 0600);
    }

    void readersNeverCreateADatabase()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
        for (const QStringList &args : {QStringList{QStringLiteral("status")},
                                        QStringList{QStringLiteral("report"), QStringLiteral("shipping")},
                                        QStringList{QStringLiteral("stock"), QStringLiteral("verify")},
                                        QStringList{QStringLiteral("print"), QStringLiteral("--list")}}) {
            const Run r = packline(args + QStringList{QStringLiteral("--db"), fresh});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("No database at ") + fresh), qPrintable(r.err));
            QCOMPARE(filesIn(dir.path()), QStringList());
        }
        // A path a person typed gets no folders made for it, not even by a command that creates.
        const QString deep = dir.filePath(QStringLiteral("nope/deeper/x.db"));
        const Run status = packline({QStringLiteral("status"), QStringLiteral("--db"), deep});
        QCOMPARE(status.code, 1);
        const Run demo = packline({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("5"),
                                   QStringLiteral("--db"), deep});
        QCOMPARE(demo.code, 1);
        QVERIFY2(demo.err.contains(QStringLiteral("does not exist")), qPrintable(demo.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nope"))));
        // The commands that mean to create one do.
        const Run made = packline({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("5"),
                                   QStringLiteral("--db"), fresh});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(packline({QStringLiteral("status"), QStringLiteral("--db"), fresh}).code, 0);
    }

    void notAFileIsRefusedBeforeSqliteTouchesIt()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const bool journalBefore = QFileInfo::exists(QStringLiteral("/dev/null-journal"));
        for (const QString &path : {QStringLiteral("/dev/null"), fifo, dir.path()}) {
            for (const char *command : {"status", "demo"}) {
                const Run r = packline({QLatin1String(command), QStringLiteral("--db"), path});
                QCOMPARE(r.code, 1);
                QVERIFY2(r.err.contains(path), qPrintable(r.err));
            }
        }
        if (!journalBefore)
            QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/null-journal")));
        QCOMPARE(filesIn(dir.path(), {QStringLiteral("pipe")}), QStringList());
    }

    void serverUrlsAreNotFileNames()
    {
        // A postgresql:// URI names a server (here one that is not there: .invalid never resolves);
        // another URL is refused as one. Neither becomes a file.
        QTemporaryDir dir;
        const QList<QPair<QString, QString>> cases{
            {QStringLiteral("postgresql://user@host.invalid:5439/packline?connect_timeout=5"),
             QStringLiteral("host.invalid:5439")},
            {QStringLiteral("postgres://h.invalid/db?connect_timeout=5"), QStringLiteral("h.invalid:5432")},
            {QStringLiteral("mysql://x/y"), QStringLiteral("mysql://x/y")}};
        for (const auto &[url, named] : cases) {
            for (const char *command : {"status", "demo", "import"}) {
                QStringList args{QLatin1String(command), QStringLiteral("--db"), url};
                if (qstrcmp(command, "import") == 0)
                    args << dir.filePath(QStringLiteral("none.csv"));
                const Run r = packline(args, dir.path());
                QCOMPARE(r.code, 1);
                QVERIFY2(r.err.contains(named), qPrintable(r.err));
            }
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
