#include "LabelRenderer.h"

#include "BarcodePainter.h"
#include "Masking.h"
#include "TemplateFields.h"
#include "base/Error.h"
#include "base/VectorState.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QSvgRenderer>
#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LabelRenderer", text);
}

double dotsPerMm(const QPainter &p)
{
    return p.device()->logicalDpiX() / 25.4;
}

QRectF toDevice(const QRectF &mm, double dpmm)
{
    return QRectF(mm.x() * dpmm, mm.y() * dpmm, mm.width() * dpmm, mm.height() * dpmm);
}

bool conditionHolds(const TemplateElement &e, const PrintData &data)
{
    if (e.condition.isEmpty())
        return true;
    const QString v = data.value(e.condition);
    return !v.isEmpty() && v != u"0";
}
} // namespace

LabelRenderer::LabelRenderer(LabelTemplate tmpl)
    : m_template(std::move(tmpl))
{
    requireFont(m_template.fontFamily);
}

LabelRenderer::~LabelRenderer()
{
    qDeleteAll(m_svgs);
}

void LabelRenderer::requireFont(const QString &family)
{
    if (!QFontDatabase::hasFamily(family))
        throw Error(tr("The font '%1' is not installed, so Chinese names and addresses would print as "
                       "empty boxes. Install it (Debian: apt-get install fonts-noto-cjk) or choose "
                       "another CJK font in the template.")
                        .arg(family));
}

void LabelRenderer::cacheLargeGlyphs()
{
    // Qt reads it once, at the first glyph drawn; a value set by the person running us wins.
    if (qEnvironmentVariableIsEmpty("QT_MAX_CACHED_GLYPH_SIZE"))
        qputenv("QT_MAX_CACHED_GLYPH_SIZE", "160");
}

QFont LabelRenderer::font(double points, bool bold, Ink ink) const
{
    QFont f(m_template.fontFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Labels carry Chinese, digits and Latin letters: no script that needs shaping, so Qt may skip
    // HarfBuzz (it does the full shaping anyway where a text needs it). Shaping was a seventh of a
    // label's time.
    const QFont::StyleStrategy smoothing = ink == Ink::Dots ? QFont::NoAntialias : QFont::PreferAntialias;
    f.setStyleStrategy(QFont::StyleStrategy(smoothing | QFont::PreferNoShaping));
    return f;
}

QString LabelRenderer::shown(const PrintData &data, const QString &field) const
{
    const QString v = data.value(field);
    if (!m_template.masks(field))
        return v;
    return field.endsWith(u"phone") ? Masking::phone(v) : Masking::name(v);
}

int LabelRenderer::rowsPerSheet(const TemplateElement &e) const
{
    // One row is the column header.
    return std::max(1, int(std::floor(e.rect.height() / e.rowHeight)) - 1);
}

QList<LabelRenderer::TableRow> LabelRenderer::tableRows(const TemplateElement &e, const PrintData &data) const
{
    QList<TableRow> out;
    QString group;
    bool first = true;
    for (const auto &row : data.rows.value(e.rows)) {
        if (!e.groupBy.isEmpty()) {
            const QString g = row.value(e.groupBy);
            if (first || g != group)
                out << TableRow{true, {{e.groupBy, g}}};
            group = g;
            first = false;
        }
        out << TableRow{false, row};
    }
    return out;
}

int LabelRenderer::sheetCount(const PrintData &data) const
{
    int sheets = 1;
    for (const TemplateElement &e : m_template.elements) {
        if (e.type != TemplateElement::Type::Table)
            continue;
        const auto rows = tableRows(e, data).size();
        const int per = rowsPerSheet(e);
        sheets = std::max(sheets, int((rows + per - 1) / per));
    }
    return sheets;
}

double LabelRenderer::fittingPointSize(QFont font, const QPaintDevice *device, const QRectF &box, int flags,
                                       const QString &text, double largest)
{
    // Bisection over half points (each try lays the text out once): one try when the text fits as
    // it is, about five when not, instead of one per half point.
    const auto fits = [&](double size) {
        font.setPointSizeF(size);
        const QRectF need = QFontMetricsF(font, device).boundingRect(box, flags, text);
        return need.height() <= box.height() + 0.5 && need.width() <= box.width() + 0.5;
    };
    if (fits(largest))
        return largest;
    int lo = 0;                            // half points above 5 pt; 0 (5 pt) if nothing fits
    int hi = int((largest - 5) / 0.5) - 1; // the largest size below `largest`
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (fits(5 + mid * 0.5))
            lo = mid;
        else
            hi = mid - 1;
    }
    return 5 + std::max(lo, 0) * 0.5;
}

