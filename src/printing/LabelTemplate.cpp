#include "LabelTemplate.h"

#include "JsonPositions.h"
#include "TemplateValidator.h"
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
    const QFileInfo info(path);
    return fromJson(file.readAll(), info.completeBaseName(), path, info.absolutePath());
}

LabelTemplate LabelTemplate::fromJson(const QByteArray &json, const QString &id, const QString &origin,
                                      const QString &folder)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonPositions::Place at = JsonPositions::at(json, parseError.offset);
        throw Error(tr("%1: not valid JSON at line %2, column %3: %4")
                        .arg(origin)
                        .arg(at.line)
                        .arg(at.column)
                        .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        throw Error(tr("%1: a template is a JSON object {…}, not a list or a value.").arg(origin));
    const QJsonObject root = doc.object();
    // Everything is checked here, with the line and column of the first problem; below only reads.
    TemplateValidator(json, origin, folder).check(root);

    LabelTemplate t;
    t.id = id;
    t.name = root.value(u"name").toString(id);
    t.kind = root.value(u"kind").toString(QStringLiteral("label"));
    const QJsonObject page = root.value(u"page").toObject();
    t.pageMm = QSizeF(page.value(u"width").toDouble(), page.value(u"height").toDouble());
    t.fontFamily = root.value(u"font").toString(QStringLiteral("Noto Sans CJK SC"));
    for (const QJsonValue &m : root.value(u"mask").toArray())
        t.masked << m.toString();

    for (const QJsonValue &value : root.value(u"elements").toArray()) {
        const QJsonObject o = value.toObject();
        TemplateElement e;
        e.type = *typeFromName(o.value(u"type").toString());
        if (e.type == TemplateElement::Type::Line)
            e.rect = QRectF(QPointF(o.value(u"x1").toDouble(), o.value(u"y1").toDouble()),
                            QPointF(o.value(u"x2").toDouble(), o.value(u"y2").toDouble()));
        else
            e.rect = QRectF(o.value(u"x").toDouble(), o.value(u"y").toDouble(), o.value(u"w").toDouble(),
                            o.value(u"h").toDouble());
        e.text = o.value(u"text").toString(o.value(u"data").toString(o.value(u"source").toString()));
        if (e.type == TemplateElement::Type::Image) // read from where the template is, not from where we run
            e.text = TemplateValidator::imagePath(e.text, folder);
        e.condition = o.value(u"if").toString();
        e.size = o.value(u"size").toDouble(10);
        e.bold = o.value(u"bold").toBool(false);
        e.shrink = o.value(u"shrink").toBool(false);
        e.wrap = o.value(u"wrap").toBool(true);
        e.inverse = o.value(u"inverse").toBool(false);
        e.align = alignment(o.value(u"align").toString(), o.value(u"valign").toString());
        e.symbology = o.value(u"symbology").toString(QStringLiteral("code128"));
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
        t.elements << e;
    }
    return t;
}
