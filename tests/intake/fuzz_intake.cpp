// libFuzzer target for the CSV reader and the address parser (and encoding detection, field
// cleaning, phone parsing, the row parser with its hand-written raw JSON, and the item stage on
// the way; the first record is taken as the header): any bytes must be read without a crash, a hang or a
// sanitizer report. Build: configure with clang (CXX=clang++-14) and -DPACKLINE_FUZZ=ON, then
//   ninja fuzz_intake && ./tests/intake/fuzz_intake -max_total_time=600 corpus/
#include "csv/CsvReader.h"
#include "csv/TextEncoding.h"
#include "intake/AddressParser.h"
#include "intake/FieldText.h"
#include "intake/HeaderMap.h"
#include "intake/ItemStage.h"
#include "intake/PhoneNumber.h"
#include "intake/RowParser.h"
#include "intake/TaobaoReader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncodings::detect(buffer));
    CsvRecord record;
    HeaderMap orderHeader;
    HeaderMap itemHeader;
    bool haveHeader = false;
    const StatusVocabulary vocabulary = StatusVocabulary::taobao();
    ItemStage stage;
    qint64 lastLine = 0;
    int records = 0;
    while (reader.next(record) && ++records < 100000) {
        if (record.line <= lastLine)
            __builtin_trap(); // line numbers only grow
        lastLine = record.line;
        for (const QString &field : record.fields) {
            const ParsedAddress a = AddressParser::parse(field);
            if (a.raw != field)
                __builtin_trap();
            PhoneNumber::parse(field);
            FieldText::numberText(field);
            FieldText::chinaTimeToUtc(field);
        }
        if (!haveHeader) {
            orderHeader = HeaderMap(record.fields, TaobaoReader::orderAliases());
            itemHeader = HeaderMap(record.fields, TaobaoReader::itemAliases());
            haveHeader = true;
            continue;
        }
        IncomingOrder in;
        RejectedRow bad;
        RowParser::orderFields(orderHeader, record.fields, vocabulary, in, bad);
        const QString json = RowParser::rawJson(orderHeader, record.fields);
        if (!json.isEmpty() && !QJsonDocument::fromJson(json.toUtf8()).isObject())
            __builtin_trap(); // the hand-written JSON must always be valid
        OrderLine line;
        RowParser::line(itemHeader, record.fields, vocabulary, line, bad);
        const QString no = FieldText::numberText(itemHeader.value(record.fields, OrderField::OrderNo));
        stage.add(no, record.line, line, bad.why);
        if (records % 3 == 0 && !stage.take(no).value_or(ItemStage::Taken{}).lines.size())
            __builtin_trap(); // what was just staged is there
    }
    stage.orphans();
    // The address parser on the whole input as one string too.
    AddressParser::parse(QString::fromUtf8(bytes));
    return 0;
}
