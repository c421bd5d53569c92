#include "ReviewConfig.h"

#include "db/AuditLog.h"
#include "db/Transaction.h"

#include <QJsonObject>

namespace {
QJsonObject toJson(const ReviewSettings &s, const QList<RuleSetting> &rules)
{
    QJsonObject r;
    for (const RuleSetting &rule : rules)
        r.insert(rule.code, QJsonObject{{QStringLiteral("enabled"), rule.enabled},
                                        {QStringLiteral("params"), rule.params}});
    return {{QStringLiteral("auto_approve"), s.autoApprove},
            {QStringLiteral("cutoff_local"), s.cutoffLocal.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("priority_cities"), s.priorityCities.join(u',')},
            {QStringLiteral("single_item_first"), s.singleItemFirst},
            {QStringLiteral("rules"), r}};
}
} // namespace

void ReviewConfig::save(const QSqlDatabase &db, const Actor &actor, const ReviewSettings &settings,
                        const QList<RuleSetting> &rules)
{
    Transaction::run(db, [&](Transaction &tx) {
        const RuleSet set;
        const QJsonObject before = toJson(ReviewSettings::load(db), RuleSet::load(db, set));
        settings.save(db);
        for (const RuleSetting &r : rules)
            RuleSet::save(db, r);
        AuditLog::record(db, actor, QStringLiteral("review"), 0, QStringLiteral("settings"), before,
                         toJson(settings, rules));
        tx.commit();
    });
}
