// A template is checked whole when it is loaded: every bad value is refused with the file, the line
// and column where it stands and why; every shipped template passes; the field list the validator
// uses is exactly what the readers fill.
#include "TestDatabase.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "printing/JobPageReader.h"
#include "printing/JsonPositions.h"
#include "printing/LabelTemplate.h"
#include "printing/PrintQueue.h"
#include "printing/TemplateFields.h"
#include "printing/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
// '§' marks where the error must point; it is taken out before the template is written.
const QString Marker = QStringLiteral("§");

QString templateWith(const QString &element, const QString &rootExtra = {})
{
    return QStringLiteral("{\n"
                          " \"name\": \"Test label\",\n"
                          " \"kind\": \"label\",\n"
                          " \"page\": {\"width\": 100, \"height\": 150},%1\n"
                          " \"elements\": [\n"
                          "  {\"type\": \"text\", \"x\": 2, \"y\": 2, \"w\": 60, \"h\": 10, \"text\": \"收 "
                          "{receiver.name}\", \"size\": 12},\n"
                          "  %2\n"
                          " ]\n"
                          "}\n")
        .arg(rootExtra, element);
}

struct Expected {
    int line = 0;
    int column = 0;
};

Expected markerPlace(const QString &text)
{
    const QString before = text.left(text.indexOf(Marker));
    return {int(before.count(u'\n')) + 1, int(before.size() - before.lastIndexOf(u'\n'))};
}

QSet<QString> keys(const QHash<QString, QString> &h)
{
    return QSet<QString>(h.keyBegin(), h.keyEnd());
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// What a page carries once the renderer adds its sheet fields.
QSet<QString> withSheetFields(const PrintData &d)
{
    return keys(d.fields) + setOf({TemplateFields::SheetNo, TemplateFields::SheetTotal});
}
} // namespace

