#include "ui/SettingsDialog.h"
#include "ui/FileChooser.h"

#include "base/Actor.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Database.h"
#include "orders/StageCounts.h"
#include "ui/packing/AlarmCue.h"
#include "ui/packing/SoundEffects.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>

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
        const QString file = FileChooser::save(this, tr("Database file"), m_ui->database->text(),
                                               tr("Packline database (*.db);;All files (*)"), false);
        if (!file.isEmpty())
            m_ui->database->setText(file);
    });
    connect(m_ui->check, &QPushButton::clicked, this, &SettingsDialog::checkDatabase);
}

SettingsDialog::SettingsDialog(AppSettings &settings, const Actor &session, const QString &databaseInUse,
                               QWidget *parent)
    : SettingsDialog(settings, parent)
{
    m_ui->operatorName->setText(session.operatorName);
    m_ui->station->setText(session.station);
    // The database in use is named in the session line below; the field keeps what is saved.
    m_ui->database->setToolTip(tr("In use: %1").arg(databaseInUse));
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

void SettingsDialog::checkDatabase()
{
    // Before a station is pointed at a server (or a file) for its next start: does it open, and is
    // it the warehouse the person means? A server that does not answer takes libpq's connect
    // timeout (5 s) at most.
    const QString given = m_ui->database->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Database db;
    QString text;
    bool ok = db.open(given.isEmpty() ? Database::defaultPath() : given, Database::IfMissing::Refuse);
    if (ok) {
        qint64 orders = 0;
        for (qint64 n : StageCounts::read(db.connection()))
            orders += n;
        text = tr("%1 at %2: schema level %3, %4 order(s). It opens at the next start once you press OK.")
                   .arg(db.engineName(), db.location())
                   .arg(db.schemaLevel())
                   .arg(QLocale().toString(orders));
    } else {
        text = db.error();
    }
    db.close();
    QGuiApplication::restoreOverrideCursor();
    m_ui->checkResult->setText(text);
    m_ui->checkResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->checkResult->setVisible(true);
    // A long reason wraps to more lines than the label was laid out for: give it their height (the
    // form's layout does not ask a wrapped label again), and the dialog room for it.
    layout()->activate();
    m_ui->checkResult->setMinimumHeight(m_ui->checkResult->heightForWidth(m_ui->checkResult->width()));
    if (minimumSizeHint().height() > height())
        resize(width(), minimumSizeHint().height());
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
