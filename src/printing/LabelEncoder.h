#pragma once

#include "MonoRaster.h"
#include "ThermalSettings.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <memory>

// Turns 1-bit label rasters into a printer language. A document is begin() once, then one
// label() per label: a batch of labels travels as one stream, to a raw CUPS queue
// (application/vnd.cups-raw), a socket or a device file.
class LabelEncoder {
public:
    virtual ~LabelEncoder() = default;
    // The printer set-up sent before the labels (size, media, darkness, speed…).
    virtual QByteArray begin(const QSizeF &labelMm) const = 0;
    // One label: clear, the picture, print it.
    virtual QByteArray label(const MonoRaster &raster) const = 0;

    QByteArray document(const QSizeF &labelMm, const QList<MonoRaster> &labels) const;
    // The encoder for the printer's language; throws Error for pdf (not a raster language).
    static std::unique_ptr<LabelEncoder> forSettings(const ThermalSettings &settings);
};

// TSPL (TSC, 佳博/Gprinter, 汉印/HPRT, 得力…): SIZE, GAP/BLINE, DIRECTION, REFERENCE, DENSITY,
// SPEED once; per label CLS, BITMAP (binary, where a 1 bit is white) and PRINT 1,1.
class TsplEncoder : public LabelEncoder {
public:
    explicit TsplEncoder(const ThermalSettings &settings)
        : m_settings(settings)
    {
    }
    QByteArray begin(const QSizeF &labelMm) const override;
    QByteArray label(const MonoRaster &raster) const override;

private:
    ThermalSettings m_settings;
};

// ZPL II (Zebra): each label is a whole ^XA…^XZ format with its size, darkness, speed, media and
// orientation, the picture as ^GFA in ASCII hex, with ZPL's run-length compression unless asked
// not to (it makes a label's stream about ten times shorter).
class ZplEncoder : public LabelEncoder {
public:
    enum class Hex { Compressed, Plain };
    explicit ZplEncoder(const ThermalSettings &settings, Hex hex = Hex::Compressed)
        : m_settings(settings)
        , m_hex(hex)
    {
    }
    QByteArray begin(const QSizeF &) const override { return {}; }
    QByteArray label(const MonoRaster &raster) const override;
    // One row of dots as ZPL's compressed ASCII hex; `previous` is the row before (":" repeats it).
    static QByteArray compressRow(const QByteArray &hex, const QByteArray &previous);

private:
    ThermalSettings m_settings;
    Hex m_hex;
};
