#include "ui/OperatorDialog.h"

#include "db/Operators.h"
#include "ui_OperatorDialog.h"

#include <QPushButton>

OperatorDialog::OperatorDialog(QSqlDatabase db, const Actor &last, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OperatorDialog>())
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    m_ui->operatorName->addItems(Operators::activeNames(m_db));
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
    Operators::add(m_db, a);
    QDialog::accept();
}
