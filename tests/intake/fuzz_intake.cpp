// libFuzzer target for the CSV reader and the address parser (and encoding detection, field
// cleaning and phone parsing on the way): any bytes must be read without a crash, a hang or a
// sanitizer report. Build: configure with clang (CXX=clang++-14) and -DPACKLINE_FUZZ=ON, then
//   ninja fuzz_intake && ./tests/intake/fuzz_intake -max_total_time=600 corpus/
#include "intake/AddressParser.h"
#include "intake/CsvReader.h"
#include "intake/FieldText.h"
#include "intake/PhoneNumber.h"
#include "intake/TextEncoding.h"

#include <QBuffer>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncodings::detect(buffer));
    CsvRecord record;
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
    }
    // The address parser on the whole input as one string too.
    AddressParser::parse(QString::fromUtf8(bytes));
    return 0;
}