class TestTemplateValidation : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir; // m_dir/tpl holds the templates; m_dir/outside.png is beside, not in it
    QString folder() const { return m_dir.filePath(QStringLiteral("tpl")); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(folder()));
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::black);
        QVERIFY(logo.save(folder() + QStringLiteral("/logo.png")));
        QVERIFY(logo.save(m_dir.filePath(QStringLiteral("outside.png"))));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside.png")),
                            folder() + QStringLiteral("/sneaky.png"))); // inside by name only
        QVERIFY(writeFile(m_dir, QStringLiteral("tpl/notanimage.png"), "just text").size() > 0);
    }

    void invalidTemplatesAreRefusedWhereTheyAre_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("why"); // a word the reason must contain
        const auto text = [](const QString &rest) -> QString {
            return QStringLiteral("{\"type\": \"text\", \"x\": 2, \"y\": 20, \"w\": 90, \"h\": 12, ") + rest +
                   u'}';
        };
        const auto barcode = [](const QString &rest) -> QString {
            return QStringLiteral(
                       "{\"type\": \"barcode\", \"x\": 2, \"y\": 40, \"w\": 90, \"h\": 20, \"data\": "
                       "\"{tracking.no}\", ") +
                   rest + u'}';
        };
        const auto image = [](const QString &source) -> QString {
            return QStringLiteral(
                       "{\"type\": \"image\", \"x\": 2, \"y\": 70, \"w\": 30, \"h\": 20, \"source\": ") +
                   source + u'}';
        };
        QTest::newRow("unknown field")
            << templateWith(text(QStringLiteral("\"text\": \"收件 §{nope.field}\"")))
            << QStringLiteral("nope.field");
        QTest::newRow("unknown field after an escape")
            << templateWith(text(QStringLiteral("\"text\": \"\\\"a\\\" §{receiver.nmae}\"")))
            << QStringLiteral("receiver.nmae");
        QTest::newRow("huge font") << templateWith(text(QStringLiteral("\"text\": \"x\", \"size\": §1e6")))
                                   << QStringLiteral("font size");
        QTest::newRow("zero font") << templateWith(text(QStringLiteral("\"text\": \"x\", \"size\": §0")))
                                   << QStringLiteral("font size");
        QTest::newRow("negative font") << templateWith(text(QStringLiteral("\"text\": \"x\", \"size\": §-3")))
                                       << QStringLiteral("font size");
        QTest::newRow("font size as text")
            << templateWith(text(QStringLiteral("\"text\": \"x\", \"size\": §\"12\"")))
            << QStringLiteral("number");
        QTest::newRow("module 0") << templateWith(barcode(QStringLiteral("\"module\": §0")))
                                  << QStringLiteral("module");
        QTest::newRow("module 1e9") << templateWith(barcode(QStringLiteral("\"module\": §1e9")))
                                    << QStringLiteral("module");
        QTest::newRow("negative module")
            << templateWith(barcode(QStringLiteral("\"module\": §-0.3"))) << QStringLiteral("module");
        QTest::newRow("unknown symbology")
            << templateWith(barcode(QStringLiteral("\"symbology\": §\"pdf417\"")))
            << QStringLiteral("pdf417");
        QTest::newRow("unknown kind")
            << templateWith(QStringLiteral("{\"type\": §\"circle\", \"x\": 1, \"y\": 1, \"w\": 5, \"h\": 5}"))
            << QStringLiteral("circle");
        QTest::newRow("misspelt setting")
            << templateWith(text(QStringLiteral("\"text\": \"x\", §\"szie\": 9"))) << QStringLiteral("szie");
        QTest::newRow("unknown condition")
            << templateWith(text(QStringLiteral("\"text\": \"x\", \"if\": §\"nope\"")))
            << QStringLiteral("nope");
        QTest::newRow("box outside the page")
            << templateWith(QStringLiteral("{\"type\": \"box\", \"x\": 90, \"y\": 1, \"w\": §20, \"h\": 5}"))
            << QStringLiteral("outside");
        QTest::newRow("box below the page")
            << templateWith(
                   QStringLiteral("{\"type\": \"text\", \"text\": \"x\", \"x\": 1, \"y\": 140, \"w\": 20, "
                                  "\"h\": §12.5}"))
            << QStringLiteral("outside");
        QTest::newRow("line off the page")
            << templateWith(
                   QStringLiteral("{\"type\": \"line\", \"x1\": 0, \"y1\": 1, \"x2\": §140, \"y2\": 1}"))
            << QStringLiteral("140");
        QTest::newRow("image outside the folder")
            << templateWith(image(QStringLiteral("§\"../outside.png\"")))
            << QStringLiteral("outside the folders");
        QTest::newRow("image by absolute path elsewhere")
            << templateWith(image(u"§\"" + m_dir.filePath(QStringLiteral("outside.png")) + u'"'))
            << QStringLiteral("outside the folders");
        QTest::newRow("image through a symlink out") << templateWith(image(QStringLiteral("§\"sneaky.png\"")))
                                                     << QStringLiteral("outside the folders");
        QTest::newRow("image missing")
            << templateWith(image(QStringLiteral("§\"nologo.png\""))) << QStringLiteral("does not exist");
        QTest::newRow("image unreadable")
            << templateWith(image(QStringLiteral("§\"notanimage.png\""))) << QStringLiteral("cannot be read");
        QTest::newRow("table column field")
            << templateWith(QStringLiteral("{\"type\": \"table\", \"x\": 2, \"y\": 60, \"w\": 90, \"h\": 60, "
                                           "\"columns\": [{\"field\": \"code\", \"width\": 30},\n"
                                           "   {\"field\": §\"colour\", \"width\": 30}]}"))
            << QStringLiteral("colour");
        QTest::newRow("table wider than its box")
            << templateWith(QStringLiteral("{\"type\": \"table\", \"x\": 2, \"y\": 60, \"w\": 50, \"h\": 60, "
                                           "\"columns\": §[{\"field\": \"code\", \"width\": 30}, "
                                           "{\"field\": \"qty\", \"width\": 30}]}"))
            << QStringLiteral("wider");
        QTest::newRow("unknown masked field")
            << templateWith(text(QStringLiteral("\"text\": \"x\"")),
                            QStringLiteral("\n \"mask\": [\"receiver.name\", §\"receiver.iban\"],"))
            << QStringLiteral("receiver.iban");
        QTest::newRow("page too small")
            << QStringLiteral("{\"page\": {\"width\": §5, \"height\": 150}, \"elements\": []}")
            << QStringLiteral("between 10 and 600");
        QTest::newRow("page too big")
            << QStringLiteral("{\"page\": {\"width\": 100, \"height\": §1000}, \"elements\": []}")
            << QStringLiteral("between 10 and 600");
        QTest::newRow("unknown template kind")
            << QStringLiteral("{\"kind\": §\"poster\", \"page\": {\"width\": 100, \"height\": 100}}")
            << QStringLiteral("poster");
    }

    void invalidTemplatesAreRefusedWhereTheyAre()
    {
        QFETCH(QString, json);
        QFETCH(QString, why);
        const Expected at = markerPlace(json);
        const QString path = folder() + QStringLiteral("/bad.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QString(json).remove(Marker).toUtf8());
        file.close();
        QString message;
        try {
            LabelTemplate::load(path);
        } catch (const Error &e) {
            message = e.message();
        }
        QVERIFY2(!message.isEmpty(), "accepted");
        QVERIFY2(message.startsWith(path + QStringLiteral(", line ")), qPrintable(message));
        const auto m = QRegularExpression(QStringLiteral(", line (\\d+), column (\\d+): ")).match(message);
        QVERIFY2(m.hasMatch(), qPrintable(message));
        QCOMPARE(m.captured(1).toInt(), at.line);
        QCOMPARE(m.captured(2).toInt(), at.column);
        QVERIFY2(message.contains(why), qPrintable(message));
    }

    void imagesInTheTemplatesFolderLoadFromAnywhere()
    {
        const QString json = templateWith(QStringLiteral(
            "{\"type\": \"image\", \"x\": 2, \"y\": 70, \"w\": 30, \"h\": 20, \"source\": \"logo.png\"}"));
        const QString path = writeFile(m_dir, QStringLiteral("tpl/good.json"), json.toUtf8());
        const LabelTemplate t = LabelTemplate::load(path);
        QCOMPARE(t.elements.size(), 2);
        // Resolved beside the template, so the working folder does not matter.
        QCOMPARE(t.elements.at(1).text, QDir(folder()).absoluteFilePath(QStringLiteral("logo.png")));
    }

    void everyShippedTemplatePasses()
    {
        QStringList files;
        for (const QString &name : QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}))
            files << QStringLiteral(":/templates/") + name;
        for (const QString &name : QDir(QStringLiteral(PACKLINE_SOURCE_DIR "/resources/templates"))
                                       .entryList({QStringLiteral("*.json")}))
            files << QStringLiteral(PACKLINE_SOURCE_DIR "/resources/templates/") + name;
        QCOMPARE(files.size(), 12); // six shipped, embedded and in the source tree
        for (const QString &file : files) {
            try {
                const LabelTemplate t = LabelTemplate::load(file);
                QVERIFY(!t.elements.isEmpty());
            } catch (const Error &e) {
                QFAIL(qPrintable(e.message()));
            }
        }
        QCOMPARE(TemplateLibrary::list().size(), 6);
    }

    // The one field list is what the readers really fill, so a renamed field cannot slip past it.
    void fieldListIsWhatThePagesCarry()
    {
        TestDatabase t;
        t.seedDemo(60);
        const QSqlDatabase db = t.connection();
        const qint64 order =
            Sql::scalar(db, QStringLiteral("SELECT MIN(order_id) FROM order_lines")).toLongLong();
        QVERIFY(order > 0);
        for (const QString &kind : {QStringLiteral("label"), QStringLiteral("slip")}) {
            const PrintData d = JobPageReader(db, 0, kind, QString()).read(1, order, QString(), 1, 1);
            QCOMPARE(withSheetFields(d), setOf(TemplateFields::pageFields(kind)));
            QCOMPARE(QSet<QString>(d.rows.keyBegin(), d.rows.keyEnd()),
                     setOf(TemplateFields::rowLists(kind)));
            QVERIFY(!d.rows.value(QStringLiteral("lines")).isEmpty());
            QCOMPARE(keys(d.rows.value(QStringLiteral("lines")).first()),
                     setOf(TemplateFields::rowFields(kind, QStringLiteral("lines"))));
        }

        PrintQueue::JobSpec spec;
        spec.kind = PrintQueue::Kind::PickList;
        spec.templateId = QStringLiteral("picklist-a4");
        spec.printer = QStringLiteral("dir:") + t.dir() + QStringLiteral("/printer");
        spec.orderIds = {order, order + 1, order + 2};
        const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db, TestDatabase::actor(), spec);
        QVERIFY2(made, qPrintable(made.message));
        const QString kind = QStringLiteral("picklist");
        const PrintData d =
            JobPageReader(db, made->jobId, kind, QStringLiteral("t"))
                .read(1, 0, QStringLiteral("%1,%2,%3").arg(order).arg(order + 1).arg(order + 2), 0, 1);
        QCOMPARE(withSheetFields(d), setOf(TemplateFields::pageFields(kind)));
        for (const QString &list : TemplateFields::rowLists(kind)) {
            QVERIFY2(!d.rows.value(list).isEmpty(), qPrintable(list));
            QCOMPARE(keys(d.rows.value(list).first()), setOf(TemplateFields::rowFields(kind, list)));
        }
    }

    void positionsCountCharactersNotBytes()
    {
        const QByteArray json =
            QStringLiteral("{\"a\": [1, {\"收货\": \"\\u00e9\\n{x}\"}],\n \"b\":  true}").toUtf8();
        const JsonPositions at(json);
        QCOMPARE(at.value(QStringLiteral("a/1/收货")).column, 18);
        QCOMPARE(at.key(QStringLiteral("a/1/收货")).column, 12);
        QCOMPARE(at.inString(QStringLiteral("a/1/收货"), 2).column, 27); // the '{' after two escapes
        QCOMPARE(at.value(QStringLiteral("b")).line, 2);
        QCOMPARE(at.value(QStringLiteral("b")).column, 8);
        QCOMPARE(at.value(QStringLiteral("a/7/nothing")).column, 7); // the nearest enclosing value
    }
};

QTEST_MAIN(TestTemplateValidation)
#include "tst_templatevalidation.moc"
