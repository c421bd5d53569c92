#include "UnknownSkuRule.h"

QString UnknownSkuRule::title() const
{
    return tr("Unknown SKU");
}

void UnknownSkuRule::check(const ReviewBatch &batch, const QJsonObject &, QList<ReviewFlag> &flags) const
{
    for (const ReviewOrder &o : batch.orders) {
        QStringList codes;
        for (const ReviewLine &l : o.lines) {
            if (l.skuId == 0)
                codes << (l.outerCode.isEmpty() ? tr("(no outer code) %1").arg(l.title) : l.outerCode);
        }
        if (!codes.isEmpty())
            flags << ReviewFlag{o.id, code(),
                                tr("No SKU for outer code %1: fix the line.").arg(codes.join(tr(", ")))};
    }
}
