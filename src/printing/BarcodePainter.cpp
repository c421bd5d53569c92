#include "BarcodePainter.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QPainter>
#include <cmath>
#include <memory>
#include <zint.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BarcodePainter", text);
}

struct SymbolDeleter {
    void operator()(zint_symbol *s) const { ZBarcode_Delete(s); }
};
} // namespace

QRectF BarcodePainter::paint(QPainter &painter, const QRectF &box, double dotsPerMm, const BarcodeSpec &spec)
{
    if (spec.data.isEmpty())
        return {};
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    const bool qr = spec.symbology == u"qr";
    symbol->symbology = qr ? BARCODE_QRCODE : BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0;                            // we draw the digits ourselves in the label's font
    symbol->output_options = BARCODE_NO_QUIET_ZONES; // the quiet zone is ours to size
    symbol->scale = 0.5f;                            // vector units = modules
    const QByteArray utf8 = spec.data.toUtf8();
    const int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   int(utf8.size()));
    if (rc >= ZINT_ERROR)
        throw Error(
            tr("Cannot make a barcode of '%1': %2").arg(spec.data, QString::fromLatin1(symbol->errtxt)));
    if (ZBarcode_Buffer_Vector(symbol.get(), 0) >= ZINT_ERROR || !symbol->vector)
        throw Error(
            tr("Cannot draw the barcode of '%1': %2").arg(spec.data, QString::fromLatin1(symbol->errtxt)));

    const zint_vector *v = symbol->vector;
    const int modules = symbol->width;
    if (modules <= 0 || v->width <= 0)
        return {};
    const double unitsPerModule = v->width / modules;

    // Whole dots per module: crisp bars on a thermal head, and the quiet zone still fits.
    const double quiet = qr ? spec.quietModules : spec.quietModules;
    const double totalModules = modules + 2 * quiet;
    double dotsPerModule = std::max(1.0, std::round(spec.moduleMm * dotsPerMm));
    const double fitDots = std::floor(box.width() / totalModules);
    if (dotsPerModule > fitDots)
        dotsPerModule = std::max(1.0, fitDots);
    if (dotsPerMm > 50) // PDF and other high-resolution devices: exact millimetres, no snapping needed
        dotsPerModule = std::min(spec.moduleMm * dotsPerMm, box.width() / totalModules);

    const double symbolWidth = modules * dotsPerModule;
    double symbolHeight = box.height();
    if (qr) {
        symbolHeight = std::min(box.height(), symbolWidth);
        if (symbolWidth > box.height()) // a square symbol: fit the shorter side
            dotsPerModule = std::max(1.0, std::floor(box.height() / modules));
    }
    const double scale = dotsPerModule / unitsPerModule; // device pixels per vector unit
    const double width = modules * dotsPerModule;
    const double height = qr ? width : symbolHeight;
    const double left = std::round(box.left() + (box.width() - width) / 2);
    const double top = std::round(box.top() + (qr ? (box.height() - height) / 2 : 0));
    const double yScale = qr ? scale : height / v->height;

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    const bool dots = dotsPerMm <= 50; // bars on whole dots: filled as pixel rectangles, no rasterizer
    for (const zint_vector_rect *r = v->rectangles; r; r = r->next) {
        if (r->colour != -1 && r->colour != 7) // foreground only
            continue;
        const QRectF bar(left + r->x * scale, top + r->y * yScale, r->width * scale, r->height * yScale);
        if (dots)
            painter.fillRect(QRect(QPoint(std::lround(bar.left()), std::lround(bar.top())),
                                   QPoint(std::lround(bar.right()) - 1, std::lround(bar.bottom()) - 1)),
                             Qt::black);
        else
            painter.drawRect(bar);
    }
    painter.restore();
    return QRectF(left, top, width, height);
}
