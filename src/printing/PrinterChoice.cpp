#include "PrinterChoice.h"

#include "PrintQueue.h"

QString PrinterChoice::printer(const QString &kind) const
{
    return m_settings.value(QStringLiteral("printing/%1/printer").arg(kind)).toString();
}

QString PrinterChoice::backup(const QString &kind) const
{
    return m_settings.value(QStringLiteral("printing/%1/backup").arg(kind)).toString();
}

void PrinterChoice::set(const QString &kind, const QString &printer, const QString &backup)
{
    m_settings.setValue(QStringLiteral("printing/%1/printer").arg(kind), printer);
    m_settings.setValue(QStringLiteral("printing/%1/backup").arg(kind), backup);
}

QString PrinterChoice::templateId(const QString &kind) const
{
    const QString fallback = PrintQueue::defaultTemplateId(
        PrintQueue::kindFromCode(kind).value_or(PrintQueue::Kind::Label)); // a manifest too
    return m_settings.value(QStringLiteral("printing/%1/template").arg(kind), fallback).toString();
}

void PrinterChoice::setTemplateId(const QString &kind, const QString &id)
{
    m_settings.setValue(QStringLiteral("printing/%1/template").arg(kind), id);
}
