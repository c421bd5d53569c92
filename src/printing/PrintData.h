#pragma once

#include <QHash>
#include <QList>
#include <QString>

// What one page is filled with: named fields ("receiver.name") and row lists ("lines").
struct PrintData {
    QHash<QString, QString> fields;
    QHash<QString, QList<QHash<QString, QString>>> rows;

    QString value(const QString &field) const { return fields.value(field); }
    // Replaces every {field} in text; unknown fields become empty.
    QString fill(const QString &text) const;

    struct Placeholder {
        qsizetype at = 0; // index of the '{'
        QString field;
    };
    // The {field}s in text, read exactly as fill() reads them (for the template validator).
    static QList<Placeholder> placeholders(const QString &text);
};
