#include "TemplateValidator.h"

#include "PrintData.h"
#include "TemplateFields.h"
#include "TemplateLibrary.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QSvgRenderer>
#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateValidator", text);
}

constexpr double Tolerance = 0.01; // mm: JSON decimals that add up to the page edge

QString join(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'/' + key;
}

// Notes a person leaves in a template: "_why": "…", "comment": "…".
bool isNote(const QString &key)
{
    return key.startsWith(u'_') || key == u"comment";
}

const QStringList &symbologies()
{
    static const QStringList names{QStringLiteral("code128"), QStringLiteral("qr")};
    return names;
}
} // namespace

TemplateValidator::TemplateValidator(const QByteArray &json, const QString &origin, const QString &folder)
    : m_positions(json)
    , m_origin(origin)
    , m_folder(folder)
{
}

void TemplateValidator::fail(JsonPositions::Place place, const QString &label, const QString &why) const
{
    throw Error(
        tr("%1, line %2, column %3: %4: %5").arg(m_origin).arg(place.line).arg(place.column).arg(label, why));
}

void TemplateValidator::allowKeys(const QJsonObject &o, const Where &w, const QStringList &keys) const
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()) && !isNote(it.key()))
            fail(m_positions.key(child(w.path, it.key())), w.label,
                 tr("\"%1\" is not a setting here (known: %2).").arg(it.key(), join(keys)));
}

double TemplateValidator::number(const QJsonObject &o, const Where &w, const QString &key, double min,
                                 double max, std::optional<double> fallback, const QString &what,
                                 const QString &unit) const
{
    const QString path = child(w.path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (!fallback)
            fail(m_positions.value(w.path), w.label, tr("%1 \"%2\" is missing.").arg(what, key));
        return *fallback;
    }
    if (!v.isDouble())
        fail(m_positions.value(path), w.label, tr("%1 \"%2\" must be a number.").arg(what, key));
    const double d = v.toDouble();
    if (!(d >= min && d <= max)) // NaN fails too
        fail(m_positions.value(path), w.label,
             tr("%1 \"%2\" must be between %3 and %4 %5; it is %6.")
                 .arg(what, key)
                 .arg(min)
                 .arg(max)
                 .arg(unit)
                 .arg(d));
    return d;
}

QString TemplateValidator::text(const QJsonObject &o, const Where &w, const QString &key,
                                const QString &fallback) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        fail(m_positions.value(child(w.path, key)), w.label, tr("\"%1\" must be text in quotes.").arg(key));
    return v.toString();
}

void TemplateValidator::flag(const QJsonObject &o, const Where &w, const QString &key) const
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isBool())
        fail(m_positions.value(child(w.path, key)), w.label, tr("\"%1\" must be true or false.").arg(key));
}

void TemplateValidator::oneOf(const QJsonObject &o, const Where &w, const QString &key,
                              const QStringList &allowed, const QString &what) const
{
    const QString v = text(o, w, key, allowed.value(0));
    if (!allowed.contains(v))
        fail(m_positions.value(child(w.path, key)), w.label,
             tr("%1 '%2' is not known (%3).").arg(what, v, join(allowed)));
}

void TemplateValidator::fieldKnown(const QJsonObject &o, const Where &w, const QString &key,
                                   const QStringList &known, const QString &what) const
{
    const QString field = text(o, w, key);
    if (!field.isEmpty() && !known.contains(field))
        fail(m_positions.value(child(w.path, key)), w.label,
             tr("%1 '%2' is not a field this template gets (known: %3).").arg(what, field, join(known)));
}

void TemplateValidator::fieldsKnown(const QJsonObject &o, const Where &w, const QString &key,
                                    const QStringList &known) const
{
    const QString path = child(w.path, key);
    for (const PrintData::Placeholder &p : PrintData::placeholders(text(o, w, key)))
        if (!known.contains(p.field))
            fail(m_positions.inString(path, p.at), w.label,
                 tr("the field {%1} is not known: it would print blank (known: %2).")
                     .arg(p.field, join(known)));
}

