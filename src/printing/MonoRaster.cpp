#include "MonoRaster.h"

#include "LabelRenderer.h"

#include <algorithm>
#include <cmath>

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
    r.bits = QByteArray(qsizetype(r.bytesPerRow()) * r.height, '\0');
    const double dpmm = options.dpi / 25.4;
    const int dx = int(std::lround(options.offsetXMm * dpmm));
    const int dy = int(std::lround(options.offsetYMm * dpmm));
    const int stride = r.bytesPerRow();
    auto *bits = reinterpret_cast<uchar *>(r.bits.data());
    for (int y = 0; y < r.height; ++y) {
        const int sy = y - dy; // the painted row that lands on this one
        if (sy < 0 || sy >= r.height)
            continue;
        const auto *in = reinterpret_cast<const QRgb *>(painted.constScanLine(sy));
        // Turned 180°: the label's last row is printed first, each row mirrored.
        uchar *out = bits + stride * (options.rotate180 ? r.height - 1 - y : y);
        const int to = std::min(r.width, r.width + dx);
        for (int x = std::max(0, dx); x < to; ++x) {
            // Most of a label is white: skip eight white dots at a time (this loop was a quarter
            // of a TSPL label's time when it looked at each dot's gray).
            if ((x & 7) == 0 && x + 8 <= to) {
                const QRgb *p = in + (x - dx);
                if ((p[0] & p[1] & p[2] & p[3] & p[4] & p[5] & p[6] & p[7] & 0xffffffu) == 0xffffffu) {
                    x += 7;
                    continue;
                }
            }
            const QRgb dot = in[x - dx];
            if ((dot & 0xffffffu) == 0xffffffu || qGray(dot) >= options.threshold)
                continue;
            const int ox = options.rotate180 ? r.width - 1 - x : x;
            out[ox / 8] |= uchar(0x80 >> (ox % 8));
        }
    }
    return r;
}

MonoRaster LabelRaster::render(const LabelRenderer &renderer, const PrintData &data,
                               const RasterOptions &options, int sheet)
{
    return fromImage(renderer.toImage(data, options.dpi, sheet), options);
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
