#include "TemplateLibrary.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateLibrary", text);
}

// The shipped templates' names: their JSON is data lupdate does not read, but the names are shown.
[[maybe_unused]] const char *const kShippedNames[] = {
    QT_TRANSLATE_NOOP("TemplateLibrary", "Shipping label 100×150 mm"),
    QT_TRANSLATE_NOOP("TemplateLibrary", "Shipping label 100×180 mm (with stub)"),
    QT_TRANSLATE_NOOP("TemplateLibrary", "Shipping label 76×130 mm"),
    QT_TRANSLATE_NOOP("TemplateLibrary", "Pick list A4 (by bin)"),
    QT_TRANSLATE_NOOP("TemplateLibrary", "Packing slip, 80 mm roll"),
    QT_TRANSLATE_NOOP("TemplateLibrary", "Packing slip A5"),
};

QMap<QString, TemplateLibrary::Entry> scan()
{
    QMap<QString, TemplateLibrary::Entry> found;
    const auto add = [&found](const QString &folder, bool user) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            try {
                const LabelTemplate t = LabelTemplate::load(path);
                found.insert(t.id, {t.id, TemplateLibrary::displayName(t.name), t.kind, path, user});
            } catch (const Error &) {
                // A broken user copy is reported when someone picks it (load() below).
                const QString id = QFileInfo(path).completeBaseName();
                found.insert(id, {id, id, QString(), path, user});
            }
        }
    };
    add(QStringLiteral(":/templates"), false);
    add(TemplateLibrary::userFolder(), true);
    return found;
}
} // namespace

QString TemplateLibrary::displayName(const QString &name)
{
    const QByteArray source = name.toUtf8();
    return QCoreApplication::translate("TemplateLibrary", source.constData());
}

QString TemplateLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
}

QString TemplateLibrary::userCopyPath(const QString &id)
{
    return userFolder() + u'/' + id + QStringLiteral(".json");
}

QString TemplateLibrary::shippedPath(const QString &id)
{
    return QStringLiteral(":/templates/") + id + QStringLiteral(".json");
}

QList<TemplateLibrary::Entry> TemplateLibrary::list(const QString &kind)
{
    QList<Entry> out;
    for (const Entry &e : scan())
        if (kind.isEmpty() || e.kind == kind)
            out << e;
    return out;
}

QString TemplateLibrary::pathOf(const QString &id)
{
    // A path works too, for templates kept outside the library.
    if (id.endsWith(u".json") && QFile::exists(id))
        return QFileInfo(id).absoluteFilePath();
    const auto all = scan();
    const auto it = all.constFind(id);
    if (it == all.cend()) {
        QStringList ids = all.keys();
        throw Error(
            tr("There is no template '%1'. Known templates: %2.").arg(id, ids.join(QStringLiteral(", "))));
    }
    return it->path;
}

LabelTemplate TemplateLibrary::load(const QString &id)
{
    return LabelTemplate::load(pathOf(id));
}

QString TemplateLibrary::makeUserCopy(const QString &id)
{
    const LabelTemplate t = load(id);
    QDir().mkpath(userFolder());
    const QString target = userCopyPath(id);
    if (!QFile::exists(target)) {
        if (!QFile::copy(shippedPath(id), target))
            throw Error(tr("Cannot copy the template %1 to %2.").arg(id, target));
        QFile::setPermissions(target,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return target;
}

void TemplateLibrary::saveUserCopy(const QString &id, const QByteArray &json)
{
    const QString target = userCopyPath(id);
    LabelTemplate::fromJson(json, id, target, userFolder()); // a broken template is never written
    QDir().mkpath(userFolder());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw Error(tr("Cannot save the template %1: %2").arg(target, file.errorString()));
}

bool TemplateLibrary::removeUserCopy(const QString &id)
{
    return QFile::remove(userCopyPath(id));
}
