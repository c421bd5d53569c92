#include "Parcel.h"

int Parcel::itemsNeeded() const
{
    int n = 0;
    for (const ParcelLine &l : lines)
        n += l.refunded ? 0 : l.needed;
    return n;
}

int Parcel::itemsScanned() const
{
    int n = 0;
    for (const ParcelLine &l : lines)
        n += l.scanned;
    return n;
}

bool Parcel::complete() const
{
    if (isEmpty())
        return false;
    for (const ParcelLine &l : lines)
        if (!l.done())
            return false;
    return true;
}

int Parcel::expectedWeightGrams() const
{
    int total = 0;
    for (const ParcelLine &l : lines) {
        if (l.refunded)
            continue;
        if (l.weightGrams <= 0)
            return 0;
        total += l.weightGrams * l.needed;
    }
    return total;
}

int Parcel::lineFor(qint64 skuId) const
{
    int first = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].skuId != skuId)
            continue;
        if (!lines[i].done())
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}
