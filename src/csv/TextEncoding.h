#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// The encodings shop exports come in. Chinese platforms write GBK (a subset of GB18030) unless
// the file starts with a UTF-8 BOM or is valid UTF-8; GB18030 is decoded through Qt's ICU backend.
// Excel's "Unicode text" and some 分销 tools write UTF-16 (little-endian, with a BOM as a rule).
enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Utf16Le, Utf16Be };

namespace TextEncodings {
// Looks at the start of the device (restoring its position): a BOM (UTF-8, UTF-16 LE/BE), else
// UTF-16 by its NUL bytes (ASCII text in UTF-16 has every other byte zero), else the first window
// that holds non-ASCII bytes is checked for valid UTF-8. ASCII-only files are UTF-8.
TextEncoding detect(QIODevice &device);
// The same on bytes in memory (tests, fuzzing).
TextEncoding detect(const QByteArray &sample);
// "UTF-8", "UTF-8 (BOM)", "GBK/GB18030", "UTF-16LE", "UTF-16BE": for people.
QString displayName(TextEncoding encoding);
// The QStringConverter name to decode with.
const char *codecName(TextEncoding encoding);
// True if bytes are valid UTF-8, allowing a sequence cut off at the very end.
bool isValidUtf8(const char *data, qsizetype size);
} // namespace TextEncodings
