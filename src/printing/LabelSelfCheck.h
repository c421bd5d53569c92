#pragma once

#include "LabelRenderer.h"
#include "MonoRaster.h"

#include <QString>

// Reads a label's own 1-bit raster back with libzbar before it leaves, as the scanner at the pack
// station and the courier's will, and compares each barcode with the value the template puts
// there. A label that does not read, or reads as something else, is not sent.
namespace LabelSelfCheck {
// Empty when every barcode reads as expected; otherwise why not, for a person: which barcode,
// what it should say and what was read.
QString check(const MonoRaster &raster, const RasterOptions &options,
              const QList<LabelRenderer::PlacedBarcode> &expected);
// Every Code 128 (or, with qr, QR code) zbar finds in a part of the raster (the whole raster when
// area is empty).
QStringList decode(const MonoRaster &raster, const QRect &area = {}, bool qr = false);
} // namespace LabelSelfCheck
