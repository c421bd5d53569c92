#include "BatchSheet.h"

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
    return QCoreApplication::translate("BatchSheet", text);
}
} // namespace

int BatchSheet::render(const PrepackBatch &b, QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter painter(&device);
    const QRect page = painter.viewport();
    const int w = page.width();
    const int dpi = device.logicalDpiY();
    auto mm = [dpi](double v) {
        return int(v * dpi / 25.4);
    };

    // Latin and digits from a Latin face first (their text extracts cleanly from the PDF), Chinese
    // from Noto Sans CJK.
    QFont body;
    body.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    body.setPointSizeF(11);
    QFont big = body;
    big.setPointSizeF(22);
    big.setBold(true);
    QFont header = body;
    header.setPointSizeF(16);
    header.setBold(true);

    int y = 0;
    auto line = [&](const QFont &font, const QString &text, double heightMm) {
        painter.setFont(font);
        painter.drawText(QRect(0, y, w, mm(heightMm)), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += mm(heightMm);
    };
    const bool pack = b.kind == u"pack";
    line(header, pack ? tr("Pre-pack batch %1").arg(b.id) : tr("Unpack batch %1").arg(b.id), 10);
    line(body, tr("Campaign: %1").arg(b.campaignName), 7);
    line(body, tr("Recorded %1 UTC by %2 at %3").arg(b.at, b.operatorName, b.station), 7);
    y += mm(4);
    line(big, b.skuCode, 12);
    line(body, b.title, 7);
    if (!b.spec.isEmpty())
        line(body, tr("Spec: %1").arg(b.spec), 7);
    line(body, tr("Bin: %1").arg(b.location.isEmpty() ? tr("(none)") : b.location), 7);
    if (!b.barcodes.isEmpty())
        line(body, tr("Barcodes: %1").arg(b.barcodes.join(QStringLiteral(", "))), 7);
    y += mm(4);
    line(big, pack ? tr("%1 parcels").arg(b.qty) : tr("%1 units back to loose stock").arg(b.qty), 12);
    if (!b.material.isEmpty())
        line(body, tr("Packing material: %1").arg(b.material), 7);
    if (!b.note.isEmpty())
        line(body, tr("Note: %1").arg(b.note), 7);
    y += mm(6);

    // One box per parcel, ticked as the parcels are counted onto the shelf.
    int pages = 1;
    const int box = mm(7);
    const int gap = mm(2);
    const int perRow = std::max(1, (w + gap) / (box + gap));
    const int footer = mm(25);
    painter.setFont(body);
    for (int i = 0; i < b.qty; ++i) {
        const int col = i % perRow;
        if (col == 0 && i > 0)
            y += box + gap;
        if (y + box > page.height() - footer) {
            device.newPage();
            ++pages;
            y = 0;
            line(body, tr("Batch %1, continued").arg(b.id), 8);
        }
        const QRect r(col * (box + gap), y, box, box);
        painter.drawRect(r);
        if ((i + 1) % 10 == 0)
            painter.drawText(r, Qt::AlignCenter, QString::number(i + 1));
    }
    y = page.height() - footer + mm(8);
    painter.drawText(QRect(0, y, w / 2, mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Packed by: ____________________"));
    painter.drawText(QRect(w / 2, y, w / 2, mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Checked by: ____________________"));
    painter.drawText(QRect(0, y + mm(8), w, mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Printed %1 UTC").arg(Clock::nowText()));
    return pages;
}

void BatchSheet::writePdf(const PrepackBatch &batch, const QString &path)
{
    PdfFile::write(path, tr("Pre-pack batch %1").arg(batch.id),
                   [&](QPdfWriter &writer) { render(batch, writer); });
}
