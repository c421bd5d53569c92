#include "Priority.h"

int Priority::of(const QString &city, int itemCount, const ReviewSettings &settings)
{
    int priority = 0;
    for (const QString &chosen : settings.priorityCities) {
        // "北京" matches "北京市"; a configured "北京市" matches too.
        if (!chosen.isEmpty() && (city.startsWith(chosen) || chosen.startsWith(city)) && !city.isEmpty()) {
            priority += 2;
            break;
        }
    }
    if (settings.singleItemFirst && itemCount == 1)
        priority += 1;
    return priority;
}
