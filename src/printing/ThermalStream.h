#pragma once

#include "LabelEncoder.h"
#include "LabelRenderer.h"
#include "MonoRaster.h"
#include "ThermalSettings.h"

#include <functional>
#include <memory>

// Labels in a thermal printer's language (TSPL or ZPL) from a template and pages' data: each sheet
// rendered at the printer's dpi as a 1-bit raster, read back by the self-check (when on), encoded.
// The bytes go wherever the printer is: a raw CUPS queue (application/vnd.cups-raw), a socket
// (RawPrinterSink) or a device file.
class ThermalStream {
public:
    // Throws Error when the settings are out of range or the language is pdf.
    explicit ThermalStream(const ThermalSettings &settings);

    // A whole stream for a batch: the printer set-up, then every sheet of every page. Throws Error
    // (the self-check's reason, naming the page by its position) and returns nothing when a label
    // fails: no half batch.
    QByteArray batch(const LabelRenderer &renderer, const QList<PrintData> &pages) const;
    // The same for one page: a stream of its own (set-up included), as a socket printer takes it.
    QByteArray page(const LabelRenderer &renderer, const PrintData &data) const;
    // One sheet's raster, checked (no set-up, no encoding).
    MonoRaster raster(const LabelRenderer &renderer, const PrintData &data, int sheet) const;

    const ThermalSettings &settings() const { return m_settings; }
    RasterOptions rasterOptions() const;
    // Test seam: changes each raster after painting and before the self-check (a damaged label).
    void setRasterHook(std::function<void(MonoRaster &)> hook) { m_hook = std::move(hook); }

private:
    QByteArray labels(const LabelRenderer &renderer, const PrintData &data) const;

    ThermalSettings m_settings;
    std::unique_ptr<LabelEncoder> m_encoder;
    std::function<void(MonoRaster &)> m_hook;
};
