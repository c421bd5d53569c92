#include "LabelSelfCheck.h"

#include "base/VectorState.h"

#include <QCoreApplication>
#include <cstring>
#include <zbar.h>

using namespace zbar; // its C API sits in namespace zbar when compiled as C++

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LabelSelfCheck", text);
}

// Linear codes are read along every eighth row only, as a hand scanner's line would cross them
// (bars on a label stand upright: a label turns by 180° at most); 15 mm of bars at 203 dpi still
// get fifteen lines, any one of which must read whole. QR codes get every row and column.
constexpr int kLinearRowStep = 8;

// zbar scanners made once per thread: only the symbologies labels carry, so a field of text is
// never read as some other barcode (and scanning is cheaper). Positions are not collected: the
// check needs what a code says, not where.
zbar_image_scanner_t *scanner(bool qr)
{
    struct Scanner {
        zbar_image_scanner_t *s = zbar_image_scanner_create();
        explicit Scanner(bool qr)
        {
            zbar_image_scanner_set_config(s, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
            zbar_image_scanner_set_config(s, qr ? ZBAR_QRCODE : ZBAR_CODE128, ZBAR_CFG_ENABLE, 1);
            zbar_image_scanner_set_config(s, ZBAR_NONE, ZBAR_CFG_X_DENSITY, qr ? 1 : 0);
            zbar_image_scanner_set_config(s, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, 1);
            zbar_image_scanner_set_config(s, ZBAR_NONE, ZBAR_CFG_POSITION, 0);
        }
        ~Scanner() { zbar_image_scanner_destroy(s); }
    };
    thread_local Scanner linear(false), square(true);
    return qr ? square.s : linear.s;
}

// Eight dots of a raster byte as zbar's gray (0 black, 255 white), looked up instead of tested.
struct GrayBytes {
    char dots[256][8];
    GrayBytes()
    {
        for (int b = 0; b < 256; ++b)
            for (int k = 0; k < 8; ++k)
                dots[b][k] = (b & (0x80 >> k)) ? char(0) : char(255);
    }
};
} // namespace

QStringList LabelSelfCheck::decode(const MonoRaster &raster, const QRect &wanted, bool qr)
{
    QRect area = wanted.isEmpty() ? QRect(0, 0, raster.width, raster.height)
                                  : wanted & QRect(0, 0, raster.width, raster.height);
    if (area.isEmpty())
        return {};
    // Whole raster bytes (a few more dots of quiet zone), so each byte is one table copy.
    const int firstByte = area.left() / 8, lastByte = area.right() / 8;
    const int width = (lastByte - firstByte + 1) * 8;
    const int step = qr ? 1 : kLinearRowStep;
    const int rows = (area.height() + step - 1) / step;
    static const GrayBytes table;
    QByteArray gray(qsizetype(width) * rows, Qt::Uninitialized);
    char *out = gray.data();
    for (int y = area.top(); y <= area.bottom(); y += step) {
        const uchar *in = raster.row(y);
        for (int b = firstByte; b <= lastByte; ++b, out += 8)
            std::memcpy(out, table.dots[in[b]], 8);
    }
    VectorState::clean(); // zbar is plain SSE code: see VectorState.h
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, unsigned(width), unsigned(rows));
    zbar_image_set_data(image, gray.constData(), unsigned(gray.size()), nullptr);
    zbar_scan_image(scanner(qr), image);
    QStringList found;
    for (const zbar_symbol_t *s = zbar_image_first_symbol(image); s; s = zbar_symbol_next(s))
        found << QString::fromUtf8(zbar_symbol_get_data(s), int(zbar_symbol_get_data_length(s)));
    zbar_image_destroy(image);
    return found;
}

QString LabelSelfCheck::check(const MonoRaster &raster, const RasterOptions &options,
                              const QList<LabelRenderer::PlacedBarcode> &expected)
{
    // Each barcode is read in its own box (plus a little room for the quiet zone), so the reason
    // names the barcode that failed and a neighbour cannot stand in for it.
    for (const LabelRenderer::PlacedBarcode &b : expected) {
        const QRect area = LabelRaster::dotsOf(b.rectMm.adjusted(-2, -1, 2, 1), raster, options);
        const QStringList read = decode(raster, area, b.symbology == u"qr");
        if (read.contains(b.value))
            continue;
        if (read.isEmpty())
            return tr("Self-check: the barcode %1 does not read (it should say %2); the label was not sent.")
                .arg(b.source, b.value);
        return tr("Self-check: the barcode %1 reads %2 but should say %3; the label was not sent.")
            .arg(b.source, read.join(QStringLiteral(", ")), b.value);
    }
    return {};
}
