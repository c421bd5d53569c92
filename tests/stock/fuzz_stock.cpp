// libFuzzer target for the stock file import (receipts and set levels), on a real database: any
// bytes are read without a crash, a hang or a sanitizer report; the ledger and the levels agree
// with the limits afterwards, and no message carries a control character. Build and run: see
// tests/README-fuzz.md.
#include "FuzzWorld.h"
#include "stock/StockCsv.h"
#include "stock/StockLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzWorld &world = FuzzWorld::get();
    const QByteArray bytes = FuzzWorld::bytes(data, size);
    const auto mode = size % 2 ? StockCsv::ImportMode::Set : StockCsv::ImportMode::Receive;
    const CsvReport report =
        StockCsv::importBytes(world.db(), FuzzWorld::actor(), bytes, QStringLiteral("stock.csv"), mode);
    for (const CsvProblem &p : report.problems) {
        FuzzWorld::checkShown(p.text());
        FuzzWorld::checkShown(p.value);
    }
    if (!report.ok() && report.changed != 0)
        __builtin_trap(); // a refused file posts nothing
    const qint64 outOfBounds = world.count(
        QStringLiteral("SELECT COUNT(*) FROM stock_levels WHERE on_hand < 0 OR on_hand > ? OR reserved < 0"),
        {StockLimits::kMaxLevel});
    const qint64 unbalanced =
        world.count(QStringLiteral("SELECT COUNT(*) FROM stock_levels l WHERE l.on_hand <> "
                                   "(SELECT COALESCE(SUM(delta), 0) FROM stock_ledger g "
                                   "WHERE g.sku_id = l.sku_id AND g.bucket = 'on_hand')"));
    if (outOfBounds != 0 || unbalanced != 0)
        __builtin_trap();
    return 0;
}
