#include "ManifestRenderer.h"

#include "base/Clock.h"
#include "printing/PdfFile.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ManifestRenderer", text);
}

// Column layout in fractions of the page width: #, tracking, order, city, items, weight.
constexpr double kColumns[] = {0.0, 0.07, 0.35, 0.62, 0.80, 0.90, 1.0};
} // namespace

int ManifestRenderer::render(const HandoverBatch &batch, QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter painter(&device);
    const QRect page = painter.viewport();
    const double w = page.width();
    const int dpi = device.logicalDpiY();
    auto mm = [dpi](double v) {
        return int(v * dpi / 25.4);
    };

    QFont body(QStringLiteral("Noto Sans CJK SC"));
    body.setPointSizeF(10);
    QFont header = body;
    header.setPointSizeF(16);
    header.setBold(true);
    QFont bold = body;
    bold.setBold(true);

    const int rowH = mm(7);
    int pages = 1;
    int y = 0;
    auto drawHeader = [&] {
        painter.setFont(header);
        painter.drawText(QRect(0, 0, int(w), mm(10)), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Handover manifest — %1").arg(batch.courierName));
        painter.setFont(body);
        painter.drawText(QRect(0, mm(11), int(w), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Batch %1 · opened %2 UTC by %3 at %4 · %5 parcels, %6 items")
                             .arg(batch.id)
                             .arg(batch.openedAt, batch.openedBy, batch.station)
                             .arg(batch.parcels.size())
                             .arg(batch.totalItems()));
        painter.drawText(QRect(0, mm(11), int(w), mm(6)), Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1").arg(pages));
        y = mm(20);
        painter.setFont(bold);
        const QStringList heads{tr("#"),    tr("Tracking no."), tr("Order no."),
                                tr("City"), tr("Items"),        tr("Weight g")};
        for (int c = 0; c < heads.size(); ++c)
            painter.drawText(QRect(int(kColumns[c] * w), y, int((kColumns[c + 1] - kColumns[c]) * w), rowH),
                             Qt::AlignLeft | Qt::AlignVCenter, heads[c]);
        y += rowH;
        painter.drawLine(0, y, int(w), y);
        painter.setFont(body);
    };
    drawHeader();
    const int footer = mm(30); // signatures on the last page
    for (int i = 0; i < batch.parcels.size(); ++i) {
        if (y + rowH > page.height() - footer) {
            device.newPage();
            ++pages;
            drawHeader();
        }
        const HandoverParcel &p = batch.parcels[i];
        const QStringList cells{QString::number(i + 1),
                                p.trackingNo,
                                p.orderNo,
                                p.city,
                                QString::number(p.items),
                                p.weightGrams > 0 ? QString::number(p.weightGrams) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            painter.drawText(QRect(int(kColumns[c] * w), y, int((kColumns[c + 1] - kColumns[c]) * w), rowH),
                             Qt::AlignLeft | Qt::AlignVCenter, cells[c]);
        y += rowH;
    }
    painter.drawLine(0, y, int(w), y);
    y += mm(8);
    painter.setFont(bold);
    painter.drawText(QRect(0, y, int(w), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Total: %1 parcels, %2 items").arg(batch.parcels.size()).arg(batch.totalItems()));
    y += mm(12);
    painter.setFont(body);
    painter.drawText(QRect(0, y, int(w / 2), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Warehouse: ____________________"));
    painter.drawText(QRect(int(w / 2), y, int(w / 2), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Courier driver: ____________________"));
    painter.drawText(QRect(0, y + rowH, int(w), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Printed %1 UTC").arg(Clock::nowText()));
    return pages;
}

void ManifestRenderer::writePdf(const HandoverBatch &batch, const QString &path)
{
    PdfFile::write(path, tr("Handover manifest %1").arg(batch.id),
                   [&](QPdfWriter &writer) { render(batch, writer); });
}
