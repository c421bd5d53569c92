// A print job keeps the template it was made with: a job made with --template tpl/x.json prints
// from any folder, and editing (or deleting) the file afterwards changes nothing the job prints.
// Jobs made before copies were kept load their template by id, as before.
#include "TestDatabase.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "orders/Stage.h"
#include "printing/JobExport.h"
#include "printing/JobTemplates.h"
#include "printing/LabelRenderer.h"
#include "printing/PrintQueue.h"
#include "printing/TemplateLibrary.h"
#include "printing/TrackingPool.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A small label with a static mark, so what a job prints shows which version of the file it used,
// and an image beside the template (read from the template's folder, not the working one).
QByteArray labelTemplate(const QString &mark)
{
    return QStringLiteral(R"({
 "name": "Test label",
 "kind": "label",
 "page": {"width": 100, "height": 150},
 "elements": [
  {"type": "text", "x": 5, "y": 5, "w": 90, "h": 20, "text": "%1", "size": 28, "bold": true},
  {"type": "barcode", "x": 5, "y": 30, "w": 90, "h": 25, "data": "{tracking.no}", "module": 0.33},
  {"type": "text", "x": 5, "y": 60, "w": 90, "h": 10, "text": "{receiver.name} {order.no}", "size": 12},
  {"type": "image", "x": 5, "y": 80, "w": 40, "h": 20, "source": "logo.png"}
 ]
}
)")
        .arg(mark)
        .toUtf8();
}

void writeTemplate(const QString &path, const QByteArray &json)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(json), json.size());
}

struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run packline(const QStringList &args, const QString &workingDirectory)
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(PACKLINE_BINARY), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timeout")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestJobTemplate : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<QTemporaryDir> m_work; // m_work/tpl/x.json and its logo
    QSqlDatabase db() const { return m_t->connection(); }
    QString templatePath() const { return m_work->filePath(QStringLiteral("tpl/x.json")); }

    QList<qint64> submitted(int n) const
    {
        QList<qint64> ids;
        QSqlQuery q =
            Sql::run(db(), QStringLiteral("SELECT id FROM orders WHERE stage = ? ORDER BY id LIMIT ?"),
                     {Stages::code(Stage::Submitted), n});
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    Result<PrintQueue::CreatedJob> labelJob(const QString &templateId, int orders)
    {
        PrintQueue::JobSpec spec;
        spec.templateId = templateId;
        spec.printer = QStringLiteral("dir:") + m_t->dir() + QStringLiteral("/printer");
        spec.orderIds = submitted(orders);
        return PrintQueue::create(db(), TestDatabase::actor(), spec);
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        m_t->seedDemo(300);
        // Every Submitted order ships with ZTO, without a number yet.
        Sql::run(db(),
                 QStringLiteral("UPDATE orders SET courier_code = 'ZTO', tracking_no = NULL WHERE stage = ?"),
                 {Stages::code(Stage::Submitted)});
        QCOMPARE(TrackingPool::importRange(db(), TestDatabase::actor(), QStringLiteral("ZTO"),
                                           QStringLiteral("752000000001"), QStringLiteral("752000000500"))
                     .added,
                 500);
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(m_work->filePath(QStringLiteral("tpl"))));
        QImage logo(80, 40, QImage::Format_RGB32);
        logo.fill(Qt::black);
        QVERIFY(logo.save(m_work->filePath(QStringLiteral("tpl/logo.png"))));
        writeTemplate(templatePath(), labelTemplate(QStringLiteral("MARK-A")));
    }

    void editingTheFileLaterChangesNoJob()
    {
        const Result<PrintQueue::CreatedJob> made = labelJob(templatePath(), 3);
        QVERIFY2(made, qPrintable(made.message));
        const auto job = PrintQueue::job(db(), made->jobId);
        const auto pages = PrintQueue::pages(db(), made->jobId);
        const PrintData data = JobExport::pageData(db(), *job, pages.first());
        const QImage asMade = LabelRenderer(JobTemplates::forJob(db(), made->jobId)).toImage(data, 203);
        QCOMPARE(asMade, LabelRenderer(LabelTemplate::load(templatePath())).toImage(data, 203));

        writeTemplate(templatePath(), labelTemplate(QStringLiteral("MARK-B")));
        const QImage edited = LabelRenderer(LabelTemplate::load(templatePath())).toImage(data, 203);
        QVERIFY(edited != asMade); // the edit shows on paper…
        QCOMPARE(LabelRenderer(JobTemplates::forJob(db(), made->jobId)).toImage(data, 203),
                 asMade); // …not here

        QVERIFY(QFile::remove(templatePath()));
        QCOMPARE(LabelRenderer(JobTemplates::forJob(db(), made->jobId)).toImage(data, 203), asMade);
    }

    void oneCopyPerDistinctText()
    {
        QVERIFY(labelJob(templatePath(), 2));
        QVERIFY(labelJob(templatePath(), 2));
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM template_copies")), 1);
        writeTemplate(templatePath(), labelTemplate(QStringLiteral("MARK-B")));
        QVERIFY(labelJob(templatePath(), 2));
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM template_copies")), 2);
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(DISTINCT template_hash) FROM print_jobs")), 2);
        QVERIFY(labelJob(QStringLiteral("label-100x150"), 2)); // shipped ones are kept the same way
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM template_copies WHERE origin = "
                                                "':/templates/label-100x150.json'")),
                 1);
    }

    void jobsMadeBeforeCopiesLoadById()
    {
        const Result<PrintQueue::CreatedJob> made = labelJob(QStringLiteral("label-100x150"), 2);
        QVERIFY(made);
        Sql::run(db(), QStringLiteral("UPDATE print_jobs SET template_hash = NULL WHERE id = ?"),
                 {made->jobId});
        const LabelTemplate t = JobTemplates::forJob(db(), made->jobId);
        QCOMPARE(t.id, QStringLiteral("label-100x150"));
        QCOMPARE(t.elements.size(), TemplateLibrary::load(QStringLiteral("label-100x150")).elements.size());
        QCOMPARE(JobExport::toPdf(db(), made->jobId, m_t->dir() + QStringLiteral("/old.pdf")), 2);
    }

    void anInvalidTemplateSpendsNothing()
    {
        writeTemplate(templatePath(), labelTemplate(QStringLiteral("{nope.field}")));
        const qint64 used =
            countRows(db(), QStringLiteral("SELECT COUNT(*) FROM tracking_numbers WHERE state = 'used'"));
        const qint64 submittedBefore = submitted(100000).size();
        const Result<PrintQueue::CreatedJob> made = labelJob(templatePath(), 3);
        QVERIFY(!made);
        QVERIFY2(made.message.contains(QStringLiteral("line 6, column")) &&
                     made.message.contains(QStringLiteral("nope.field")),
                 qPrintable(made.message));
        QCOMPARE(countRows(db(), QStringLiteral("SELECT COUNT(*) FROM print_jobs")), 0);
        QCOMPARE(
            countRows(db(), QStringLiteral("SELECT COUNT(*) FROM tracking_numbers WHERE state = 'used'")),
            used);
        QCOMPARE(submitted(100000).size(), submittedBefore);
    }

    // Through the real command line: made in one folder with a relative --template, printed and
    // exported from another after the file was edited and then deleted.
    void aJobMadeWithARelativeTemplatePrintsFromAnotherFolder()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString printer = m_t->dir() + QStringLiteral("/printer");
        const Run made = packline(
            {QStringLiteral("print"), QStringLiteral("--db"), m_t->path(), QStringLiteral("--new-job"),
             QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--template"),
             QStringLiteral("tpl/x.json"), QStringLiteral("--printer"), QStringLiteral("dir:") + printer},
            m_work->path());
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const auto m = QRegularExpression(QStringLiteral("Job (\\d+): 3 pages")).match(made.out);
        QVERIFY2(m.hasMatch(), qPrintable(made.out));
        const QString job = m.captured(1);

        writeTemplate(templatePath(), labelTemplate(QStringLiteral("MARK-B")));
        QTemporaryDir elsewhere;
        const Run printed = packline(
            {QStringLiteral("print"), QStringLiteral("--db"), m_t->path(), QStringLiteral("--job"), job},
            elsewhere.path());
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QVERIFY2(printed.out.contains(QStringLiteral("3 of 3 pages done")), qPrintable(printed.out));
        QCOMPARE(QDir(printer).entryList({QStringLiteral("page-*.png")}, QDir::Files).size(), 3);

        QVERIFY(QFile::remove(templatePath()));
        const QString pdf = elsewhere.filePath(QStringLiteral("job.pdf"));
        const Run exported = packline({QStringLiteral("print"), QStringLiteral("--db"), m_t->path(),
                                       QStringLiteral("--job"), job, QStringLiteral("--to-pdf"), pdf},
                                      elsewhere.path());
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString text = pdfText(pdf);
        QCOMPARE(text.count(QStringLiteral("MARK-A")), 3); // the template as the job was made
        QVERIFY(!text.contains(QStringLiteral("MARK-B")));
    }
};

QTEST_MAIN(TestJobTemplate)
#include "tst_jobtemplate.moc"
