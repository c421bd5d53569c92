#include "ui/HeaderFit.h"

#include <QHeaderView>

void widenSectionsToLabels(QHeaderView *header)
{
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) ||
            header->sectionResizeMode(logical) != QHeaderView::Interactive)
            continue;
        const int needed = header->sectionSizeHint(logical);
        if (header->sectionSize(logical) < needed)
            header->resizeSection(logical, needed);
    }
}