void TemplateValidator::check(const QJsonObject &root) const
{
    const Where top{QString(), tr("the template")};
    allowKeys(root, top,
              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("page"), QStringLiteral("font"),
               QStringLiteral("mask"), QStringLiteral("elements")});
    text(root, top, QStringLiteral("name"));
    oneOf(root, top, QStringLiteral("kind"),
          {QStringLiteral("label"), QStringLiteral("slip"), QStringLiteral("picklist")}, tr("the kind"));
    const QString kind = root.value(u"kind").toString(QStringLiteral("label"));
    const QStringList fields = TemplateFields::pageFields(kind);

    if (!root.value(u"page").isObject())
        fail(m_positions.value(QStringLiteral("page")), top.label,
             tr("\"page\" with \"width\" and \"height\" in millimetres is needed."));
    const QJsonObject page = root.value(u"page").toObject();
    const Where pageWhere{QStringLiteral("page"), tr("the page")};
    allowKeys(page, pageWhere, {QStringLiteral("width"), QStringLiteral("height")});
    const double pageW = number(page, pageWhere, QStringLiteral("width"), MinPageMm, MaxPageMm, std::nullopt,
                                tr("the width"), tr("mm"));
    const double pageH = number(page, pageWhere, QStringLiteral("height"), MinPageMm, MaxPageMm, std::nullopt,
                                tr("the height"), tr("mm"));
    if (text(root, top, QStringLiteral("font"), QStringLiteral("-")).trimmed().isEmpty())
        fail(m_positions.value(QStringLiteral("font")), top.label, tr("\"font\" names no font family."));

    const QJsonValue mask = root.value(u"mask");
    if (!mask.isUndefined() && !mask.isArray())
        fail(m_positions.value(QStringLiteral("mask")), top.label,
             tr("\"mask\" must be a list of fields, such as [\"receiver.name\"]."));
    const QJsonArray masked = mask.toArray();
    for (qsizetype i = 0; i < masked.size(); ++i) {
        const QString path = QStringLiteral("mask/%1").arg(i);
        if (!masked.at(i).isString() || !fields.contains(masked.at(i).toString()))
            fail(m_positions.value(path), top.label,
                 tr("\"mask\" lists '%1', which is not a field this template gets (known: %2).")
                     .arg(masked.at(i).toVariant().toString(), join(fields)));
    }

    if (!root.value(u"elements").isArray() || root.value(u"elements").toArray().isEmpty())
        fail(m_positions.value(QStringLiteral("elements")), top.label,
             tr("\"elements\" must be a list of what the page shows, and not empty."));
    const QJsonArray elements = root.value(u"elements").toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QString path = QStringLiteral("elements/%1").arg(i);
        if (!elements.at(i).isObject())
            fail(m_positions.value(path), tr("element %1").arg(i + 1), tr("an element is an object {…}."));
        const QJsonObject o = elements.at(i).toObject();
        const QString type = o.value(u"type").toString();
        element(o, {path, tr("element %1 (%2)").arg(i + 1).arg(type)}, kind, pageW, pageH);
    }
}

