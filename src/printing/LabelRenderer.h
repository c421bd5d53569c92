#pragma once

#include "LabelTemplate.h"
#include "PrintData.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QMutex>

class QPainter;
class QSvgRenderer;

// Paints a template filled with one page's data onto whatever the painter is on: a QPrinter,
// a QPdfWriter, a QImage. Coordinates are device pixels from the device's resolution, so the
// same call gives a 203-dpi thermal label, a 300-dpi one, or an exact PDF page.
class LabelRenderer {
public:
    // Throws Error when the template's font family is not installed (CJK labels would print boxes).
    explicit LabelRenderer(LabelTemplate tmpl);
    ~LabelRenderer();
    LabelRenderer(const LabelRenderer &) = delete;
    LabelRenderer &operator=(const LabelRenderer &) = delete;

    const LabelTemplate &labelTemplate() const { return m_template; }
    // Sheets this data needs (a long pick list runs over several A4 sheets; a label is one).
    int sheetCount(const PrintData &data) const;
    // How text is inked. Smooth: anti-aliased glyphs, for PDF pages, office printers and previews.
    // Dots: each glyph as the font's own 1-bit bitmap, which is what a thermal head prints; half
    // the painting time of smoothed glyphs that the raster would only threshold away again.
    enum class Ink { Smooth, Dots };
    // Paints one sheet at the device origin. The painter must be active.
    void paint(QPainter &painter, const PrintData &data, int sheet = 0, Ink ink = Ink::Smooth) const;
    // For previews and tests: one sheet as a white RGB32 image at dpi.
    QImage toImage(const PrintData &data, int dpi, int sheet = 0, Ink ink = Ink::Smooth) const;
    // The same onto canvas, which is kept when it already has the label's size (a raw printer's
    // render threads paint label after label on one canvas: no 4 MB allocation per label).
    void paintOnto(QImage &canvas, const PrintData &data, int dpi, int sheet = 0,
                   Ink ink = Ink::Smooth) const;

    // A barcode as the label carries it: what a scanner must read there (the self-check's list).
    struct PlacedBarcode {
        QString source;    // the template's data, "{tracking.no}"
        QString symbology; // code128 | qr
        QString value;     // filled and masked as painted
        QRectF rectMm;     // the element's box on the template
    };
    QList<PlacedBarcode> barcodes(const PrintData &data, int sheet = 0) const;

    // The template with masking applied: what the label really shows for a field.
    QString shown(const PrintData &data, const QString &field) const;
    static void requireFont(const QString &family);
    // Call at the start of main(), before any text is drawn: lets Qt's raster engine draw glyphs
    // up to 160 px from its glyph cache. Its default limit, 64 px, is below a 24 pt sort code at
    // 203 dpi (68 px), so that text was filled as outlines on every label: half of a label's raster time.
    static void cacheLargeGlyphs();
    // The largest size from `largest` down to 5 pt, in half points, at which `text` laid out with
    // `flags` fits `box` on `device` (5 pt when nothing fits): auto-shrink for long addresses.
    static double fittingPointSize(QFont font, const QPaintDevice *device, const QRectF &box, int flags,
                                   const QString &text, double largest);

private:
    struct TableRow {
        bool heading = false;
        QHash<QString, QString> cells;
    };
    // The data as painted: masked fields masked, the sheet's number set.
    PrintData prepared(const PrintData &source, int sheet) const;
    QList<TableRow> tableRows(const TemplateElement &e, const PrintData &data) const;
    int rowsPerSheet(const TemplateElement &e) const;
    void paintText(QPainter &p, const TemplateElement &e, const QString &text, double dpmm, Ink ink) const;
    void paintTable(QPainter &p, const TemplateElement &e, const PrintData &data, int sheet, double dpmm,
                    Ink ink) const;
    void paintImage(QPainter &p, const QRectF &box, const QString &source) const;
    // fittingPointSize(), remembered for texts that repeat from label to label.
    double shrunkSize(const TemplateElement &e, const QFont &font, const QPaintDevice *device,
                      const QRectF &box, int flags, const QString &text) const;
    QFont font(double points, bool bold, Ink ink) const;

    LabelTemplate m_template;
    // Logos are loaded once; a raw printer paints labels on several threads at once.
    mutable QMutex m_imagesLock;
    mutable QHash<QString, QSvgRenderer *> m_svgs;
    mutable QHash<QString, QImage> m_images;
    mutable QMutex m_fitLock; // painted on several threads at once
    mutable QHash<QString, double> m_fits;
};
