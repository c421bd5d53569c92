#include "db/SqlScript.h"

#include <QTest>

class TestSqlScript : public QObject {
    Q_OBJECT
private slots:
    void splitsStatementsQuotesCommentsAndTriggers()
    {
        const QString script =
            QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';'); -- a comment; with a semicolon\n"
                           "INSERT INTO a VALUES ('it''s; fine');\n"
                           "CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN SELECT RAISE(ABORT, 'no'); END;\n"
                           "CREATE INDEX i ON a (x)");
        const QStringList parts = SqlScript::split(script);
        QCOMPARE(parts.size(), 4);
        QVERIFY(parts[0].startsWith(QStringLiteral("CREATE TABLE")));
        QVERIFY(parts[1].contains(QStringLiteral("'it''s; fine'")));
        QVERIFY(parts[2].endsWith(QStringLiteral("END")));
        QCOMPARE(parts[3], QStringLiteral("CREATE INDEX i ON a (x)"));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
