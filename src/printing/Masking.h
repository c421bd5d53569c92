#pragma once

#include <QString>

// Masks receiver details on labels, the way couriers print them: 138****8000, 张*.
namespace Masking {
QString phone(const QString &phone);
QString name(const QString &name);
} // namespace Masking
