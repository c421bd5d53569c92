#include "RuleSet.h"

#include "AddressRule.h"
#include "DuplicateRule.h"
#include "LargeOrderRule.h"
#include "MessageRule.h"
#include "PhoneRule.h"
#include "PresaleRule.h"
#include "PurchaseLimitRule.h"
#include "StockRule.h"
#include "UnknownSkuRule.h"
#include "db/Sql.h"

#include <QJsonDocument>

RuleSet::RuleSet()
{
    m_rules.push_back(std::make_unique<MessageRule>());
    m_rules.push_back(std::make_unique<AddressRule>());
    m_rules.push_back(std::make_unique<PhoneRule>());
    m_rules.push_back(std::make_unique<UnknownSkuRule>());
    m_rules.push_back(std::make_unique<StockRule>());
    m_rules.push_back(std::make_unique<PresaleRule>());
    m_rules.push_back(std::make_unique<PurchaseLimitRule>());
    m_rules.push_back(std::make_unique<LargeOrderRule>());
    m_rules.push_back(std::make_unique<DuplicateRule>());
}

const ReviewRule *RuleSet::rule(const QString &code) const
{
    for (const auto &r : m_rules) {
        if (r->code() == code)
            return r.get();
    }
    return nullptr;
}

QList<RuleSetting> RuleSet::load(const QSqlDatabase &db, const RuleSet &set)
{
    QHash<QString, QPair<bool, QJsonObject>> stored;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT code, enabled, params FROM review_rules"));
    while (q.next())
        stored.insert(
            q.value(0).toString(),
            {q.value(1).toInt() != 0, QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    QList<RuleSetting> result;
    for (const auto &r : set.rules()) {
        RuleSetting s{r->code(), true, r->defaults()};
        if (const auto it = stored.constFind(r->code()); it != stored.cend()) {
            s.enabled = it->first;
            for (auto p = it->second.constBegin(); p != it->second.constEnd(); ++p)
                s.params.insert(p.key(), p.value());
        }
        result << s;
    }
    return result;
}

void RuleSet::save(const QSqlDatabase &db, const RuleSetting &setting)
{
    Sql::run(
        db,
        QStringLiteral("INSERT INTO review_rules (code, enabled, params) VALUES (?, ?, ?) ON CONFLICT (code) "
                       "DO UPDATE SET enabled = excluded.enabled, params = excluded.params"),
        {setting.code, setting.enabled ? 1 : 0,
         QString::fromUtf8(QJsonDocument(setting.params).toJson(QJsonDocument::Compact))});
}
