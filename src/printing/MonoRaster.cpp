#include "MonoRaster.h"

#include "LabelRenderer.h"
#include "base/VectorState.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// Bit k moved to bit 7 - k: a vector compare gives the leftmost dot in the low bit.
constexpr std::array<uchar, 256> Reversed = [] {
    std::array<uchar, 256> t{};
    for (int i = 0; i < 256; ++i)
        for (int k = 0; k < 8; ++k)
            if (i & (1 << k))
                t[i] |= uchar(0x80 >> k);
    return t;
}();

// One painted row to bits (1 = black, the leftmost dot in the high bit). A dot prints when
// qGray() < threshold, i.e. r*11 + g*16 + b*5 < threshold*32. Most of a label is white, so eight
// dots are tested at once; eight inked dots are weighed side by side in vector lanes.
void packRow(const QRgb *in, int width, int threshold, uchar *out)
{
    const int whole = width / 8;
    int g = 0;
#if defined(__SSE2__)
    const __m128i alpha = _mm_set1_epi32(int(0xff000000)), ones = _mm_set1_epi32(-1);
    const __m128i redBlue = _mm_set1_epi32(0x00ff00ff), green = _mm_set1_epi32(0xff);
    const __m128i weights = _mm_set1_epi32((11 << 16) | 5); // red, blue in 16-bit halves
    const __m128i limit = _mm_set1_epi32(threshold * 32);
    const auto inked = [&](__m128i px) { // four dots to four bits, the first dot in bit 0
        const __m128i sum = _mm_add_epi32(_mm_madd_epi16(_mm_and_si128(px, redBlue), weights),
                                          _mm_slli_epi32(_mm_and_si128(_mm_srli_epi32(px, 8), green), 4));
        return _mm_movemask_ps(_mm_castsi128_ps(_mm_cmplt_epi32(sum, limit)));
    };
    for (; g < whole; ++g, in += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + 4));
        const __m128i paper = _mm_or_si128(_mm_and_si128(a, b), alpha);
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(paper, ones)) == 0xffff)
            continue;
        out[g] = Reversed[uint(inked(a) | (inked(b) << 4))];
    }
#endif
    for (int x = g * 8; x < width; ++x, ++in)
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
    VectorState::clean(); // after painting: see VectorState.h
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
    renderer.paintOnto(canvas, data, options.dpi, sheet, LabelRenderer::Ink::Dots);
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
