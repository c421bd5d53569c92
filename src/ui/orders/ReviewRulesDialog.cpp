#include "ui/orders/ReviewRulesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

ReviewRulesDialog::ReviewRulesDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_loaded(RuleSet::load(db, m_set))
    , m_settings(ReviewSettings::load(db))
    , m_table(new QTableWidget(int(m_loaded.size()), 2, this))
    , m_autoApprove(new QCheckBox(tr("Approve orders the rules found nothing on"), this))
    , m_cutoff(new QTimeEdit(m_settings.cutoffLocal, this))
    , m_cities(new QLineEdit(m_settings.priorityCities.join(QStringLiteral(", ")), this))
    , m_singleFirst(new QCheckBox(tr("Single-item orders first"), this))
{
    setWindowTitle(tr("Review rules"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Thresholds (key=value, …)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < m_loaded.size(); ++i) {
        const RuleSetting &s = m_loaded.at(i);
        auto *name = new QTableWidgetItem(m_set.rule(s.code)->title());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(s.enabled ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(i, 0, name);
        QStringList params;
        for (auto it = s.params.constBegin(); it != s.params.constEnd(); ++it)
            params << it.key() + u'=' + QString::number(it.value().toInteger());
        auto *values = new QTableWidgetItem(params.join(QStringLiteral(", ")));
        if (params.isEmpty())
            values->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, 1, values);
    }
    m_autoApprove->setChecked(m_settings.autoApprove);
    m_singleFirst->setChecked(m_settings.singleItemFirst);
    m_cutoff->setDisplayFormat(QStringLiteral("HH:mm"));

    auto *form = new QFormLayout;
    form->addRow(QString(), m_autoApprove);
    form->addRow(tr("Cut-off time (later payments ship in the next day's wave)"), m_cutoff);
    form->addRow(tr("Priority cities"), m_cities);
    form->addRow(QString(), m_singleFirst);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, 520);
}

ReviewSettings ReviewRulesDialog::settings() const
{
    ReviewSettings s = m_settings;
    s.autoApprove = m_autoApprove->isChecked();
    s.cutoffLocal = m_cutoff->time();
    s.singleItemFirst = m_singleFirst->isChecked();
    s.priorityCities.clear();
    for (QString city :
         m_cities->text().split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts))
        s.priorityCities << city.trimmed();
    return s;
}

bool ReviewRulesDialog::rules(QList<RuleSetting> &out, QString &why) const
{
    out = m_loaded;
    for (int i = 0; i < out.size(); ++i) {
        out[i].enabled = m_table->item(i, 0)->checkState() == Qt::Checked;
        for (const QString &pair : m_table->item(i, 1)->text().split(u',', Qt::SkipEmptyParts)) {
            const QString key = pair.section(u'=', 0, 0).trimmed();
            bool ok = false;
            const qint64 value = pair.section(u'=', 1).trimmed().toLongLong(&ok);
            if (!out[i].params.contains(key) || !ok || value < 0) {
                why = tr("%1: \"%2\" is not one of its thresholds with a whole number.")
                          .arg(m_set.rule(out[i].code)->title(), pair.trimmed());
                return false;
            }
            out[i].params.insert(key, value);
        }
    }
    return true;
}
