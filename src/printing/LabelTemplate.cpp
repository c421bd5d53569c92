#include "LabelTemplate.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LabelTemplate", text);
}

std::optional<TemplateElement::Type> typeFromName(const QString &name)
{
    using T = TemplateElement::Type;
    static const QHash<QString, T> types{
        {QStringLiteral("text"), T::Text},   {QStringLiteral("barcode"), T::Barcode},
        {QStringLiteral("line"), T::Line},   {QStringLiteral("box"), T::Box},
        {QStringLiteral("image"), T::Image}, {QStringLiteral("table"), T::Table}};
    const auto it = types.constFind(name);
    if (it == types.cend())
        return std::nullopt;
    return *it;
}

Qt::Alignment alignment(const QString &h, const QString &v)
{
    Qt::Alignment a = h == u"center" ? Qt::AlignHCenter : h == u"right" ? Qt::AlignRight : Qt::AlignLeft;
    a |= v == u"top" ? Qt::AlignTop : v == u"bottom" ? Qt::AlignBottom : Qt::AlignVCenter;
    return a;
}
} // namespace

LabelTemplate LabelTemplate::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the template %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).completeBaseName(), path);
}

LabelTemplate LabelTemplate::fromJson(const QByteArray &json, const QString &id, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column, as an editor shows them (the offset counts bytes of UTF-8).
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        throw Error(tr("%1: not valid JSON at line %2, column %3: %4")
                        .arg(origin)
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    LabelTemplate t;
    t.id = id;
    t.name = root.value(u"name").toString(id);
    t.kind = root.value(u"kind").toString(QStringLiteral("label"));
    const QJsonObject page = root.value(u"page").toObject();
    t.pageMm = QSizeF(page.value(u"width").toDouble(), page.value(u"height").toDouble());
    if (t.pageMm.width() < 20 || t.pageMm.height() < 20 || t.pageMm.width() > 500 || t.pageMm.height() > 2000)
        throw Error(
            tr("%1: page width and height must be millimetres between 20 and 500/2000 (found %2 × %3).")
                .arg(origin)
                .arg(t.pageMm.width())
                .arg(t.pageMm.height()));
    t.fontFamily = root.value(u"font").toString(QStringLiteral("Noto Sans CJK SC"));
    for (const QJsonValue &m : root.value(u"mask").toArray())
        t.masked << m.toString();

    const QJsonArray elements = root.value(u"elements").toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonObject o = elements.at(i).toObject();
        const QString typeName = o.value(u"type").toString();
        const auto type = typeFromName(typeName);
        if (!type)
            throw Error(
                tr("%1: element %2 has an unknown type '%3' (text, barcode, line, box, image, table).")
                    .arg(origin)
                    .arg(i + 1)
                    .arg(typeName));
        TemplateElement e;
        e.type = *type;
        if (e.type == TemplateElement::Type::Line)
            e.rect = QRectF(QPointF(o.value(u"x1").toDouble(), o.value(u"y1").toDouble()),
                            QPointF(o.value(u"x2").toDouble(), o.value(u"y2").toDouble()));
        else
            e.rect = QRectF(o.value(u"x").toDouble(), o.value(u"y").toDouble(), o.value(u"w").toDouble(),
                            o.value(u"h").toDouble());
        if (e.type != TemplateElement::Type::Line && (e.rect.width() <= 0 || e.rect.height() <= 0))
            throw Error(tr("%1: element %2 (%3) needs a positive w and h in millimetres.")
                            .arg(origin)
                            .arg(i + 1)
                            .arg(typeName));
        if (e.type != TemplateElement::Type::Line &&
            !QRectF(QPointF(0, 0), t.pageMm).adjusted(-0.01, -0.01, 0.01, 0.01).contains(e.rect))
            throw Error(tr("%1: element %2 (%3) lies outside the %4 × %5 mm page.")
                            .arg(origin)
                            .arg(i + 1)
                            .arg(typeName)
                            .arg(t.pageMm.width())
                            .arg(t.pageMm.height()));
        e.text = o.value(u"text").toString(o.value(u"data").toString(o.value(u"source").toString()));
        e.condition = o.value(u"if").toString();
        e.size = o.value(u"size").toDouble(10);
        e.bold = o.value(u"bold").toBool(false);
        e.shrink = o.value(u"shrink").toBool(false);
        e.wrap = o.value(u"wrap").toBool(true);
        e.inverse = o.value(u"inverse").toBool(false);
        e.align = alignment(o.value(u"align").toString(), o.value(u"valign").toString());
        e.symbology = o.value(u"symbology").toString(QStringLiteral("code128"));
        if (e.type == TemplateElement::Type::Barcode && e.symbology != u"code128" && e.symbology != u"qr")
            throw Error(tr("%1: element %2 asks for the symbology '%3'; use code128 or qr.")
                            .arg(origin)
                            .arg(i + 1)
                            .arg(e.symbology));
        e.module = o.value(u"module").toDouble(0.33);
        e.quiet = o.value(u"quiet").toDouble(e.symbology == u"qr" ? 2 : 10);
        e.humanReadable = o.value(u"hrt").toBool(e.symbology != u"qr");
        e.lineWidth = o.value(u"lineWidth").toDouble(0.3);
        e.rows = o.value(u"rows").toString(QStringLiteral("lines"));
        e.groupBy = o.value(u"groupBy").toString();
        e.rowHeight = o.value(u"rowHeight").toDouble(6);
        for (const QJsonValue &c : o.value(u"columns").toArray()) {
            const QJsonObject co = c.toObject();
            e.columns << TemplateColumn{co.value(u"field").toString(), co.value(u"title").toString(),
                                        co.value(u"width").toDouble(20), co.value(u"barcode").toString()};
        }
        if (e.type == TemplateElement::Type::Table && (e.columns.isEmpty() || e.rowHeight <= 0))
            throw Error(
                tr("%1: table element %2 needs columns and a positive rowHeight.").arg(origin).arg(i + 1));
        t.elements << e;
    }
    return t;
}
