#include "ui/SettingsDialog.h"

#include "base/Actor.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "ui/packing/AlarmCue.h"
#include "ui/packing/SoundEffects.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QLabel>

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->database->setText(m_settings.databasePath());
    m_ui->operatorName->setText(m_settings.operatorName());
    m_ui->station->setText(m_settings.station());
    m_ui->scalePrefix->setText(m_settings.scalePrefix());
    m_ui->soundOn->setChecked(m_settings.soundOn());
    m_ui->soundVolume->setValue(m_settings.soundVolume());
    m_ui->soundVolume->setEnabled(m_ui->soundOn->isChecked());
    connect(m_ui->soundOn, &QCheckBox::toggled, m_ui->soundVolume, &QWidget::setEnabled);
    connect(m_ui->testSound, &QPushButton::clicked, this, [this] {
        if (!m_sounds)
            m_sounds = std::make_unique<SoundEffects>();
        m_sounds->play(AlarmCue::resource(AlarmCue::Sound::Stop), m_ui->soundVolume->value() / 100.0);
    });
    connect(m_ui->browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), m_ui->database->text(),
                                                          tr("Packline database (*.db);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_ui->database->setText(file);
    });
}

SettingsDialog::SettingsDialog(AppSettings &settings, const Actor &session, const QString &databaseInUse,
                               QWidget *parent)
    : SettingsDialog(settings, parent)
{
    m_ui->operatorName->setText(session.operatorName);
    m_ui->station->setText(session.station);
    m_ui->database->setPlaceholderText(tr("In use: %1").arg(databaseInUse));
    m_ui->database->setToolTip(databaseInUse);
    // The session this window runs, whatever is saved for the next start.
    auto *running = new QLabel(tr("This window runs as %1 at station %2, on the database %3.")
                                   .arg(session.operatorName, session.station, databaseInUse),
                               this);
    running->setObjectName(QStringLiteral("session"));
    running->setWordWrap(true);
    running->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->verticalLayout->insertWidget(0, running);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString current = m_ui->language->currentData().isValid() ? m_ui->language->currentData().toString()
                                                                    : m_settings.language();
    m_ui->language->clear();
    m_ui->language->addItem(tr("System language"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(current)));
}

void SettingsDialog::accept()
{
    const QString language = m_ui->language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setDatabasePath(m_ui->database->text().trimmed());
    if (!m_ui->operatorName->text().trimmed().isEmpty())
        m_settings.setOperatorName(m_ui->operatorName->text().trimmed());
    m_settings.setStation(m_ui->station->text().trimmed());
    m_settings.setScalePrefix(m_ui->scalePrefix->text().trimmed());
    m_settings.setSoundOn(m_ui->soundOn->isChecked());
    m_settings.setSoundVolume(m_ui->soundVolume->value());
    if (languageChanged)
        Translations::install(language); // every widget gets a LanguageChange event
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}
