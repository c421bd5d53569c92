#pragma once

#include "HeaderMap.h"
#include "StatusVocabulary.h"
#include "base/Actor.h"
#include "base/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

// The generic importer's description of one platform's (or shop's) export: header names per
// field and status texts per state. 拼多多 and 京东 ship as defaults; a saved mapping (table
// intake_mappings) overrides the default of its platform.
struct ColumnMapping {
    QString platform; // pdd | jd | any name a shop chose
    QMap<OrderField, QStringList> columns;
    QMap<QString, PlatformState> statuses;

    QList<FieldAliases> aliases() const;
    StatusVocabulary vocabulary() const;
    // Fields a mapping must name for rows to become orders.
    static QList<OrderField> requiredFields();
    // Whether rows can become orders through it; refused with what is missing, for people.
    Result<> usable() const;

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &json);
    static ColumnMapping builtIn(const QString &platform); // pdd, jd; empty mapping otherwise
    static QStringList builtInPlatforms();
};

namespace ColumnMappings {
// The saved mapping of a platform, else the built-in one.
ColumnMapping load(const QSqlDatabase &db, const QString &platform);
void save(const QSqlDatabase &db, const ColumnMapping &mapping);
QStringList platforms(const QSqlDatabase &db);
// Only the saved ones (made in the import dialog or imported), by name.
QStringList saved(const QSqlDatabase &db);
// A mapping as the JSON a shop shares ({"platform", "columns", "statuses"}, indented). Throws Error
// when there is no mapping of that name.
QByteArray exportJson(const QSqlDatabase &db, const QString &name);
// Saves a shared mapping under `name` (empty: the name in the file), replacing one of that name,
// in a transaction of its own with an audit row; returns the name. Throws Error saying why the
// file is not a usable mapping.
QString importJson(const QSqlDatabase &db, const Actor &actor, const QByteArray &json, const QString &name);
} // namespace ColumnMappings
