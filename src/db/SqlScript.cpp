#include "SqlScript.h"

#include <QRegularExpression>

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    int blockDepth = 0; // inside a trigger's BEGIN … END
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'$' && i + 1 < n && script.at(i + 1) == u'$') { // PostgreSQL's $$ … $$ body
            const qsizetype close = script.indexOf(QStringLiteral("$$"), i + 2);
            const qsizetype end = close < 0 ? n : close + 2;
            current += script.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            current += c;
            continue;
        }
        if (c.isLetter() && (i == 0 || !script.at(i - 1).isLetterOrNumber())) {
            qsizetype j = i;
            while (j < n && (script.at(j).isLetterOrNumber() || script.at(j) == u'_'))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (word == u"BEGIN" && current.contains(QStringLiteral("TRIGGER"), Qt::CaseInsensitive))
                ++blockDepth;
            else if (word == u"END" && blockDepth > 0)
                --blockDepth;
            current += script.mid(i, j - i);
            i = j - 1;
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
