#include "PresaleRule.h"

QString PresaleRule::title() const
{
    return tr("Presale SKU not shipping yet");
}

void PresaleRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    for (const ReviewOrder &o : batch.orders) {
        QStringList later;
        for (const ReviewLine &l : o.lines) {
            const ReviewSku sku = batch.skus.value(l.skuId);
            const QDate ships = QDate::fromString(sku.presaleShipDate, Qt::ISODate);
            if (l.skuId > 0 && ships.isValid() && ships > batch.today)
                later << tr("%1 ships from %2").arg(sku.code, ships.toString(Qt::ISODate));
        }
        if (!later.isEmpty())
            flags << ReviewFlag{o.id, code(), tr("Presale: %1.").arg(later.join(tr("; ")))};
    }
}
