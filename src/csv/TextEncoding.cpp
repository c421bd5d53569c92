#include "TextEncoding.h"

#include <QIODevice>
#include <optional>

namespace {
constexpr qsizetype kBlock = 1 << 20;       // read in 1 MB blocks while looking for non-ASCII
constexpr qsizetype kWindow = 64 * 1024;    // then judge 64 KB from the first non-ASCII byte
constexpr qsizetype kMaxScan = 64 * kBlock; // give up (ASCII: UTF-8) after 64 MB

bool hasBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

// UTF-16 by its BOM, or by its NUL bytes: in the first 4 KB, ASCII text in UTF-16 LE has the odd
// bytes zero and the even ones not (BE the other way round). A UTF-8 or GBK export has no NULs.
std::optional<TextEncoding> utf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16Le;
    if (bytes.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16Be;
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZero += bytes.at(2 * i) == 0;
        oddZero += bytes.at(2 * i + 1) == 0;
    }
    if (pairs == 0)
        return std::nullopt;
    if (oddZero * 4 >= pairs && evenZero * 8 < oddZero)
        return TextEncoding::Utf16Le;
    if (evenZero * 4 >= pairs && oddZero * 8 < evenZero)
        return TextEncoding::Utf16Be;
    return std::nullopt;
}

qsizetype firstHighByte(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            return i;
    return -1;
}

TextEncoding judge(const QByteArray &bytes, qsizetype high)
{
    // Back up to a character start is not needed: ASCII before `high` is valid in both.
    const qsizetype len = std::min(kWindow, bytes.size() - high);
    return TextEncodings::isValidUtf8(bytes.constData() + high, len) ? TextEncoding::Utf8
                                                                     : TextEncoding::Gb18030;
}
} // namespace

bool TextEncodings::isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size)
                return true; // cut off by the window, not invalid
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

TextEncoding TextEncodings::detect(const QByteArray &sample)
{
    if (const auto wide = utf16(sample))
        return *wide;
    if (hasBom(sample))
        return TextEncoding::Utf8Bom;
    const qsizetype high = firstHighByte(sample);
    return high < 0 ? TextEncoding::Utf8 : judge(sample, high);
}

TextEncoding TextEncodings::detect(QIODevice &device)
{
    const qint64 start = device.pos();
    TextEncoding result = TextEncoding::Utf8;
    QByteArray block = device.read(kBlock);
    if (const auto wide = utf16(block)) {
        result = *wide;
    } else if (hasBom(block)) {
        result = TextEncoding::Utf8Bom;
    } else {
        qsizetype scanned = 0;
        while (!block.isEmpty() && scanned < kMaxScan) {
            const qsizetype high = firstHighByte(block);
            if (high >= 0) {
                if (block.size() - high < kWindow)
                    block += device.read(kWindow);
                result = judge(block, high);
                break;
            }
            scanned += block.size();
            block = device.read(kBlock);
        }
    }
    device.seek(start);
    return result;
}

QString TextEncodings::displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Gb18030:
        return QStringLiteral("GBK/GB18030");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

const char *TextEncodings::codecName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Gb18030:
        return "GB18030";
    case TextEncoding::Utf16Le:
        return "UTF-16LE";
    case TextEncoding::Utf16Be:
        return "UTF-16BE";
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        break;
    }
    return "UTF-8";
}
