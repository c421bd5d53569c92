// The 简体中文 catalog is complete: lupdate over today's sources adds nothing unfinished,
// and every message in the committed catalog has a translation.
#include "TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <functional>

namespace {
struct Gap {
    QString context;
    QString source;
};

// Reads a .ts file element by element, the context each is in kept: false when it cannot be read.
bool walkCatalog(const QString &tsFile,
                 const std::function<void(QXmlStreamReader &, const QString &context)> &element)
{
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else
            element(xml, context);
    }
    return true;
}

// Messages whose translation is missing, empty, or marked unfinished (obsolete/vanished ones aside).
QList<Gap> gaps(const QString &tsFile, int *total)
{
    QList<Gap> result;
    QString source;
    *total = 0;
    const bool read = walkCatalog(tsFile, [&](QXmlStreamReader &xml, const QString &context) {
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"obsolete" || type == u"vanished")
                return;
            ++*total;
            // Plural messages carry <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            if (type == u"unfinished" || text.trimmed().isEmpty())
                result << Gap{context, source};
        }
    });
    if (!read)
        return {{QStringLiteral("<file>"), tsFile}};
    return result;
}

QString describe(const QList<Gap> &list)
{
    QStringList lines;
    for (const Gap &g : list.mid(0, 40))
        lines << QStringLiteral("  [%1] %2").arg(g.context, g.source);
    if (list.size() > 40)
        lines << QStringLiteral("  … and %1 more").arg(list.size() - 40);
    return lines.join(u'\n');
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void committedCatalogIsComplete()
    {
        int total = 0;
        const QList<Gap> missing =
            gaps(QStringLiteral(PACKLINE_SOURCE_DIR "/translations/packline_zh_CN.ts"), &total);
        QVERIFY2(total > 50, "the catalog should hold the app's strings");
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished translations:\n").arg(missing.size()) +
                            describe(missing)));
    }

    void sourcesHaveNoUntranslatedStrings()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("packline_zh_CN.ts"));
        QVERIFY(QFile::copy(QStringLiteral(PACKLINE_SOURCE_DIR "/translations/packline_zh_CN.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PACKLINE_SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE_BINARY),
                      {QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h,ui"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-silent"), QStringLiteral("-ts"),
                       copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        int total = 0;
        const QList<Gap> missing = gaps(copy, &total);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings in the sources have no finished 简体中文 translation "
                                           "(run `ninja update_translations` and translate them):\n")
                                .arg(missing.size()) +
                            describe(missing)));
    }

    // A file's own `QString tr(const char *)` wrapper asks the catalog under one context, while
    // lupdate files each string under the class or namespace of the function it is in: a string
    // in a class of another name is extracted, translated, and never shown translated. Every
    // string lupdate finds in such a file must be under the wrapper's context, or under one the file
    // names itself (Q_OBJECT classes and Q_DECLARE_TR_FUNCTIONS in it or its header, explicit
    // QCoreApplication::translate("Context", …) calls).
    void wrapperContextsMatchTheCatalog()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("located.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PACKLINE_SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE_BINARY),
                      {QStringLiteral("src"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       QStringLiteral("-locations"), QStringLiteral("relative"), QStringLiteral("-silent"),
                       QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        // file → contexts lupdate filed its strings under
        QHash<QString, QSet<QString>> filed;
        QVERIFY(walkCatalog(ts, [&](QXmlStreamReader &xml, const QString &context) {
            if (xml.name() == u"location")
                filed[QFileInfo(xml.attributes().value(QStringLiteral("filename")).toString()).fileName()]
                    << context;
        }));
        QVERIFY(!filed.isEmpty());
        static const QRegularExpression wrapper(QStringLiteral(
            R"re(QString tr\(const char \*text\)\s*\{\s*return QCoreApplication::translate\("(\w+)", text\);)re"));
        static const QRegularExpression named(QStringLiteral(
            R"re((?:Q_DECLARE_TR_FUNCTIONS\((\w+)\))|(?:translate\("(\w+)")|(?:class (\w+)[^;{]*\{\s*Q_OBJECT))re"));
        QStringList wrong;
        QDirIterator it(QStringLiteral(PACKLINE_SOURCE_DIR "/src"), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile source(path);
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(source.readAll());
            const QRegularExpressionMatch w = wrapper.match(text);
            if (!w.hasMatch())
                continue;
            QString declared = text;
            QFile header(path.chopped(4) + QStringLiteral(".h"));
            if (header.open(QIODevice::ReadOnly))
                declared += QString::fromUtf8(header.readAll());
            QSet<QString> allowed{w.captured(1)};
            for (auto m = named.globalMatch(declared); m.hasNext();) {
                const QRegularExpressionMatch n = m.next();
                for (int i = 1; i <= 3; ++i)
                    if (!n.captured(i).isEmpty())
                        allowed << n.captured(i);
            }
            for (const QString &c : filed.value(QFileInfo(path).fileName()))
                if (!allowed.contains(c))
                    wrong << QStringLiteral("  %1: strings under %2, its tr() asks for %3")
                                 .arg(QFileInfo(path).fileName(), c, w.captured(1));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("Strings that would never show translated:\n") +
                                             wrong.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
