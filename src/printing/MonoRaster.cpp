#include "MonoRaster.h"

#include "LabelRenderer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

QImage MonoRaster::toImage() const
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar *out = image.scanLine(y);
        const uchar *in = row(y);
        for (int x = 0; x < width; ++x)
            out[x] = (in[x / 8] & (0x80 >> (x % 8))) ? 0 : 255;
    }
    return image;
}

namespace {
// One painted row to bits (1 = black, the leftmost dot in the high bit). Most of a label is white,
// so eight dots are tested at once; only bytes with ink look at each dot's gray.
void packRow(const QRgb *in, int width, int threshold, uchar *out)
{
    const int whole = width / 8;
    constexpr quint64 White = 0x00ffffff00ffffffull; // two dots, alpha aside
    for (int g = 0; g < whole; ++g, in += 8) {
        quint64 pairs[4];
        std::memcpy(pairs, in, sizeof pairs);
        if (((pairs[0] & pairs[1] & pairs[2] & pairs[3]) & White) == White)
            continue;
        uint byte = 0;
        for (int k = 0; k < 8; ++k)
            byte |= uint(qGray(in[k]) < threshold) << (7 - k);
        out[g] = uchar(byte);
    }
    for (int x = whole * 8; x < width; ++x, ++in)
        if (qGray(*in) < threshold)
            out[x / 8] |= uchar(0x80 >> (x % 8));
}
} // namespace

MonoRaster LabelRaster::fromImage(const QImage &source, const RasterOptions &options)
{
    // Qt's conversion to gray goes through colour management (a quarter of a label's time at
    // 203 dpi): labels are painted on RGB32, whose qGray() is integer arithmetic.
    const QImage painted = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
                               ? source
                               : source.convertToFormat(QImage::Format_RGB32);
    MonoRaster r;
    r.width = painted.width();
    r.height = painted.height();
    r.dpi = options.dpi;
    const int stride = r.bytesPerRow();
    r.bits = QByteArray(qsizetype(stride) * r.height, '\0');
    const double dpmm = options.dpi / 25.4;
    const int dx = int(std::lround(options.offsetXMm * dpmm));
    const int dy = int(std::lround(options.offsetYMm * dpmm));
    const bool moved = dx != 0 || options.rotate180;
    QByteArray line(moved ? stride : 0, '\0');
    auto *bits = reinterpret_cast<uchar *>(r.bits.data());
    for (int y = 0; y < r.height; ++y) {
        const int sy = y - dy; // the painted row that lands on this one
        if (sy < 0 || sy >= r.height)
            continue;
        const auto *in = reinterpret_cast<const QRgb *>(painted.constScanLine(sy));
        // Turned 180°: the label's last row is printed first, each row mirrored.
        uchar *out = bits + qsizetype(stride) * (options.rotate180 ? r.height - 1 - y : y);
        if (!moved) {
            packRow(in, r.width, options.threshold, out);
            continue;
        }
        line.fill('\0');
        auto *packed = reinterpret_cast<uchar *>(line.data());
        packRow(in, r.width, options.threshold, packed);
        // Shifted by the offset (what moves off the edge is cut), mirrored when turned.
        for (int b = 0; b < stride; ++b) {
            if (!packed[b])
                continue;
            for (int x = b * 8; x < b * 8 + 8 && x < r.width; ++x) {
                const int at = x + dx;
                if (!(packed[b] & (0x80 >> (x % 8))) || at < 0 || at >= r.width)
                    continue;
                const int ox = options.rotate180 ? r.width - 1 - at : at;
                out[ox / 8] |= uchar(0x80 >> (ox % 8));
            }
        }
    }
    return r;
}

MonoRaster LabelRaster::render(const LabelRenderer &renderer, const PrintData &data,
                               const RasterOptions &options, int sheet)
{
    thread_local QImage canvas; // reused label after label on this thread
    renderer.paintOnto(canvas, data, options.dpi, sheet);
    return fromImage(canvas, options);
}

QRect LabelRaster::dotsOf(const QRectF &mm, const MonoRaster &raster, const RasterOptions &options)
{
    const double dpmm = options.dpi / 25.4;
    QRect r = QRectF((mm.x() + options.offsetXMm) * dpmm, (mm.y() + options.offsetYMm) * dpmm,
                     mm.width() * dpmm, mm.height() * dpmm)
                  .toAlignedRect();
    if (options.rotate180)
        r = QRect(raster.width - 1 - r.right(), raster.height - 1 - r.bottom(), r.width(), r.height());
    return r & QRect(0, 0, raster.width, raster.height);
}
