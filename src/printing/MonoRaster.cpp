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

MonoRaster LabelRaster::fromImage(const QImage &painted, const RasterOptions &options)
{
    const QImage gray = painted.convertToFormat(QImage::Format_Grayscale8);
    MonoRaster r;
    r.width = gray.width();
    r.height = gray.height();
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
        const uchar *in = gray.constScanLine(sy);
        // Turned 180°: the label's last row is printed first, each row mirrored.
        uchar *out = bits + stride * (options.rotate180 ? r.height - 1 - y : y);
        for (int x = std::max(0, dx); x < std::min(r.width, r.width + dx); ++x) {
            if (in[x - dx] >= options.threshold)
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
