#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Where each key and value of a JSON text stands, so a template's bad value is reported at its line
// and column the way an editor shows them (QJsonDocument keeps no positions).
// Paths are keys and array indexes joined by '/': "elements/3/size".
class JsonPositions {
public:
    struct Place {
        int line = 1;
        int column = 1;
    };
    // The text should be JSON that QJsonDocument accepted; anything else is scanned as far as it goes.
    explicit JsonPositions(const QByteArray &json);

    // Where the value at path starts; a path that is not there gives its nearest enclosing value.
    Place value(const QString &path) const;
    // Where the member's key starts (for an unknown key); the value's place when it has no key.
    Place key(const QString &path) const;
    // Where the index-th character (UTF-16, after unescaping) of the string at path stands.
    Place inString(const QString &path, qsizetype index) const;
    // Line and column of a byte offset (a parse error's offset, too).
    static Place at(const QByteArray &json, qsizetype offset);

private:
    qsizetype skipSpace(qsizetype i) const;
    qsizetype scanString(qsizetype i, QString *decoded) const;
    qsizetype scanValue(qsizetype i, const QString &path, int depth);
    qsizetype offsetOf(const QString &path) const;

    QByteArray m_json;
    QHash<QString, qsizetype> m_values;
    QHash<QString, qsizetype> m_keys;
};