void TemplateValidator::element(const QJsonObject &o, const Where &w, const QString &kind, double pageW,
                                double pageH) const
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("text"),
         {QStringLiteral("text"), QStringLiteral("size"), QStringLiteral("bold"), QStringLiteral("shrink"),
          QStringLiteral("wrap"), QStringLiteral("inverse"), QStringLiteral("align"),
          QStringLiteral("valign")}},
        {QStringLiteral("barcode"),
         {QStringLiteral("data"), QStringLiteral("text"), QStringLiteral("symbology"),
          QStringLiteral("module"), QStringLiteral("quiet"), QStringLiteral("hrt")}},
        {QStringLiteral("line"), {QStringLiteral("lineWidth")}},
        {QStringLiteral("box"), {QStringLiteral("lineWidth")}},
        {QStringLiteral("image"), {QStringLiteral("source")}},
        {QStringLiteral("table"),
         {QStringLiteral("rows"), QStringLiteral("groupBy"), QStringLiteral("rowHeight"),
          QStringLiteral("size"), QStringLiteral("columns")}},
    };
    const QString type = text(o, w, QStringLiteral("type"));
    if (!keys.contains(type))
        fail(m_positions.value(child(w.path, QStringLiteral("type"))), w.label,
             tr("the type '%1' is not known (text, barcode, line, box, image, table).").arg(type));
    QStringList allowed = keys.value(type);
    allowed << QStringLiteral("type") << QStringLiteral("if");
    if (type == u"line")
        allowed << QStringLiteral("x1") << QStringLiteral("y1") << QStringLiteral("x2")
                << QStringLiteral("y2");
    else
        allowed << QStringLiteral("x") << QStringLiteral("y") << QStringLiteral("w") << QStringLiteral("h");
    allowKeys(o, w, allowed);
    const QStringList fields = TemplateFields::pageFields(kind);
    fieldKnown(o, w, QStringLiteral("if"), fields, tr("the condition"));

    if (type == u"line") {
        for (const char *axis : {"x1", "x2"})
            number(o, w, QLatin1String(axis), 0, pageW + Tolerance, std::nullopt, tr("the line's end"),
                   tr("mm"));
        for (const char *axis : {"y1", "y2"})
            number(o, w, QLatin1String(axis), 0, pageH + Tolerance, std::nullopt, tr("the line's end"),
                   tr("mm"));
    } else {
        box(o, w, pageW, pageH);
    }
    const double boxH = o.value(u"h").toDouble();
    if (type == u"text") {
        fieldsKnown(o, w, QStringLiteral("text"), fields);
        number(o, w, QStringLiteral("size"), MinFontPt, MaxFontPt, 10, tr("the font size"), tr("pt"));
        for (const char *key : {"bold", "shrink", "wrap", "inverse"})
            flag(o, w, QLatin1String(key));
        oneOf(o, w, QStringLiteral("align"),
              {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")},
              tr("the alignment"));
        oneOf(o, w, QStringLiteral("valign"),
              {QStringLiteral("center"), QStringLiteral("top"), QStringLiteral("bottom")},
              tr("the vertical alignment"));
    } else if (type == u"barcode") {
        oneOf(o, w, QStringLiteral("symbology"), symbologies(), tr("the symbology"));
        const QString dataKey = o.contains(u"data") ? QStringLiteral("data") : QStringLiteral("text");
        if (text(o, w, dataKey).isEmpty())
            fail(m_positions.value(w.path), w.label, tr("\"data\" (what the barcode carries) is missing."));
        fieldsKnown(o, w, dataKey, fields);
        number(o, w, QStringLiteral("module"), MinModuleMm, MaxModuleMm, 0.33,
               tr("the module (narrowest bar)"), tr("mm"));
        number(o, w, QStringLiteral("quiet"), 0, 50, 10, tr("the quiet zone"), tr("modules"));
        flag(o, w, QStringLiteral("hrt"));
    } else if (type == u"line" || type == u"box") {
        number(o, w, QStringLiteral("lineWidth"), 0.05, 10, 0.3, tr("the line width"), tr("mm"));
    } else if (type == u"image") {
        image(o, w);
    } else if (type == u"table") {
        table(o, w, kind, o.value(u"w").toDouble(), boxH);
    }
}

void TemplateValidator::box(const QJsonObject &o, const Where &w, double pageW, double pageH) const
{
    const double x = number(o, w, QStringLiteral("x"), 0, pageW, std::nullopt, tr("the left edge"), tr("mm"));
    const double y = number(o, w, QStringLiteral("y"), 0, pageH, std::nullopt, tr("the top edge"), tr("mm"));
    const double bw =
        number(o, w, QStringLiteral("w"), 0.1, MaxPageMm, std::nullopt, tr("the width"), tr("mm"));
    const double bh =
        number(o, w, QStringLiteral("h"), 0.1, MaxPageMm, std::nullopt, tr("the height"), tr("mm"));
    const auto outside = [&](const char *key, double end, double edge) {
        fail(m_positions.value(child(w.path, QLatin1String(key))), w.label,
             tr("the box lies outside the %1 × %2 mm page: it ends at %3 mm, past the edge at %4 mm.")
                 .arg(pageW)
                 .arg(pageH)
                 .arg(end)
                 .arg(edge));
    };
    if (x + bw > pageW + Tolerance)
        outside("w", x + bw, pageW);
    if (y + bh > pageH + Tolerance)
        outside("h", y + bh, pageH);
}

