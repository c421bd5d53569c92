#pragma once

#include "LabelTemplate.h"
#include "PrintData.h"
#include "ThermalSettings.h"

// The label a person prints when setting a thermal printer up: a border 1 mm inside the edge, mm
// rulers along the top and left (a shifted print shows as a cut or wide border), a Code 128 to try
// a scanner on, and the printer's settings in words.
namespace CalibrationLabel {
LabelTemplate layout(const QSizeF &labelMm);
// The settings and the barcode's value ("PACKLINE-TEST-203").
PrintData data(const ThermalSettings &settings);
} // namespace CalibrationLabel
