#include "base/Money.h"

#include <QTest>

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void parseYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two decimals") << QStringLiteral("128.00") << qint64(12800) << true;
        QTest::newRow("no decimals") << QStringLiteral("128") << qint64(12800) << true;
        QTest::newRow("one decimal") << QStringLiteral("0.5") << qint64(50) << true;
        QTest::newRow("float trap") << QStringLiteral("0.29") << qint64(29)
                                    << true; // 0.29*100 = 28.999… in double
        QTest::newRow("thousands") << QStringLiteral("1,280.10") << qint64(128010) << true;
        QTest::newRow("negative") << QStringLiteral("-3.10") << qint64(-310) << true;
        QTest::newRow("yen sign") << QStringLiteral("¥9.90") << qint64(990) << true;
        QTest::newRow("huge") << QStringLiteral("99999999999.99") << qint64(9999999999999) << true;
        QTest::newRow("three decimals") << QStringLiteral("1.005") << qint64(0) << false;
        QTest::newRow("text") << QStringLiteral("abc") << qint64(0) << false;
        QTest::newRow("empty") << QString() << qint64(0) << false;
        QTest::newRow("two points") << QStringLiteral("1.2.3") << qint64(0) << false;
    }
    void parseYuan()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        QFETCH(bool, valid);
        const auto parsed = Money::parseYuan(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, fen);
    }
    void format()
    {
        QCOMPARE(Money::formatYuan(12800), QStringLiteral("128.00"));
        QCOMPARE(Money::formatYuan(5), QStringLiteral("0.05"));
        QCOMPARE(Money::formatYuan(-310), QStringLiteral("-3.10"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
