#pragma once

#include <QRectF>
#include <QString>

class QPainter;

// Encodes with libzint's C API and paints the symbol as filled rectangles, snapped to whole
// device dots so bars stay crisp at 203 and 300 dpi (and exact in PDF).
struct BarcodeSpec {
    QString symbology = QStringLiteral("code128"); // code128 | qr
    QString data;
    double moduleMm = 0.33; // wanted narrow-bar width; reduced (never below one dot) to fit the box
    double quietModules = 10;
};

namespace BarcodePainter {
// Paints into box (device pixels); dotsPerMm is the device resolution. Returns the rectangle the
// bars took (for the human-readable text under them), or throws Error when zint refuses the data.
QRectF paint(QPainter &painter, const QRectF &box, double dotsPerMm, const BarcodeSpec &spec);
} // namespace BarcodePainter
