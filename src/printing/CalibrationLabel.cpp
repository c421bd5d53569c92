#include "CalibrationLabel.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
TemplateElement line(double x1, double y1, double x2, double y2, double width = 0.2)
{
    TemplateElement e;
    e.type = TemplateElement::Type::Line;
    e.rect = QRectF(QPointF(x1, y1), QPointF(x2, y2));
    e.lineWidth = width;
    return e;
}

TemplateElement text(const QRectF &mm, const QString &body, double size, Qt::Alignment align = Qt::AlignLeft)
{
    TemplateElement e;
    e.rect = mm;
    e.text = body;
    e.size = size;
    e.align = align | Qt::AlignVCenter;
    e.shrink = true;
    return e;
}
} // namespace

LabelTemplate CalibrationLabel::layout(const QSizeF &mm)
{
    LabelTemplate t;
    t.id = QStringLiteral("calibration");
    t.name = QCoreApplication::translate("CalibrationLabel", "Printer test label");
    t.kind = QStringLiteral("label");
    t.pageMm = mm;
    t.fontFamily = QStringLiteral("Noto Sans CJK SC");
    TemplateElement border;
    border.type = TemplateElement::Type::Box;
    border.rect = QRectF(1, 1, mm.width() - 2, mm.height() - 2);
    border.lineWidth = 0.3;
    t.elements << border;
    // Rulers: a tick each mm, longer each 5, numbered each 10.
    for (int x = 0; x <= int(mm.width()); ++x) {
        const double len = x % 10 == 0 ? 5 : x % 5 == 0 ? 3.5 : 2;
        t.elements << line(x, 1, x, 1 + len);
        if (x % 10 == 0 && x > 0 && x + 3 < mm.width())
            t.elements << text(QRectF(x + 0.5, 3.5, 6, 3), QString::number(x), 6);
    }
    for (int y = 0; y <= int(mm.height()); ++y) {
        const double len = y % 10 == 0 ? 5 : y % 5 == 0 ? 3.5 : 2;
        t.elements << line(1, y, 1 + len, y);
        if (y % 10 == 0 && y > 0 && y + 3 < mm.height())
            t.elements << text(QRectF(3.5, y + 0.2, 6, 3), QString::number(y), 6);
    }
    const double w = mm.width() - 20;
    t.elements << text(QRectF(10, 10, w, 8), QStringLiteral("{title}"), 14);
    TemplateElement code;
    code.type = TemplateElement::Type::Barcode;
    code.rect = QRectF(10, 20, w, std::min(20.0, mm.height() / 5));
    code.text = QStringLiteral("{test.code}");
    code.symbology = QStringLiteral("code128");
    code.module = 0.33;
    t.elements << code;
    const double top = code.rect.bottom() + 3;
    TemplateElement settings =
        text(QRectF(10, top, w, std::max(10.0, mm.height() - top - 8)), QStringLiteral("{settings}"), 9);
    settings.align = Qt::AlignLeft | Qt::AlignTop;
    t.elements << settings;
    return t;
}

PrintData CalibrationLabel::data(const ThermalSettings &settings)
{
    PrintData d;
    d.fields.insert(QStringLiteral("title"),
                    QCoreApplication::translate("CalibrationLabel", "Packline printer test"));
    d.fields.insert(QStringLiteral("test.code"), QStringLiteral("PACKLINE-TEST-%1").arg(settings.dpi));
    d.fields.insert(QStringLiteral("settings"), settings.describe().join(u'\n'));
    return d;
}
