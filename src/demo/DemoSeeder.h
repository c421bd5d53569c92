#pragma once

#include "base/Actor.h"

#include <QSqlDatabase>
#include <functional>

struct DemoOptions {
    int orders = 1000;
    quint32 seed = 11;
    int skus = 200;
};

struct DemoSummary {
    int shops = 0;
    int skus = 0;
    int orders = 0;
    int lines = 0;
};

// Fills a database with a realistic, deterministic warehouse: SKUs with valid EAN-13 barcodes,
// specs and bins, stock, and orders with real provinces/cities/districts, Chinese names,
// masked-or-full phones, buyer messages, multi-line orders, shared addresses, flash-sale SKUs,
// spread over the stages. The same seed gives the same data.
namespace DemoSeeder {
DemoSummary seed(const QSqlDatabase &db, const Actor &actor, const DemoOptions &options,
                 const std::function<void(int done)> &progress = {});
}
