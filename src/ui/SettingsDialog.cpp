#include "ui/SettingsDialog.h"

#include "base/AppSettings.h"
#include "base/Translations.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QFileDialog>

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings) {
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->database->setText(m_settings.databasePath());
    m_ui->operatorName->setText(m_settings.operatorName());
    m_ui->station->setText(m_settings.station());
    m_ui->scalePrefix->setText(m_settings.scalePrefix());
    connect(m_ui->browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), m_ui->database->text(),
                                                          tr("Packline database (*.db);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_ui->database->setText(file);
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages() {
    const QString current = m_ui->language->currentData().isValid() ? m_ui->language->currentData().toString()
                                                                    : m_settings.language();
    m_ui->language->clear();
    m_ui->language->addItem(tr("System language"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(current)));
}

void SettingsDialog::accept() {
    const QString language = m_ui->language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setDatabasePath(m_ui->database->text().trimmed());
    if (!m_ui->operatorName->text().trimmed().isEmpty())
        m_settings.setOperatorName(m_ui->operatorName->text().trimmed());
    m_settings.setStation(m_ui->station->text().trimmed());
    m_settings.setScalePrefix(m_ui->scalePrefix->text().trimmed());
    if (languageChanged)
        Translations::install(language); // every widget gets a LanguageChange event
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}
