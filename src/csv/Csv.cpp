#include "Csv.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QStringEncoder>

QString Csv::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString Csv::line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(u',') + QStringLiteral("\r\n");
}

QString Csv::table(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QByteArray Csv::encode(const QString &text, Encoding encoding)
{
    if (encoding == Encoding::Gb18030) {
        QStringEncoder encoder("GB18030");
        // Qt without ICU has no GB18030: refused rather than written in another encoding.
        if (!encoder.isValid())
            throw Error(QCoreApplication::translate("Csv", "This build of Qt cannot write GB18030 (GBK)."));
        return encoder.encode(text);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

std::optional<Csv::Encoding> Csv::encodingFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n.isEmpty() || n == u"utf8" || n == u"utf-8" || n == u"utf-8-bom" || n == u"utf8-bom")
        return Encoding::Utf8Bom;
    if (n == u"gb18030" || n == u"gbk") {
        if (!QStringEncoder("GB18030").isValid())
            return std::nullopt;
        return Encoding::Gb18030;
    }
    return std::nullopt;
}

Result<> Csv::write(const QSqlDatabase &db, const QString &path, const QList<QStringList> &rows,
                    Encoding encoding, OutputFile::Overwrite overwrite)
{
    try {
        OutputFile::writeWhole(path, db, encode(table(rows), encoding), overwrite);
    } catch (const Error &e) {
        return Result<>::failure(e.message());
    }
    return Result<>::success();
}
