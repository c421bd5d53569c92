#include "CsvFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

bool CsvFile::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("CsvFile", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    parse(file.readAll());
    return true;
}

void CsvFile::parse(const QByteArray &bytes) {
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        m_encoding = QStringLiteral("UTF-8");
        text = QString::fromUtf8(bytes.mid(3));
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8(bytes);
        m_encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            QStringDecoder gbk("GB18030");
            if (gbk.isValid()) {
                text = gbk(bytes);
                m_encoding = QStringLiteral("GB18030");
            }
        }
    }
    // The delimiter is whichever of comma and tab the first line has more of.
    const qsizetype firstEnd = text.indexOf(u'\n');
    const QStringView first = QStringView(text).left(firstEnd < 0 ? text.size() : firstEnd);
    const QChar delimiter = first.count(u'\t') > first.count(u',') ? u'\t' : u',';

    rows.clear();
    CsvRow row{1, {}};
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    auto endField = [&] {
        row.fields << (wasQuoted ? field : field);
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        bool blank = true;
        for (const QString &f : std::as_const(row.fields))
            blank = blank && f.trimmed().isEmpty();
        if (!blank)
            rows << row;
        row = CsvRow{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
}

int CsvFile::column(const QStringList &header, const QStringList &aliases) {
    for (const QString &alias : aliases)
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(alias, Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

QString CsvFile::clean(const QString &field) {
    QString s = field.trimmed();
    if (s.startsWith(u"=\"") && s.endsWith(u'"') && s.size() >= 3)
        s = s.mid(2, s.size() - 3);
    while (s.startsWith(u'\'') || s.startsWith(u'\t'))
        s.remove(0, 1);
    return s.trimmed();
}

QString CsvFile::line(const QStringList &fields) {
    QStringList out;
    for (const QString &f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
            out << u'"' + QString(f).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            out << f;
    }
    return out.join(u',') + QStringLiteral("\r\n");
}

QByteArray CsvFile::encode(const QString &text, bool gbk) {
    if (!gbk)
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QStringEncoder encoder("GB18030");
    return encoder(text);
}
