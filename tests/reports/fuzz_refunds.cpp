// libFuzzer target for the refund report import, on a real database with orders numbered 1, 2, …:
// any bytes are read without a crash, a hang or a sanitizer report, nothing-to-do writes nothing,
// and no message carries a control character. Build and run: see tests/README-fuzz.md.
#include "FuzzWorld.h"
#include "base/Error.h"
#include "reports/RefundReportImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzWorld &world = FuzzWorld::get();
    const QByteArray bytes = FuzzWorld::bytes(data, size);
    const qint64 before = world.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    try {
        const RefundImportSummary s =
            RefundReportImport::run(world.db(), FuzzWorld::actor(), world.file(bytes));
        for (const RefundRowProblem &p : s.rejected) {
            FuzzWorld::checkShown(p.why);
            FuzzWorld::checkShown(p.value);
            if (p.value.size() > 200)
                __builtin_trap(); // values are quoted short
        }
        const qint64 after = world.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        if (after < before + s.created + s.updated)
            __builtin_trap(); // one audit row per case taken, none for rejected rows
    } catch (const Error &e) {
        FuzzWorld::checkShown(e.message());
        if (world.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) != before)
            __builtin_trap(); // refused: nothing written
    }
    return 0;
}
