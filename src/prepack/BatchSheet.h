#pragma once

#include "PrepackBatches.h"

#include <QString>

class QPagedPaintDevice;

// The A4 sheet that goes with a pre-pack batch to the shelf: campaign, SKU (code, title, spec,
// bin, barcodes), quantity and material in large type, one tick box per parcel for counting,
// and signature lines. Paints on a QPdfWriter or a QPrinter alike.
namespace BatchSheet {
// Returns the number of pages painted.
int render(const PrepackBatch &batch, QPagedPaintDevice &device);
// Writes a PDF file; throws Error when the file cannot be written.
void writePdf(const PrepackBatch &batch, const QString &path);
} // namespace BatchSheet