void LabelRenderer::paintText(QPainter &p, const TemplateElement &e, const QString &text, double dpmm,
                              Ink ink) const
{
    const QRectF box = toDevice(e.rect, dpmm);
    if (e.inverse) {
        p.fillRect(box, Qt::black);
        p.setPen(Qt::white);
    } else {
        p.setPen(Qt::black);
    }
    int flags = int(e.align) | (e.wrap ? Qt::TextWordWrap : 0);
    QFont f = font(e.size, e.bold, ink);
    if (e.shrink)
        f.setPointSizeF(shrunkSize(e, f, p.device(), box, flags, text));
    p.setFont(f);
    p.drawText(box, flags, text);
}

double LabelRenderer::shrunkSize(const TemplateElement &e, const QFont &font, const QPaintDevice *device,
                                 const QRectF &box, int flags, const QString &text) const
{
    // Many labels of a wave repeat a text (the shop's own address, a flash-sale item line): its
    // size is found once. Keyed by what decides it; the device by its resolution.
    const QString key = QStringLiteral("%1|%2|%3|%4|%5x%6|%7|%8")
                            .arg(font.key())
                            .arg(int(font.styleStrategy())) // 1-bit glyphs are hinted to other widths
                            .arg(device->logicalDpiX())
                            .arg(flags)
                            .arg(box.width())
                            .arg(box.height())
                            .arg(e.size)
                            .arg(text);
    {
        const QMutexLocker locked(&m_fitLock);
        if (const auto it = m_fits.constFind(key); it != m_fits.constEnd())
            return *it;
    }
    const double size = fittingPointSize(font, device, box, flags, text, e.size);
    const QMutexLocker locked(&m_fitLock);
    if (m_fits.size() >= 512) // a bound, not an LRU: a wave's repeated texts come back at once
        m_fits.clear();
    m_fits.insert(key, size);
    return size;
}

void LabelRenderer::paintTable(QPainter &p, const TemplateElement &e, const PrintData &data, int sheet,
                               double dpmm, Ink ink) const
{
    const QList<TableRow> rows = tableRows(e, data);
    const int per = rowsPerSheet(e);
    const qsizetype from = qsizetype(sheet) * per;
    const double rowH = e.rowHeight * dpmm;
    const QRectF box = toDevice(e.rect, dpmm);
    const double pad = 0.8 * dpmm;
    QFont bodyFont = font(e.size, false, ink);
    QFont headFont = font(e.size, true, ink);

    p.setPen(QPen(Qt::black, std::max(1.0, 0.2 * dpmm)));
    double y = box.top();
    // Column header
    p.setFont(headFont);
    double x = box.left();
    for (const TemplateColumn &c : e.columns) {
        const QRectF cell(x + pad, y, c.width * dpmm - 2 * pad, rowH);
        p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, c.title);
        x += c.width * dpmm;
    }
    y += rowH;
    p.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
    for (qsizetype i = from; i < rows.size() && i < from + per; ++i) {
        const TableRow &row = rows.at(i);
        const QRectF line(box.left(), y, box.width(), rowH);
        if (row.heading) {
            p.fillRect(line, QColor(225, 225, 225));
            p.setFont(headFont);
            p.drawText(line.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       row.cells.value(e.groupBy));
        } else {
            p.setFont(bodyFont);
            x = box.left();
            for (const TemplateColumn &c : e.columns) {
                const QRectF cell(x + pad, y, c.width * dpmm - 2 * pad, rowH);
                const QString value = row.cells.value(c.field);
                if (!c.symbology.isEmpty()) {
                    // A scannable cell (slot codes): bars at the template's module, a small quiet zone.
                    if (!value.isEmpty())
                        BarcodePainter::paint(p, cell.adjusted(0, 0.8 * dpmm, 0, -0.8 * dpmm), dpmm,
                                              {c.symbology, value, 0.3, 6});
                    x += c.width * dpmm;
                    continue;
                }
                const QString elided =
                    QFontMetricsF(bodyFont, p.device()).elidedText(value, Qt::ElideRight, cell.width());
                p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, elided);
                x += c.width * dpmm;
            }
            p.setPen(QPen(QColor(160, 160, 160), std::max(1.0, 0.1 * dpmm)));
            p.drawLine(QPointF(box.left(), y + rowH), QPointF(box.right(), y + rowH));
            p.setPen(QPen(Qt::black, std::max(1.0, 0.2 * dpmm)));
        }
        y += rowH;
    }
}

void LabelRenderer::paintImage(QPainter &p, const QRectF &box, const QString &source) const
{
    const QMutexLocker locked(&m_imagesLock);
    if (source.endsWith(u".svg", Qt::CaseInsensitive)) {
        auto it = m_svgs.find(source);
        if (it == m_svgs.end()) {
            it = m_svgs.insert(source, new QSvgRenderer(source));
            // It may be made on a PDF sink's drawing thread, which ends with the file: belong to
            // no thread (a logo needs no timers).
            (*it)->moveToThread(nullptr);
        }
        if ((*it)->isValid()) {
            QSizeF s = (*it)->defaultSize();
            s.scale(box.size(), Qt::KeepAspectRatio);
            (*it)->render(&p, QRectF(box.center() - QPointF(s.width() / 2, s.height() / 2), s));
        }
        return;
    }
    auto it = m_images.find(source);
    if (it == m_images.end())
        it = m_images.insert(source, QImage(source));
    if (!it->isNull()) {
        QSizeF s = it->size();
        s.scale(box.size(), Qt::KeepAspectRatio);
        p.drawImage(QRectF(box.center() - QPointF(s.width() / 2, s.height() / 2), s), *it);
    }
}

