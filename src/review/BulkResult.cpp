#include "BulkResult.h"

#include <QCoreApplication>

QString BulkResult::refusalSummary(int max) const
{
    if (refused.isEmpty())
        return {};
    QStringList lines;
    for (int i = 0; i < refused.size() && i < max; ++i)
        lines << refused.at(i).second;
    if (refused.size() > max)
        lines << QCoreApplication::translate("BulkResult", "… and %n more.", nullptr,
                                             int(refused.size() - max));
    return lines.join(u'\n');
}
