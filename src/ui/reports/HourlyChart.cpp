#include "ui/reports/HourlyChart.h"

#include <QPainter>

HourlyChart::HourlyChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(220);
}

void HourlyChart::setHours(const QList<HourProgress> &hours)
{
    m_hours = hours;
    update();
}

void HourlyChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor packedColour(0x42, 0x7e, 0xc4), shippedColour(0x1f, 0x8a, 0x3b);
    const QFontMetrics fm(font());
    const int legendH = fm.height() + 8;
    const int axisH = fm.height() + 6;
    const QRect plot = rect().adjusted(8, legendH + fm.height(), -8, -axisH);

    // Legend: swatch plus word (and the bars' hatching differs), not colour alone.
    int x = 8;
    for (const auto &[colour, text, style] : {std::tuple{packedColour, tr("Packed"), Qt::SolidPattern},
                                              std::tuple{shippedColour, tr("Shipped"), Qt::Dense3Pattern}}) {
        p.fillRect(QRect(x, 6, 14, 14), QBrush(colour, style));
        p.setPen(palette().text().color());
        p.drawText(x + 20, 6 + fm.ascent(), text);
        x += 20 + fm.horizontalAdvance(text) + 20;
    }
    p.drawText(QRect(0, 4, width() - 8, legendH), Qt::AlignRight, tr("Parcels per hour today"));

    int top = 1;
    for (const HourProgress &h : std::as_const(m_hours))
        top = std::max({top, h.packed, h.shipped});
    const int n = std::max<int>(1, int(m_hours.size()));
    const double slot = double(plot.width()) / n;
    const double bar = std::max(2.0, slot * 0.38);
    p.setPen(palette().mid().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < m_hours.size(); ++i) {
        const HourProgress &h = m_hours[i];
        const double x0 = plot.left() + i * slot + slot * 0.1;
        const struct {
            int value;
            QColor colour;
            Qt::BrushStyle style;
            double x;
        } bars[] = {{h.packed, packedColour, Qt::SolidPattern, x0},
                    {h.shipped, shippedColour, Qt::Dense3Pattern, x0 + bar}};
        for (const auto &b : bars) {
            const double height = double(plot.height()) * b.value / top;
            const QRectF r(b.x, plot.bottom() - height, bar, height);
            p.fillRect(r, QBrush(b.colour, b.style));
            if (b.value > 0) {
                p.setPen(palette().text().color());
                p.drawText(QRectF(b.x - 10, r.top() - fm.height(), bar + 20, fm.height()), Qt::AlignCenter,
                           QString::number(b.value));
            }
        }
        p.setPen(palette().text().color());
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, axisH),
                   Qt::AlignHCenter | Qt::AlignTop, QString::number(h.hour));
    }
}