void TemplateValidator::table(const QJsonObject &o, const Where &w, const QString &kind, double boxW,
                              double boxH) const
{
    const QStringList lists = TemplateFields::rowLists(kind);
    oneOf(o, w, QStringLiteral("rows"), lists, tr("the row list"));
    const QStringList rowFields =
        TemplateFields::rowFields(kind, text(o, w, QStringLiteral("rows"), lists.value(0)));
    fieldKnown(o, w, QStringLiteral("groupBy"), rowFields, tr("the grouping"));
    number(o, w, QStringLiteral("rowHeight"), 2, std::max(2.0, boxH / 2), 6,
           tr("the row height (a header and a row fit the box)"), tr("mm"));
    number(o, w, QStringLiteral("size"), MinFontPt, MaxFontPt, 10, tr("the font size"), tr("pt"));
    const QString columnsPath = child(w.path, QStringLiteral("columns"));
    const QJsonArray columns = o.value(u"columns").toArray();
    if (!o.value(u"columns").isArray() || columns.isEmpty())
        fail(m_positions.value(columnsPath), w.label,
             tr("a table needs \"columns\": a list of {\"field\", \"title\", \"width\"}."));
    double total = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Where cw{child(columnsPath, QString::number(c)), tr("%1, column %2").arg(w.label).arg(c + 1)};
        if (!columns.at(c).isObject())
            fail(m_positions.value(cw.path), cw.label, tr("a column is an object {…}."));
        const QJsonObject co = columns.at(c).toObject();
        allowKeys(co, cw,
                  {QStringLiteral("field"), QStringLiteral("title"), QStringLiteral("width"),
                   QStringLiteral("barcode")});
        if (text(co, cw, QStringLiteral("field")).isEmpty())
            fail(m_positions.value(cw.path), cw.label, tr("\"field\" (what the column shows) is missing."));
        fieldKnown(co, cw, QStringLiteral("field"), rowFields, tr("the field"));
        text(co, cw, QStringLiteral("title"));
        total += number(co, cw, QStringLiteral("width"), 1, MaxPageMm, 20, tr("the width"), tr("mm"));
        if (co.contains(u"barcode"))
            oneOf(co, cw, QStringLiteral("barcode"), symbologies(), tr("the symbology"));
    }
    if (total > boxW + Tolerance)
        fail(m_positions.value(columnsPath), w.label,
             tr("the columns are %1 mm wide together, wider than the table (%2 mm).").arg(total).arg(boxW));
}

QString TemplateValidator::imagePath(const QString &source, const QString &folder)
{
    if (source.startsWith(u':') || QDir::isAbsolutePath(source) || folder.isEmpty())
        return QDir::cleanPath(source);
    return QDir::cleanPath(folder + u'/' + source);
}

void TemplateValidator::image(const QJsonObject &o, const Where &w) const
{
    const QString sourcePath = child(w.path, QStringLiteral("source"));
    const QString source = text(o, w, QStringLiteral("source"));
    const auto refuse = [&](const QString &why) {
        fail(m_positions.value(sourcePath), w.label, why);
    };
    if (source.isEmpty())
        refuse(tr("\"source\" (the image file) is missing."));
    if (source.contains(u'{'))
        refuse(tr("an image source is a file, not a field."));
    if (!source.startsWith(u':') && !QDir::isAbsolutePath(source) && m_folder.isEmpty())
        refuse(
            tr("the image %1 is relative, but this template has no folder yet: save it first.").arg(source));
    const QString path = imagePath(source, m_folder);
    if (!path.startsWith(u':')) { // the shipped resources are allowed as they are
        const QString real = QFileInfo(path).canonicalFilePath(); // symlinks resolved: no way out
        if (real.isEmpty())
            refuse(tr("the image %1 does not exist.").arg(path));
        QStringList folders;
        for (const QString &f : {m_folder, TemplateLibrary::userFolder()}) {
            const QString canonical = f.startsWith(u':') ? QString() : QFileInfo(f).canonicalFilePath();
            if (!canonical.isEmpty())
                folders << canonical;
        }
        const bool inside = std::any_of(folders.cbegin(), folders.cend(),
                                        [&real](const QString &f) { return real.startsWith(f + u'/'); });
        if (!inside)
            refuse(tr("the image %1 is outside the folders images may come from (the template's own "
                      "folder, %2, the shipped resources).")
                       .arg(path, TemplateLibrary::userFolder()));
    }
    if (path.endsWith(u".svg", Qt::CaseInsensitive)) {
        if (!QSvgRenderer(path).isValid())
            refuse(tr("the image %1 cannot be read as SVG.").arg(path));
        return;
    }
    QImageReader reader(path);
    if (!reader.canRead())
        refuse(tr("the image %1 cannot be read: %2").arg(path, reader.errorString()));
}
