#pragma once

#include "ReviewSettings.h"
#include "base/Actor.h"
#include "review/rules/RuleSet.h"

#include <QList>
#include <QSqlDatabase>

// Saves the desk's switches and every rule's setting in one transaction, audited (before/after).
namespace ReviewConfig {
void save(const QSqlDatabase &db, const Actor &actor, const ReviewSettings &settings,
          const QList<RuleSetting> &rules);
}