PrintData LabelRenderer::prepared(const PrintData &source, int sheet) const
{
    // Masking happens here, once, so every element that shows the field shows it masked.
    PrintData data = source;
    for (const QString &field : m_template.masked)
        if (data.fields.contains(field))
            data.fields.insert(field, shown(source, field));
    data.fields.insert(TemplateFields::SheetNo, QString::number(sheet + 1));
    data.fields.insert(TemplateFields::SheetTotal, QString::number(sheetCount(source)));
    return data;
}

QList<LabelRenderer::PlacedBarcode> LabelRenderer::barcodes(const PrintData &source, int sheet) const
{
    // The same choice as paint(): condition, filled value, empty means no barcode.
    const PrintData data = prepared(source, sheet);
    QList<PlacedBarcode> out;
    for (const TemplateElement &e : m_template.elements) {
        if (e.type != TemplateElement::Type::Barcode || !conditionHolds(e, data))
            continue;
        const QString value = data.fill(e.text);
        if (!value.isEmpty())
            out << PlacedBarcode{e.text, e.symbology, value, e.rect};
    }
    return out;
}

void LabelRenderer::paint(QPainter &p, const PrintData &source, int sheet, Ink ink) const
{
    const PrintData data = prepared(source, sheet);

    const double dpmm = dotsPerMm(p);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, ink == Ink::Smooth);
    for (const TemplateElement &e : m_template.elements) {
        if (!conditionHolds(e, data))
            continue;
        switch (e.type) {
        case TemplateElement::Type::Text:
            paintText(p, e, data.fill(e.text), dpmm, ink);
            break;
        case TemplateElement::Type::Barcode: {
            const QString value = data.fill(e.text);
            if (value.isEmpty())
                break;
            QRectF box = toDevice(e.rect, dpmm);
            double textH = 0;
            QFont digits = font(std::min(10.0, e.rect.height() * 0.25 / 0.3528), false, ink);
            if (e.humanReadable) {
                textH = QFontMetricsF(digits, p.device()).height();
                box.setHeight(box.height() - textH);
            }
            const QRectF bars = BarcodePainter::paint(p, box, dpmm, {e.symbology, value, e.module, e.quiet});
            if (e.humanReadable) {
                p.setPen(Qt::black);
                p.setFont(digits);
                p.drawText(QRectF(box.left(), bars.bottom(), box.width(), textH), Qt::AlignCenter, value);
            }
            break;
        }
        case TemplateElement::Type::Line:
            p.setPen(QPen(Qt::black, std::max(1.0, e.lineWidth * dpmm), Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(e.rect.left() * dpmm, e.rect.top() * dpmm),
                       QPointF(e.rect.right() * dpmm, e.rect.bottom() * dpmm));
            break;
        case TemplateElement::Type::Box:
            p.setPen(QPen(Qt::black, std::max(1.0, e.lineWidth * dpmm)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(toDevice(e.rect, dpmm));
            break;
        case TemplateElement::Type::Image:
            paintImage(p, toDevice(e.rect, dpmm), data.fill(e.text));
            break;
        case TemplateElement::Type::Table:
            paintTable(p, e, data, sheet, dpmm, ink);
            break;
        }
    }
    p.restore();
}

QImage LabelRenderer::toImage(const PrintData &data, int dpi, int sheet, Ink ink) const
{
    QImage image;
    paintOnto(image, data, dpi, sheet, ink);
    return image;
}

void LabelRenderer::paintOnto(QImage &canvas, const PrintData &data, int dpi, int sheet, Ink ink) const
{
    const double dpmm = dpi / 25.4;
    const QSize size(int(std::lround(m_template.pageMm.width() * dpmm)),
                     int(std::lround(m_template.pageMm.height() * dpmm)));
    if (canvas.size() != size || canvas.format() != QImage::Format_RGB32 || canvas.isDetached() == false) {
        canvas = QImage(size, QImage::Format_RGB32);
        canvas.setDotsPerMeterX(int(std::lround(dpmm * 1000)));
        canvas.setDotsPerMeterY(int(std::lround(dpmm * 1000)));
    }
    // Qt's own SSE fill and blend code pays the same penalty as ours (VectorState.h): without this
    // a 203-dpi label painted in 0.50 ms instead of 0.28 (bench_labels, measured both ways).
    VectorState::clean();
    canvas.fill(Qt::white);
    QPainter p(&canvas);
    paint(p, data, sheet, ink);
    p.end();
}
