#pragma once

#include "Stage.h"

#include <QMap>
#include <QSqlDatabase>

// How many orders are in each stage (every stage present, zeros included).
namespace StageCounts {
QMap<Stage, qint64> read(const QSqlDatabase &db);
}
