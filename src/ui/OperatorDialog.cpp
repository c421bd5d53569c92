#include "ui/OperatorDialog.h"

#include "base/Clock.h"
#include "db/Sql.h"
#include "ui_OperatorDialog.h"

#include <QPushButton>

OperatorDialog::OperatorDialog(QSqlDatabase db, const Actor &last, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OperatorDialog>())
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    QSqlQuery names =
        Sql::run(m_db, QStringLiteral("SELECT name FROM operators WHERE active = 1 ORDER BY name"));
    while (names.next())
        m_ui->operatorName->addItem(names.value(0).toString());
    m_ui->operatorName->setCurrentText(last.operatorName);
    m_ui->station->setText(last.station);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    auto updateOk = [this] {
        m_ui->buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_ui->operatorName->currentText().trimmed().isEmpty());
    };
    connect(m_ui->operatorName, &QComboBox::currentTextChanged, this, updateOk);
    updateOk();
}

OperatorDialog::~OperatorDialog() = default;

Actor OperatorDialog::actor() const
{
    return {m_ui->operatorName->currentText().trimmed(), m_ui->station->text().trimmed()};
}

void OperatorDialog::accept()
{
    const Actor a = actor();
    if (a.operatorName.isEmpty())
        return;
    Sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO operators (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
             {a.operatorName, Clock::nowText()});
    QDialog::accept();
}
