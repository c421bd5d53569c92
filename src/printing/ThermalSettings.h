#pragma once

#include "base/Result.h"

#include <QSettings>
#include <QString>
#include <QStringList>

// How one printer is driven, kept per station in QSettings group "printers/<name>" (printers are
// local to a station, like PrinterChoice). Every key with its default is here and nowhere else.
// pdf: through QPrinter/CUPS as a page; tspl/zpl: a 1-bit raster in the printer's own language.
class ThermalSettings {
public:
    enum class Language { Pdf, Tspl, Zpl };
    enum class Media { Gap, BlackMark, Continuous };

    // Reads the printer's group; a printer Packline talks to directly (socket://, device:) takes
    // no PDF, so its language defaults to TSPL, any other to PDF.
    ThermalSettings(QSettings &settings, const QString &printer);
    // Writes every value back to the printer's group.
    void save(QSettings &settings) const;
    static QString groupOf(const QString &printer);

    QString printer;
    Language language = Language::Pdf;
    int dpi = 203;            // 203 or 300: the head's dots per inch
    int darkness = 8;         // heat, 0..15 (TSPL DENSITY; ZPL ^MD is darkness*2-15)
    int speed = 4;            // inches per second, 1..14
    int threshold = 160;      // gray level (0..255) below which a dot is black
    Media media = Media::Gap; //
    double gapMm = 2;         // gap or black mark height
    double offsetXMm = 0;     // moves the print right (negative: left)
    double offsetYMm = 0;     // moves the print down (negative: up)
    bool rotate180 = false;   // the label comes out head first
    bool selfCheck = true;    // decode each raster before it leaves (LabelSelfCheck)

    bool raster() const { return language != Language::Pdf; }
    static QString languageName(Language l);
    static QString mediaName(Media m);
    // Parse a name as typed (tspl, black-mark…); false for an unknown one.
    static bool parseLanguage(const QString &text, Language *out);
    static bool parseMedia(const QString &text, Media *out);
    // Whether every value is in the printer's range; refused with why not (for a person).
    Result<> usable() const;
    // One line per setting, for the calibration label and the CLI.
    QStringList describe() const;
};
