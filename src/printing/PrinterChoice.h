#pragma once

#include <QSettings>
#include <QString>

// The printer and backup printer this station uses per job kind (label, slip, picklist).
// Printers are local to a station, so the choice lives in the station's settings, not the database.
class PrinterChoice {
public:
    explicit PrinterChoice(QSettings &settings)
        : m_settings(settings)
    {
    }
    QString printer(const QString &kind) const;
    QString backup(const QString &kind) const;
    void set(const QString &kind, const QString &printer, const QString &backup);
    // The template a kind uses by default (label-100x150, slip-a5, picklist-a4).
    QString templateId(const QString &kind) const;
    void setTemplateId(const QString &kind, const QString &id);

private:
    QSettings &m_settings;
};
