#pragma once

#include <QString>
#include <QStringList>

struct Sku {
    qint64 id = 0;
    QString code;         // 商家编码 (outer code), links platform lines to us
    QStringList barcodes; // any of them scans as this SKU
    QString title;
    QString spec;
    QString location; // bin
    int weightGrams = 0;
    qint64 priceFen = 0;
    QString presaleShipDate; // yyyy-MM-dd, empty when in stock now
    int safetyStock = 0;
    int lowStockThreshold = 0;
    QString imagePath;
};
