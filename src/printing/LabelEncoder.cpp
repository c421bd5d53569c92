#include "LabelEncoder.h"

#include "base/Error.h"

#include <QCoreApplication>

QByteArray LabelEncoder::document(const QSizeF &labelMm, const QList<MonoRaster> &labels) const
{
    QByteArray out = begin(labelMm);
    for (const MonoRaster &r : labels)
        out += label(r);
    return out;
}

std::unique_ptr<LabelEncoder> LabelEncoder::forSettings(const ThermalSettings &settings)
{
    switch (settings.language) {
    case ThermalSettings::Language::Tspl:
        return std::make_unique<TsplEncoder>(settings);
    case ThermalSettings::Language::Zpl:
        return std::make_unique<ZplEncoder>(settings);
    case ThermalSettings::Language::Pdf:
        break;
    }
    throw Error(
        QCoreApplication::translate("LabelEncoder", "The printer %1 takes PDF pages, not TSPL or ZPL labels.")
            .arg(settings.printer));
}

namespace {
// Millimetres as TSPL and people write them: "100", "2.5" (never a locale's comma).
QByteArray mm(double v)
{
    return QByteArray::number(v, 'g', 6);
}
} // namespace

QByteArray TsplEncoder::begin(const QSizeF &labelMm) const
{
    QByteArray out;
    out += "SIZE " + mm(labelMm.width()) + " mm," + mm(labelMm.height()) + " mm\r\n";
    switch (m_settings.media) {
    case ThermalSettings::Media::Gap:
        out += "GAP " + mm(m_settings.gapMm) + " mm,0 mm\r\n";
        break;
    case ThermalSettings::Media::BlackMark:
        out += "BLINE " + mm(m_settings.gapMm) + " mm,0 mm\r\n";
        break;
    case ThermalSettings::Media::Continuous:
        out += "GAP 0 mm,0 mm\r\n";
        break;
    }
    out += m_settings.rotate180 ? "DIRECTION 1,0\r\n" : "DIRECTION 0,0\r\n";
    out += "REFERENCE 0,0\r\n"; // offsets are in the raster: they may be negative, REFERENCE may not
    out += "DENSITY " + QByteArray::number(m_settings.darkness) + "\r\n";
    out += "SPEED " + QByteArray::number(m_settings.speed) + "\r\n";
    return out;
}

QByteArray TsplEncoder::label(const MonoRaster &raster) const
{
    QByteArray out = "CLS\r\nBITMAP 0,0," + QByteArray::number(raster.bytesPerRow()) + "," +
                     QByteArray::number(raster.height) + ",0,";
    const qsizetype at = out.size();
    out.reserve(at + raster.bits.size() + 16); // one allocation for 120 KB, not a copy per append
    out += raster.bits;
    // TSPL's BITMAP prints a 0 bit: black is 0, the opposite of ours.
    for (char *p = out.data() + at, *end = out.data() + out.size(); p != end; ++p)
        *p = char(~uchar(*p));
    // Bits past the right edge of the last byte: white.
    if (const int spare = raster.bytesPerRow() * 8 - raster.width; spare > 0)
        for (int y = 0; y < raster.height; ++y)
            out.data()[at + qsizetype(y + 1) * raster.bytesPerRow() - 1] |= char((1 << spare) - 1);
    out += "\r\nPRINT 1,1\r\n";
    return out;
}

namespace {
// ZPL's repeat count before a hex digit: G..Y = 1..19, g..z = 20..400 in steps of 20.
void appendRun(QByteArray &out, int count, char digit)
{
    while (count > 0) {
        const int n = std::min(count, 419);
        if (n == 1) {
            out += digit;
        } else {
            if (n >= 20)
                out += char('g' + n / 20 - 1);
            if (n % 20)
                out += char('G' + n % 20 - 1);
            out += digit;
        }
        count -= n;
    }
}
} // namespace

QByteArray ZplEncoder::compressRow(const QByteArray &hex, const QByteArray &previous)
{
    if (hex == previous)
        return ":";
    // The row's end: zeros are ",", F's are "!" (the rest of the row is that).
    qsizetype end = hex.size();
    char tail = 0;
    while (end > 0 && hex.at(end - 1) == '0')
        --end;
    if (end < hex.size() - 1) {
        tail = ',';
    } else {
        end = hex.size();
        while (end > 0 && hex.at(end - 1) == 'F')
            --end;
        if (end < hex.size() - 1)
            tail = '!';
        else
            end = hex.size();
    }
    QByteArray out;
    for (qsizetype i = 0; i < end;) {
        qsizetype j = i;
        while (j < end && hex.at(j) == hex.at(i))
            ++j;
        appendRun(out, int(j - i), hex.at(i));
        i = j;
    }
    if (tail)
        out += tail;
    return out;
}

QByteArray ZplEncoder::label(const MonoRaster &raster) const
{
    QByteArray out = "^XA\n";
    out += "^PW" + QByteArray::number(raster.width) + "\n";
    out += "^LL" + QByteArray::number(raster.height) + "\n";
    out += "^LH0,0\n"; // offsets are in the raster: ^LH takes no negative values
    out += "^MD" + QByteArray::number(m_settings.darkness * 2 - 15) + "\n";
    out += "^PR" + QByteArray::number(m_settings.speed) + "\n";
    switch (m_settings.media) {
    case ThermalSettings::Media::Gap:
        out += "^MNY\n";
        break;
    case ThermalSettings::Media::BlackMark:
        out += "^MNM\n";
        break;
    case ThermalSettings::Media::Continuous:
        out += "^MNN\n";
        break;
    }
    out += m_settings.rotate180 ? "^POI\n" : "^PON\n";
    const int stride = raster.bytesPerRow();
    const QByteArray total = QByteArray::number(qsizetype(stride) * raster.height);
    out += "^FO0,0^GFA," + total + "," + total + "," + QByteArray::number(stride) + ",";
    QByteArray previous;
    for (int y = 0; y < raster.height; ++y) {
        const QByteArray hex =
            QByteArray::fromRawData(reinterpret_cast<const char *>(raster.row(y)), stride).toHex().toUpper();
        if (m_hex == Hex::Plain) {
            out += hex;
            continue;
        }
        out += compressRow(hex, previous);
        previous = hex;
    }
    out += "^FS\n^XZ\n";
    return out;
}
