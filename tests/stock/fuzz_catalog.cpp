// libFuzzer target for the SKU catalog import, on a real database: any bytes are read without a
// crash, a hang or a sanitizer report, a refused file writes nothing, and no message carries a
// control character. Build and run: see tests/README-fuzz.md.
#include "FuzzWorld.h"
#include "stock/CatalogCsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzWorld &world = FuzzWorld::get();
    const QByteArray bytes = FuzzWorld::bytes(data, size);
    const qint64 before = world.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const CsvReport report =
        CatalogCsv::importBytes(world.db(), FuzzWorld::actor(), bytes, QStringLiteral("catalog.csv"));
    for (const CsvProblem &p : report.problems) {
        FuzzWorld::checkShown(p.text());
        FuzzWorld::checkShown(p.value);
    }
    const qint64 after = world.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!report.ok() && (after != before || report.created + report.changed != 0))
        __builtin_trap(); // a refused file writes nothing
    // Stored text is text: no control character got into the catalog.
    if (world.count(QStringLiteral("SELECT COUNT(*) FROM skus WHERE instr(code || title || spec || "
                                   "location, char(0)) > 0 OR instr(code || title, char(27)) > 0")) != 0)
        __builtin_trap();
    return 0;
}
