#pragma once

#include "ReviewRule.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <memory>
#include <vector>

// A rule's switch and thresholds as stored in review_rules.
struct RuleSetting {
    QString code;
    bool enabled = true;
    QJsonObject params; // defaults filled in
};

// Every review rule, in the order a person reads their flags, with its stored setting.
class RuleSet {
public:
    RuleSet();
    const std::vector<std::unique_ptr<ReviewRule>> &rules() const { return m_rules; }
    const ReviewRule *rule(const QString &code) const;

    static QList<RuleSetting> load(const QSqlDatabase &db, const RuleSet &set);
    // Call inside the caller's Transaction.
    static void save(const QSqlDatabase &db, const RuleSetting &setting);

private:
    std::vector<std::unique_ptr<ReviewRule>> m_rules;
};
