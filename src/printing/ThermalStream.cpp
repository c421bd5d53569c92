#include "ThermalStream.h"

#include "LabelSelfCheck.h"
#include "base/Error.h"

#include <QCoreApplication>

ThermalStream::ThermalStream(const ThermalSettings &settings)
    : m_settings(settings)
{
    if (const Result<> usable = settings.usable(); !usable)
        throw Error(QCoreApplication::translate("ThermalStream", "Printer %1: %2")
                        .arg(settings.printer, usable.message));
    m_encoder = LabelEncoder::forSettings(settings);
}

RasterOptions ThermalStream::rasterOptions() const
{
    // The turn is the printer's (DIRECTION 1 / ^POI), so the raster stays upright.
    return {m_settings.dpi, m_settings.threshold, m_settings.offsetXMm, m_settings.offsetYMm, false};
}

MonoRaster ThermalStream::raster(const LabelRenderer &renderer, const PrintData &data, int sheet) const
{
    const RasterOptions options = rasterOptions();
    MonoRaster r = LabelRaster::render(renderer, data, options, sheet);
    if (m_hook)
        m_hook(r);
    if (m_settings.selfCheck) {
        const QString why = LabelSelfCheck::check(r, options, renderer.barcodes(data, sheet));
        if (!why.isEmpty())
            throw Error(why);
    }
    return r;
}

QByteArray ThermalStream::labels(const LabelRenderer &renderer, const PrintData &data) const
{
    QByteArray out;
    for (int s = 0, n = renderer.sheetCount(data); s < n; ++s)
        out += m_encoder->label(raster(renderer, data, s));
    return out;
}

QByteArray ThermalStream::page(const LabelRenderer &renderer, const PrintData &data) const
{
    return m_encoder->begin(renderer.labelTemplate().pageMm) + labels(renderer, data);
}

QByteArray ThermalStream::batch(const LabelRenderer &renderer, const QList<PrintData> &pages) const
{
    QByteArray out = m_encoder->begin(renderer.labelTemplate().pageMm);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        try {
            out += labels(renderer, pages.at(i));
        } catch (const Error &e) {
            throw Error(QCoreApplication::translate("ThermalStream", "Label %1 of %2: %3")
                            .arg(i + 1)
                            .arg(pages.size())
                            .arg(e.message()));
        }
    }
    return out;
}
