#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class AppSettings;
class SoundEffects;
struct Actor;

// Language (applied at once), database (a file or a server, next start; Check opens it now), operator,
// station, the pack station's scale prefix and its sounds (on/off, volume, a test button). Given the running
// session, it shows who works where on which database now, not only what is saved.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    SettingsDialog(AppSettings &settings, const Actor &session, const QString &databaseInUse,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    // Opens the database typed (a file or a server URI) and says what it holds, or why it does not open.
    void checkDatabase();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
    std::unique_ptr<SoundEffects> m_sounds; // the Test button, at the slider's volume
};
