#pragma once

#include <QByteArray>
#include <QImage>
#include <QRect>

class LabelRenderer;
struct PrintData;

// A label as a thermal head prints it: one bit per dot, rows of whole bytes, the leftmost dot in
// the high bit, 1 = black (each printer language flips or encodes it as it needs).
struct MonoRaster {
    int width = 0;  // dots
    int height = 0; // dots
    int dpi = 203;
    QByteArray bits; // height rows of bytesPerRow()

    int bytesPerRow() const { return (width + 7) / 8; }
    const uchar *row(int y) const
    {
        return reinterpret_cast<const uchar *>(bits.constData()) + y * bytesPerRow();
    }
    bool black(int x, int y) const { return row(y)[x / 8] & (0x80 >> (x % 8)); }
    // Gray, 0 or 255 per dot, for decoding and for people (previews, tests).
    QImage toImage() const;
};

// What the head needs besides the picture.
struct RasterOptions {
    int dpi = 203;
    int threshold = 160;  // a gray below this prints
    double offsetXMm = 0; // shift of the print on the label
    double offsetYMm = 0;
    bool rotate180 = false;
};

namespace LabelRaster {
// Paints one sheet of the template at the printer's dpi and makes it 1-bit: the label's own size,
// shifted by the offsets (what moves off the edge is cut), then turned when asked.
MonoRaster render(const LabelRenderer &renderer, const PrintData &data, const RasterOptions &options,
                  int sheet = 0);
// A painted image to 1 bit, as render() does after painting.
MonoRaster fromImage(const QImage &image, const RasterOptions &options);
// Where a rectangle of the template (mm) lands on the raster after offsets and rotation.
QRect dotsOf(const QRectF &mm, const MonoRaster &raster, const RasterOptions &options);
} // namespace LabelRaster
