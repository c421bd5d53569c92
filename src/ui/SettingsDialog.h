#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class AppSettings;

// Language (applied at once), database file (next start), operator, station and the pack
// station's scale prefix.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
};
