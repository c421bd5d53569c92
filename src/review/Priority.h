#pragma once

#include "ReviewSettings.h"

#include <QString>

// Queue and print order: chosen cities (+2) and single-item orders (+1) go first.
namespace Priority {
int of(const QString &city, int itemCount, const ReviewSettings &settings);
}
