// libFuzzer target for the tracking-number file import (TrackingPool::importFile), on a real
// database: any bytes are read without a crash, a hang or a sanitizer report, a refused file
// writes nothing, and no message carries a control character. Build and run: tests/README-fuzz.md.
#include "FuzzWorld.h"
#include "base/Error.h"
#include "printing/TrackingPool.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzWorld &world = FuzzWorld::get();
    const QByteArray bytes = FuzzWorld::bytes(data, size);
    static const QString couriers[] = {QStringLiteral("ZTO"), QStringLiteral("EMS"), QStringLiteral("SF")};
    const QString courier = couriers[size % 3];
    const qint64 before = world.count(QStringLiteral("SELECT COUNT(*) FROM tracking_numbers"));
    const qint64 auditBefore = world.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    try {
        const PoolImport result =
            TrackingPool::importFile(world.db(), FuzzWorld::actor(), courier, world.file(bytes));
        for (const QString &p : result.problems)
            FuzzWorld::checkShown(p);
        const qint64 after = world.count(QStringLiteral("SELECT COUNT(*) FROM tracking_numbers"));
        const qint64 auditAfter = world.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        if (!result.problems.isEmpty() && (after != before || auditAfter != auditBefore))
            __builtin_trap(); // refused: nothing written
        if (result.problems.isEmpty() && (after != before + result.added || auditAfter != auditBefore + 1))
            __builtin_trap(); // taken: exactly what it says, with its audit row
    } catch (const Error &e) {
        FuzzWorld::checkShown(e.message());
    }
    return 0;
}
