#pragma once

#include "review/ReviewSettings.h"
#include "review/rules/RuleSet.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLineEdit;
class QTableWidget;
class QTimeEdit;

// Review rules on/off with their thresholds, auto-approve, cut-off time and priority cities.
// Stored in the database (every station shares them) through ReviewConfig::save.
class ReviewRulesDialog : public QDialog {
    Q_OBJECT
public:
    ReviewRulesDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ReviewSettings settings() const;
    // False with why when a threshold is not a whole number.
    bool rules(QList<RuleSetting> &out, QString &why) const;

private:
    RuleSet m_set;
    QList<RuleSetting> m_loaded;
    ReviewSettings m_settings;
    QTableWidget *m_table;
    QCheckBox *m_autoApprove;
    QTimeEdit *m_cutoff;
    QLineEdit *m_cities;
    QCheckBox *m_singleFirst;
};
