#pragma once

#include "Handover.h"

#include <QString>

class QPagedPaintDevice;

// The A4 handover manifest (交接单) the courier's driver signs: header with courier, batch and
// counts, one row per parcel, signature lines. Paints on a QPdfWriter or a QPrinter alike.
namespace ManifestRenderer {
// Returns the number of pages painted.
int render(const HandoverBatch &batch, QPagedPaintDevice &device);
// Writes a PDF file; throws Error when the file cannot be written.
void writePdf(const HandoverBatch &batch, const QString &path);
} // namespace ManifestRenderer
