// libFuzzer target for the label-template loader: JSON parsing, the line/column finder
// (JsonPositions), the validator and the layout built from it. Any bytes must be refused with a
// message naming the file, or give a template whose every box, font and module is in range: never a
// crash, a hang or a sanitizer report. Build: configure with clang (CXX=clang++-14) and
// -DPACKLINE_FUZZ=ON, then
//   ninja fuzz_templates && ./tests/intake/fuzz_templates -dict=../tests/intake/fuzz_templates.dict \
//       -max_total_time=600 corpus/   (seed corpus/ with resources/templates/*.json)
#include "base/Error.h"
#include "printing/JsonPositions.h"
#include "printing/LabelTemplate.h"
#include "printing/PrintData.h"
#include "printing/TemplateValidator.h"

#include <QRectF>
#include <cstdint>

namespace {
void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString origin = QStringLiteral("fuzz.json");
    try {
        // No folder: a relative image is refused without touching the disk.
        const LabelTemplate t = LabelTemplate::fromJson(bytes, QStringLiteral("fuzz"), origin);
        using V = TemplateValidator;
        check(t.pageMm.width() >= V::MinPageMm && t.pageMm.width() <= V::MaxPageMm);
        check(t.pageMm.height() >= V::MinPageMm && t.pageMm.height() <= V::MaxPageMm);
        check(!t.elements.isEmpty());
        const QRectF page = QRectF(QPointF(0, 0), t.pageMm).adjusted(-0.02, -0.02, 0.02, 0.02);
        for (const TemplateElement &e : t.elements) {
            check(page.contains(e.rect.topLeft()) && page.contains(e.rect.bottomRight()));
            if (e.type == TemplateElement::Type::Text || e.type == TemplateElement::Type::Table)
                check(e.size >= V::MinFontPt && e.size <= V::MaxFontPt);
            if (e.type == TemplateElement::Type::Barcode)
                check(e.module >= V::MinModuleMm && e.module <= V::MaxModuleMm &&
                      (e.symbology == u"code128" || e.symbology == u"qr"));
            if (e.type == TemplateElement::Type::Table)
                check(!e.columns.isEmpty() && e.rowHeight >= 2);
        }
    } catch (const Error &e) {
        check(e.message().startsWith(origin)); // every refusal says which file
    }
    // The position finder and the placeholder reader take any text, not only valid JSON.
    const JsonPositions positions(bytes);
    const JsonPositions::Place a = positions.value(QStringLiteral("elements/0/size"));
    const JsonPositions::Place b = positions.inString(QStringLiteral("elements/0/text"), 3);
    const JsonPositions::Place c = positions.key(QStringLiteral("page/width"));
    check(a.line >= 1 && a.column >= 1 && b.line >= 1 && b.column >= 1 && c.line >= 1 && c.column >= 1);
    const QString text = QString::fromUtf8(bytes);
    for (const PrintData::Placeholder &p : PrintData::placeholders(text))
        check(p.at >= 0 && p.at < text.size() && text.at(p.at) == u'{');
    return 0;
}
