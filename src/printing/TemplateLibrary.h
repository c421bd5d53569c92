#pragma once

#include "LabelTemplate.h"

#include <QList>
#include <QString>

// The templates a station can print with: the shipped ones (:/templates/*.json) and the user's
// edited copies in AppData/templates/, where a copy with the same id wins.
namespace TemplateLibrary {
struct Entry {
    QString id;
    QString name;
    QString kind;
    QString path;
    bool userCopy = false;
};
QList<Entry> list(const QString &kind = {});
// Throws Error naming the id when there is no such template or it does not parse.
LabelTemplate load(const QString &id);
// The file an id names (a .json path that exists is taken as it is, made absolute); throws Error
// naming the id when there is no such template.
QString pathOf(const QString &id);
QString userFolder();
QString userCopyPath(const QString &id); // where the user's copy of id is (or would be)
QString shippedPath(const QString &id);  // the shipped template's resource
// A template's name in the interface language (the shipped names are translated; a user's own
// name is shown as written).
QString displayName(const QString &name);
// Copies a shipped template into the user folder (for editing); returns the copy's path.
QString makeUserCopy(const QString &id);
// Writes json as the user's copy of id, whole or not at all, once it parses as a template;
// throws Error (where the JSON or the template is wrong, or why the file cannot be written).
void saveUserCopy(const QString &id, const QByteArray &json);
// Deletes the user's copy of id, so the shipped template is used again; false when there was none.
bool removeUserCopy(const QString &id);
} // namespace TemplateLibrary
