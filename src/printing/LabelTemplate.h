#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

// A printable layout in millimetres, loaded from JSON (resources/templates/*.json or a user copy).
// Texts and barcodes carry field placeholders such as "{receiver.name}", filled per page.
struct TemplateColumn {
    QString field;     // row field: "location", "code", "title", …
    QString title;     // header text (English; translated through the template's "tr" context)
    double width = 20; // mm
    QString symbology; // set ("code128"): the cell is painted as that barcode (pick-list slot codes)
};

struct TemplateElement {
    enum class Type { Text, Barcode, Line, Box, Image, Table };
    Type type = Type::Text;
    QRectF rect;       // mm; for a line: from topLeft to bottomRight
    QString text;      // text with placeholders, barcode data, image source
    QString condition; // drawn only when this field is non-empty and not "0"
    // Text
    double size = 10; // points
    bool bold = false;
    bool shrink = false; // shrink the font until the text fits the box
    bool wrap = true;
    bool inverse = false; // white on black (sort codes, reprint mark)
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    // Barcode
    QString symbology;    // code128 | qr
    double module = 0.33; // mm per narrow bar (couriers ask ≥ 0.25 mm at 203 dpi)
    double quiet = 10;    // quiet zone each side, in modules
    bool humanReadable = true;
    // Line and box
    double lineWidth = 0.3; // mm
    // Table
    QString rows;         // the page's row list ("lines")
    QString groupBy;      // a row field that starts a group heading (pick list: bin zone)
    double rowHeight = 6; // mm
    QList<TemplateColumn> columns;
};

class LabelTemplate {
public:
    QString id;   // file name without .json: "label-100x150"
    QString name; // for people
    QString kind; // label | slip | picklist
    QSizeF pageMm;
    QString fontFamily; // CJK-capable family, "Noto Sans CJK SC" by default
    QStringList masked; // fields masked on this template: receiver.name, receiver.phone
    QList<TemplateElement> elements;

    // Parses and validates JSON (TemplateValidator); on a problem throws Error naming the file, the
    // line and column and why. folder is where the template lives: its relative images are there.
    static LabelTemplate fromJson(const QByteArray &json, const QString &id, const QString &origin,
                                  const QString &folder = {});
    static LabelTemplate load(const QString &path);

    bool masks(const QString &field) const { return masked.contains(field); }
};
