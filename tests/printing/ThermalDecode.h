#pragma once

// Reads TSPL and ZPL label streams back into pictures, as the printer would print them (BITMAP and
// ^GFA, the 180° turn of DIRECTION 1 and ^POI), so a test can scan what the printer was sent.
#include <QByteArray>
#include <QImage>
#include <QList>
#include <cctype>

namespace ThermalDecode {
// White image; `bits` rows of `stride` bytes, high bit leftmost; `blackBit` is the bit that inks.
inline QImage paint(int width, int height, int stride, const QByteArray &bits, bool blackBit, bool turned)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const bool bit = uchar(bits.at(qsizetype(y) * stride + x / 8)) & (0x80 >> (x % 8));
            if (bit == blackBit)
                image.scanLine(y)[x] = 0;
        }
    // A turned print: what the head printed last is at the top of the label as read.
    return turned ? image.mirrored(true, true) : image;
}

// Every label of a TSPL stream (one per PRINT after a BITMAP). Empty on anything malformed.
inline QList<QImage> tspl(const QByteArray &stream, int dpi)
{
    QList<QImage> labels;
    bool turned = false;
    int width = 0; // dots, from SIZE
    QByteArray bitmap;
    int stride = 0, height = 0;
    qsizetype at = 0;
    while (at < stream.size()) {
        qsizetype eol = stream.indexOf("\r\n", at);
        if (eol < 0)
            return {};
        const QByteArray line = stream.mid(at, eol - at);
        if (line.startsWith("SIZE ")) {
            width = qRound(line.mid(5).split(' ').first().toDouble() * dpi / 25.4);
        } else if (line.startsWith("DIRECTION ")) {
            turned = line.mid(10).startsWith('1');
        } else if (line.startsWith("BITMAP ")) {
            // BITMAP x,y,width-bytes,height,mode,<binary>: the data may hold "\r\n" itself.
            const QList<QByteArray> head = line.mid(7).split(',');
            if (head.size() < 6 || head.at(0) != "0" || head.at(1) != "0")
                return {};
            stride = head.at(2).toInt();
            height = head.at(3).toInt();
            const qsizetype data = at + 7 + head.at(0).size() + head.at(1).size() + head.at(2).size() +
                                   head.at(3).size() + head.at(4).size() + 5;
            bitmap = stream.mid(data, qsizetype(stride) * height);
            if (bitmap.size() != qsizetype(stride) * height)
                return {};
            eol = data + bitmap.size();
            if (stream.mid(eol, 2) != "\r\n")
                return {};
        } else if (line == "PRINT 1,1") {
            if (bitmap.isEmpty() || width > stride * 8)
                return {};
            labels << paint(width, height, stride, bitmap, false, turned); // TSPL: a 0 bit inks
            bitmap.clear();
        }
        at = eol + 2;
    }
    return labels;
}

// ZPL's compressed ASCII hex (or plain hex) of ^GFA back to bytes; rows of `stride` bytes.
inline QByteArray zplHex(const QByteArray &data, int stride, qsizetype total)
{
    QByteArray out, row, previous;
    const int rowHex = stride * 2;
    int count = 0;
    const auto endRow = [&] {
        if (row.size() != rowHex)
            return false;
        out += QByteArray::fromHex(row);
        previous = row;
        row.clear();
        return true;
    };
    for (char ch : data) {
        if (ch >= 'G' && ch <= 'Y') {
            count += ch - 'G' + 1;
        } else if (ch >= 'g' && ch <= 'z') {
            count += (ch - 'g' + 1) * 20;
        } else if (ch == ',' || ch == '!') {
            row += QByteArray(rowHex - row.size(), ch == ',' ? '0' : 'F');
            if (!endRow())
                return {};
        } else if (ch == ':') {
            if (!row.isEmpty() || previous.isEmpty())
                return {};
            row = previous;
            endRow();
        } else if (std::isxdigit(uchar(ch))) {
            row += QByteArray(std::max(count, 1), ch);
            count = 0;
            if (row.size() > rowHex)
                return {};
            if (row.size() == rowHex)
                endRow();
        } else {
            return {};
        }
    }
    return out.size() == total ? out : QByteArray();
}

// Every label of a ZPL stream (one per ^XA…^XZ with a ^GFA). Empty on anything malformed.
inline QList<QImage> zpl(const QByteArray &stream)
{
    QList<QImage> labels;
    qsizetype at = 0;
    while ((at = stream.indexOf("^XA", at)) >= 0) {
        const qsizetype end = stream.indexOf("^XZ", at);
        if (end < 0)
            return {};
        const QByteArray f = stream.mid(at, end - at);
        const auto number = [&](const char *cmd) {
            const qsizetype i = f.indexOf(cmd);
            return i < 0 ? -1 : f.mid(i + 3, f.indexOf('\n', i) - i - 3).toInt();
        };
        const int width = number("^PW");
        const bool turned = f.contains("^POI");
        const qsizetype gf = f.indexOf("^FO0,0^GFA,");
        if (gf < 0 || width <= 0)
            return {};
        const qsizetype fs = f.indexOf("^FS", gf);
        const QList<QByteArray> parts = f.mid(gf + 11, fs - gf - 11).split(',');
        if (parts.size() < 4)
            return {};
        const qsizetype total = parts.at(0).toLongLong();
        const int stride = parts.at(2).toInt();
        // The data is everything after the third comma (it may hold ',' itself).
        const qsizetype from = gf + 11 + parts.at(0).size() + parts.at(1).size() + parts.at(2).size() + 3;
        const QByteArray data = f.mid(from, fs - from);
        const QByteArray bits = zplHex(data, stride, total);
        if (bits.isEmpty() || stride <= 0)
            return {};
        labels << paint(width, int(total / stride), stride, bits, true, turned); // ZPL: a 1 bit inks
        at = end + 3;
    }
    return labels;
}
} // namespace ThermalDecode
