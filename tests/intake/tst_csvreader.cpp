// The pieces under the importers: encoding detection, the CSV reader, field cleaning,
// addresses and phones.
#include "base/ShownText.h"
#include "csv/CsvReader.h"
#include "csv/TextEncoding.h"
#include "intake/AddressParser.h"
#include "intake/FieldText.h"
#include "intake/HeaderMap.h"
#include "intake/ItemStage.h"
#include "intake/PhoneNumber.h"
#include "intake/RowParser.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

namespace {
QList<CsvRecord> readAll(const QString &text, QChar delimiter = QChar())
{
    CsvReader reader(text, delimiter);
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records << r;
    return records;
}

QList<CsvRecord> readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncodings::detect(buffer));
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records << r;
    return records;
}

QStringList u8list(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *i : items)
        list << QString::fromUtf8(i);
    return list;
}

QByteArray gbk(const QString &text)
{
    QStringEncoder e("GB18030");
    return e.encode(text);
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder e(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return e.encode(text);
}

// A file that is never in memory: a header, then `before`, `length` bytes of `fill`, `after`,
// made as they are read. What a reader keeps of it is then what the reader holds, nothing else.
class LongLineDevice : public QIODevice {
public:
    LongLineDevice(QByteArray before, qint64 length, char fill, QByteArray after)
        : m_before(std::move(before))
        , m_length(length)
        , m_fill(fill)
        , m_after(std::move(after))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_before.size() + m_length + m_after.size(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        qint64 n = 0;
        while (n < max && m_at < size()) {
            const qint64 at = m_at;
            if (at < m_before.size())
                data[n] = m_before.at(at);
            else if (at < m_before.size() + m_length)
                data[n] = m_fill;
            else
                data[n] = m_after.at(at - m_before.size() - m_length);
            ++n;
            ++m_at;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    bool seek(qint64 pos) override
    {
        QIODevice::seek(pos);
        m_at = pos;
        return true;
    }

private:
    QByteArray m_before;
    qint64 m_length;
    char m_fill;
    QByteArray m_after;
    qint64 m_at = 0;
};

QList<CsvRecord> readDevice(QIODevice &device, qsizetype *peak = nullptr)
{
    CsvReader reader(&device, TextEncodings::detect(device));
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records << r;
    if (peak)
        *peak = reader.peakBufferChars();
    return records;
}
} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void gb18030IsAvailable()
    {
        // Debian's Qt 6.4 decodes GB18030 through ICU; without it GBK exports cannot be read.
        QStringDecoder d("GB18030");
        QVERIFY(d.isValid());
        QCOMPARE(d.decode(QByteArray("\xd6\xd0\xce\xc4")), QStringLiteral("中文"));
    }

    void detectsEncodings()
    {
        QCOMPARE(TextEncodings::detect(QByteArray("a,b\n1,2\n")), TextEncoding::Utf8);
        QCOMPARE(TextEncodings::detect(QByteArray("\xEF\xBB\xBF") + QStringLiteral("订单").toUtf8()),
                 TextEncoding::Utf8Bom);
        QCOMPARE(TextEncodings::detect(QStringLiteral("订单编号,状态\n").toUtf8()), TextEncoding::Utf8);
        QCOMPARE(TextEncodings::detect(gbk(QStringLiteral("订单编号,状态\n"))), TextEncoding::Gb18030);
        // Non-ASCII far into the file still decides.
        QByteArray late = QByteArray(3 << 20, 'a') + gbk(QStringLiteral("收货地址"));
        QBuffer buffer(&late);
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(TextEncodings::detect(buffer), TextEncoding::Gb18030);
        QCOMPARE(buffer.pos(), 0);
    }

    void quotedFieldsAndLineEnds()
    {
        const auto records = readAll(QStringLiteral("a,b,c\r\n1,\"x, \"\"y\"\"\r\nz\",3\r\n\r\n4,,\r\n"));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(records[1].fields.at(1), QStringLiteral("x, \"y\"\r\nz"));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].line, 5); // the multi-line field and the blank line are counted
        QCOMPARE(records[2].fields, QStringList({QStringLiteral("4"), QString(), QString()}));
    }

    void bareCrAndNoFinalNewline()
    {
        const auto records = readAll(QStringLiteral("a,b\r1,2"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(records[1].line, 2);
    }

    void tabDelimiterDetected()
    {
        CsvReader reader(QStringLiteral("订单编号\t状态\n\t123\t已付款\n"));
        CsvRecord r;
        QVERIFY(reader.next(r));
        QCOMPARE(reader.delimiter(), QChar(u'\t'));
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields.size(), 3); // the leading tab of a protected number is a delimiter in a TSV
    }

    void unbalancedQuoteResumesOnNextLine()
    {
        const auto records = readAll(QStringLiteral("a,b\n1,\"oops\n2,ok\n3,\"fine\"\n"));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1].line, 2);
        QVERIFY(!records[1].error.isEmpty());
        QCOMPARE(records[2].fields, QStringList({QStringLiteral("2"), QStringLiteral("ok")}));
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[3].fields.at(1), QStringLiteral("fine"));
    }

    void quoteNeverClosedAtEnd()
    {
        const auto records = readAll(QStringLiteral("a,b\n1,\"never closed\n2,x\n"));
        QVERIFY(!records[1].error.isEmpty());
        QVERIFY(records[1].error.contains(QStringLiteral("line 2")));
        QCOMPARE(records.last().fields, QStringList({QStringLiteral("2"), QStringLiteral("x")}));
    }

    void streamsGbkAcrossBlocks()
    {
        // Big enough to cross the reader's 256 KB blocks, with two-byte characters split by them.
        QString text = QStringLiteral("编号,留言\n");
        for (int i = 0; i < 20000; ++i)
            text += QString::number(i) + QStringLiteral(",\"中文,留言\n第二行\"\n");
        const auto records = readBytes(gbk(text));
        QCOMPARE(records.size(), 20001);
        QCOMPARE(records.last().fields.at(1), QStringLiteral("中文,留言\n第二行"));
        QCOMPARE(records.last().line, 1 + 2 * 19999 + 1);
    }

    // A 10 MB line: refused as too long with its field and size, the rows after it read as they
    // are, and the reader never holding more than a record's cap plus its read block.
    void tenMegabyteFieldIsRefusedInBoundedMemory()
    {
        const qint64 length = 10 * 1024 * 1024;
        LongLineDevice file("a,b,c\n1,", length, 'x', ",3\n2,ok,4\n");
        qsizetype peak = 0;
        const auto records = readDevice(file, &peak);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[1].errorField, 2);
        QVERIFY(records[1].fields.isEmpty());
        QVERIFY2(records[1].error.contains(QStringLiteral("field 2 is too long: %1 characters").arg(length)),
                 qPrintable(records[1].error));
        QCOMPARE(records[2].fields,
                 QStringList({QStringLiteral("2"), QStringLiteral("ok"), QStringLiteral("4")}));
        QCOMPARE(records[2].line, 3);
        QVERIFY2(peak <= CsvReader::kMaxRecordChars + 2 * 256 * 1024, qPrintable(QString::number(peak)));
    }

    // An 8 MB quoted buyer message with line breaks in it: one field too long, not "a quote never
    // closed" and then short rows made up from the message's own lines.
    void longQuotedMessageIsTooLongNotUnclosed()
    {
        QString message;
        for (int i = 0; i < 8 * 1024; ++i)
            message += QString(1023, u'm') + u'\n';
        const QString text =
            QStringLiteral("no,message,qty\n1,\"") + message + QStringLiteral("\",2\n2,hi,3\n");
        QBuffer buffer;
        buffer.setData(text.toUtf8());
        buffer.open(QIODevice::ReadOnly);
        qsizetype peak = 0;
        const auto records = readDevice(buffer, &peak);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].errorField, 2);
        QVERIFY2(records[1].error.contains(QStringLiteral("too long")), qPrintable(records[1].error));
        QVERIFY(!records[1].error.contains(QStringLiteral("never closed")));
        QCOMPARE(records[2].fields,
                 QStringList({QStringLiteral("2"), QStringLiteral("hi"), QStringLiteral("3")}));
        QCOMPARE(records[2].line, 2 + 8 * 1024 + 1); // the message's line breaks are counted
        QVERIFY(peak <= CsvReader::kMaxRecordChars + 2 * 256 * 1024);
    }

    void recordCapHoldsForManyFieldsAndManyDelimiters()
    {
        // Twenty fields of 60,000 characters: each under the field cap, the row over 1 MB.
        QString wide = QStringLiteral("a\n");
        for (int i = 0; i < 20; ++i)
            wide += (i ? QStringLiteral(",") : QString()) + QString(60000, u'w');
        wide += QStringLiteral("\nnext\n");
        auto records = readAll(wide, u',');
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].errorField, 0);
        QVERIFY2(records[1].error.contains(QStringLiteral("the row is too long")),
                 qPrintable(records[1].error));
        QCOMPARE(records[2].fields, QStringList{QStringLiteral("next")});
        // Ten million empty fields are as long a row as any other.
        LongLineDevice commas("a,b\n", 10 * 1000 * 1000, ',', "\nlast,1\n");
        qsizetype peak = 0;
        records = readDevice(commas, &peak);
        QCOMPARE(records.size(), 3);
        QVERIFY(records[1].error.contains(QStringLiteral("the row is too long")));
        QCOMPARE(records[2].fields, QStringList({QStringLiteral("last"), QStringLiteral("1")}));
        QVERIFY(peak <= CsvReader::kMaxRecordChars + 2 * 256 * 1024);
    }

    void unclosedQuoteBeforeAHugeRestSaysSo()
    {
        LongLineDevice file("a,b\n1,\"", 2 * 1024 * 1024, 'q', "\n");
        const auto records = readDevice(file);
        QCOMPARE(records.size(), 2);
        QVERIFY2(records[1].error.contains(QStringLiteral("never closed")), qPrintable(records[1].error));
    }

    // NUL, ESC and the C1 controls are refused, naming the field, the character and where; tabs and
    // line breaks (multi-line buyer messages) are text.
    void controlCharactersRefuseTheRow()
    {
        const QString text = QStringLiteral("no,msg\n1,ab") + QChar(0) +
                             QStringLiteral("cd\n2,\"\x1b[2Jclear\"\n3,\"two\nlines\ttab\"\n4,") +
                             QChar(0x9B) + QStringLiteral("x\n");
        const auto records = readAll(text, u',');
        QCOMPARE(records.size(), 5);
        QCOMPARE(records[1].errorField, 2);
        QVERIFY2(records[1].error.contains(QStringLiteral("\\x00 (NUL) at character 3")),
                 qPrintable(records[1].error));
        QVERIFY(records[1].fields.isEmpty());
        QVERIFY2(records[2].error.contains(QStringLiteral("\\x1b (ESC)")), qPrintable(records[2].error));
        QVERIFY(!records[2].error.contains(QChar(0x1b))); // the message quotes it escaped
        QVERIFY(records[3].error.isEmpty());
        QCOMPARE(records[3].fields.at(1), QStringLiteral("two\nlines\ttab"));
        QCOMPARE(records[4].line, 6);
        QVERIFY(records[4].error.contains(QStringLiteral("\\x9b")));
    }

    void utf16IsDetectedAndRead_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<int>("expected");
        QTest::newRow("LE with BOM") << int(QStringConverter::Utf16LE) << true << int(TextEncoding::Utf16Le);
        QTest::newRow("BE with BOM") << int(QStringConverter::Utf16BE) << true << int(TextEncoding::Utf16Be);
        QTest::newRow("LE without BOM")
            << int(QStringConverter::Utf16LE) << false << int(TextEncoding::Utf16Le);
        QTest::newRow("BE without BOM")
            << int(QStringConverter::Utf16BE) << false << int(TextEncoding::Utf16Be);
    }

    void utf16IsDetectedAndRead()
    {
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(int, expected);
        const QString text =
            QStringLiteral("订单编号\t收货地址\r\n=\"3712345678901234567\"\t浙江省 杭州市 西湖区 文三路 "
                           "123号(310000)\r\n2\t\"北京 北京市\n朝阳区\"\r\n");
        const QByteArray bytes = utf16(text, QStringConverter::Encoding(encoding), bom);
        QCOMPARE(int(TextEncodings::detect(bytes)), expected);
        const auto records = readBytes(bytes);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, QStringList({QStringLiteral("订单编号"), QStringLiteral("收货地址")}));
        QCOMPARE(FieldText::numberText(records[1].fields.at(0)), QStringLiteral("3712345678901234567"));
        QCOMPARE(records[2].fields.at(1), QStringLiteral("北京 北京市\n朝阳区"));
        QCOMPARE(records[2].line, 3);
        // A NUL inside a UTF-8 or GBK export is not UTF-16.
        QCOMPARE(TextEncodings::detect(QByteArray("a,b\n1,x\0y\n", 10)), TextEncoding::Utf8);
    }

    void shownTextIsShortAndInert()
    {
        QCOMPARE(ShownText::excerpt(QStringLiteral("abc")), QStringLiteral("abc"));
        QCOMPARE(ShownText::excerpt(QStringLiteral("a\x1b[2J\nb") + QChar(0) + QChar(0x9B)),
                 QStringLiteral("a\\x1b[2J\\nb\\x00\\x9b"));
        const QString huge(10 * 1024 * 1024, u'x');
        const QString shown = ShownText::excerpt(huge);
        QVERIFY(shown.size() < 120);
        QVERIFY(shown.startsWith(QString(80, u'x')));
        QVERIFY2(shown.contains(QString::number(huge.size())), qPrintable(shown));
        // A character outside the BMP is never cut in half.
        const QString emoji = QString(79, u'e') + QStringLiteral("😀tail");
        QVERIFY(!ShownText::excerpt(emoji).contains(QChar(0xD83D)));
        QCOMPARE(ShownText::excerpt(QStringLiteral("x\u202Ey")), QStringLiteral("x\\u202ey"));
    }

    void bomIsSkipped()
    {
        const auto records =
            readBytes(QByteArray("\xEF\xBB\xBF") + QStringLiteral("订单编号,x\n1,2\n").toUtf8());
        QCOMPARE(records[0].fields.at(0), QStringLiteral("订单编号"));
    }

    void numberText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("excel formula")
            << QStringLiteral("=\"1234567890123456789\"") << QStringLiteral("1234567890123456789");
        QTest::newRow("tab") << QStringLiteral("\t1234567890123456789")
                             << QStringLiteral("1234567890123456789");
        QTest::newRow("apostrophe") << QStringLiteral("'13800138000") << QStringLiteral("13800138000");
        QTest::newRow("plain") << QStringLiteral(" 42 ") << QStringLiteral("42");
        QTest::newRow("19 digits stay exact")
            << QStringLiteral("9999999999999999999") << QStringLiteral("9999999999999999999");
    }
    void numberText()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(FieldText::numberText(raw), clean);
    }

    void chinaTime()
    {
        QCOMPARE(*FieldText::chinaTimeToUtc(QStringLiteral("2023-11-11 00:00:05")),
                 QStringLiteral("2023-11-10 16:00:05"));
        QCOMPARE(*FieldText::chinaTimeToUtc(QStringLiteral("2023/11/1 8:05")),
                 QStringLiteral("2023-11-01 00:05:00"));
        QCOMPARE(*FieldText::chinaTimeToUtc(QString()), QString());
        QVERIFY(!FieldText::chinaTimeToUtc(QStringLiteral("yesterday")));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QStringList>("parts"); // province, city, district, detail, postcode
        QTest::newRow("province") << QStringLiteral("浙江省 杭州市 西湖区 文三路 123号(310000)")
                                  << u8list({"浙江省", "杭州市", "西湖区", "文三路 123号", "310000"});
        QTest::newRow("municipality twice") << QStringLiteral("北京 北京市 朝阳区 建国路 88号(100020)")
                                            << u8list({"北京", "北京市", "朝阳区", "建国路 88号", "100020"});
        QTest::newRow("municipality once")
            << QStringLiteral("上海 浦东新区 世纪大道 100号(200120)")
            << u8list({"上海", "上海市", "浦东新区", "世纪大道 100号", "200120"});
        QTest::newRow("four levels") << QStringLiteral("广东省 深圳市 南山区 粤海街道 科技园路1号(518000)")
                                     << u8list(
                                            {"广东省", "深圳市", "南山区", "粤海街道 科技园路1号", "518000"});
        QTest::newRow("no district") << QStringLiteral("广东省 东莞市 长安镇 振安路 9号")
                                     << u8list({"广东省", "东莞市", "", "长安镇 振安路 9号", ""});
        QTest::newRow("autonomous region")
            << QStringLiteral("新疆维吾尔自治区 乌鲁木齐市 天山区 解放南路 1号（830000）")
            << u8list({"新疆维吾尔自治区", "乌鲁木齐市", "天山区", "解放南路 1号", "830000"});
        QTest::newRow("no spaces") << QStringLiteral("浙江省杭州市西湖区文三路123号")
                                   << u8list({"浙江省", "杭州市", "西湖区", "文三路123号", ""});
        QTest::newRow("unknown") << QStringLiteral("火星 基地 1号")
                                 << u8list({"", "", "", "火星 基地 1号", ""});
    }
    void addresses()
    {
        QFETCH(QString, raw);
        QFETCH(QStringList, parts);
        const ParsedAddress a = AddressParser::parse(raw);
        QCOMPARE(QStringList({a.province, a.city, a.district, a.detail, a.postcode}), parts);
        QCOMPARE(a.raw, raw);
    }

    void phones()
    {
        PhoneNumber p = PhoneNumber::parse(QStringLiteral("'13800138000"));
        QCOMPARE(p.text, QStringLiteral("13800138000"));
        QVERIFY(p.valid && !p.masked);
        p = PhoneNumber::parse(QStringLiteral("138****8000"));
        QVERIFY(p.masked && p.valid);
        p = PhoneNumber::parse(QStringLiteral("+86 139 0013 9000"));
        QCOMPARE(p.text, QStringLiteral("13900139000"));
        p = PhoneNumber::parse(QStringLiteral("0571-88888888"));
        QVERIFY(p.valid && !p.masked);
        QVERIFY(!PhoneNumber::parse(QStringLiteral("12345")).valid);
    }

    // Unclaimed columns go to the order's raw JSON, written by hand: it must be exactly what
    // QJsonDocument would write (sorted keys, the later of two same-named columns, escapes).
    void rawJsonMatchesQJsonDocument()
    {
        const QStringList header = u8list({"订单编号", " 备注2 ", "zeta", "alpha", "zeta", "空列", "ctl"});
        const HeaderMap h(header, {{OrderField::OrderNo, {QStringLiteral("订单编号")}, true}});
        const QStringList row{QStringLiteral("1"),
                              QString::fromUtf8("引号\"和\\反斜杠\n换行\t"),
                              QStringLiteral("first"),
                              QStringLiteral("a/b"),
                              QStringLiteral("second"),
                              QStringLiteral("  "),
                              QString(QChar(0x01)) + QChar(0x1f) + QStringLiteral("x\b\f\r")};
        QJsonObject expected;
        for (int i = 1; i < header.size(); ++i)
            if (!FieldText::trimmed(row.at(i)).isEmpty())
                expected.insert(FieldText::trimmed(header.at(i)), FieldText::trimmed(row.at(i)));
        const QString json = RowParser::rawJson(h, row);
        QCOMPARE(json, QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), expected);
        QCOMPARE(RowParser::rawJson(h, {QStringLiteral("1"), {}, {}, {}}), QString());
    }

    // The in-memory item stage: lines come back per order in file order with every field, sub-order
    // numbers as written (numbers, a leading zero, letters), the first problem, and orphans.
    void itemStageKeepsLinesExactly()
    {
        ItemStage stage;
        auto line = [](const char *code, int qty, const QString &lineId) {
            OrderLine l;
            l.outerCode = QString::fromUtf8(code);
            l.title = QStringLiteral("标题 ") + l.outerCode;
            l.spec = QStringLiteral("颜色:红");
            l.qty = qty;
            l.priceFen = 1990 * qty;
            l.platformLineId = lineId;
            return l;
        };
        stage.add(QStringLiteral("3712345678901234567"), 2,
                  line("A", 1, QStringLiteral("3712345678901234568")), {});
        stage.add(QStringLiteral("TB-0001"), 3, line("B", 2, QStringLiteral("0042")), {});
        stage.add(QStringLiteral("3712345678901234567"), 4, line("C", 3, QStringLiteral("SUB-9")), {});
        stage.add(QStringLiteral("0999"), 5, line("D", 1, QString()), QStringLiteral("bad qty"));
        stage.add(QStringLiteral("777"), 6, line("E", 1, QString()), {});

        const std::optional<ItemStage::Taken> first = stage.take(QStringLiteral("3712345678901234567"));
        QVERIFY(first);
        const QList<OrderLine> &lines = first->lines;
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].outerCode, QStringLiteral("A"));
        QCOMPARE(lines[0].platformLineId, QStringLiteral("3712345678901234568"));
        QCOMPARE(lines[1].outerCode, QStringLiteral("C"));
        QCOMPARE(lines[1].platformLineId, QStringLiteral("SUB-9"));
        QCOMPARE(lines[1].qty, 3);
        QCOMPARE(lines[1].priceFen, 5970);
        QCOMPARE(lines[1].title, QStringLiteral("标题 C"));
        QCOMPARE(lines[1].spec, QStringLiteral("颜色:红"));
        QVERIFY(first->problem.isEmpty());
        const std::optional<ItemStage::Taken> zeroLed = stage.take(QStringLiteral("TB-0001"));
        QVERIFY(zeroLed);
        QCOMPARE(zeroLed->lines.at(0).platformLineId, QStringLiteral("0042")); // a leading zero survives
        const std::optional<ItemStage::Taken> bad = stage.take(QStringLiteral("0999"));
        QVERIFY(bad);
        QCOMPARE(bad->problem, QStringLiteral("bad qty"));
        QCOMPARE(bad->lines.at(0).platformLineId, QString());
        QVERIFY(!stage.take(QStringLiteral("999"))); // not the same number as 0999
        const QList<ItemStage::Orphan> orphans = stage.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().orderNo, QStringLiteral("777"));
        QCOMPARE(orphans.first().fileLine, 6);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
