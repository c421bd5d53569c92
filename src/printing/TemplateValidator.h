#pragma once

#include "JsonPositions.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// Checks a template's JSON fully before anything prints from it: known keys, element kinds, fields
// (TemplateFields) and symbologies; sizes in physical ranges; boxes on the page; images readable and
// inside the allowed folders. The first problem throws Error naming the file, line, column and why.
class TemplateValidator {
public:
    // origin names the template in messages; folder is where it lives (relative images are read
    // there; empty when it lives nowhere yet).
    TemplateValidator(const QByteArray &json, const QString &origin, const QString &folder);
    void check(const QJsonObject &root) const;

    // The file an image element's source names: relative sources are in the template's folder.
    static QString imagePath(const QString &source, const QString &folder);

    static constexpr double MinPageMm = 10, MaxPageMm = 600;
    static constexpr double MinFontPt = 4, MaxFontPt = 200;
    static constexpr double MinModuleMm = 0.1, MaxModuleMm = 2;

private:
    struct Where {
        QString path;  // JSON path of the object: "elements/3"
        QString label; // for people: "element 4 (text)"
    };
    [[noreturn]] void fail(JsonPositions::Place place, const QString &label, const QString &why) const;
    void allowKeys(const QJsonObject &o, const Where &w, const QStringList &keys) const;
    double number(const QJsonObject &o, const Where &w, const QString &key, double min, double max,
                  std::optional<double> fallback, const QString &what, const QString &unit) const;
    QString text(const QJsonObject &o, const Where &w, const QString &key,
                 const QString &fallback = {}) const;
    void flag(const QJsonObject &o, const Where &w, const QString &key) const;
    void oneOf(const QJsonObject &o, const Where &w, const QString &key, const QStringList &allowed,
               const QString &what) const;
    void fieldsKnown(const QJsonObject &o, const Where &w, const QString &key,
                     const QStringList &known) const;
    void fieldKnown(const QJsonObject &o, const Where &w, const QString &key, const QStringList &known,
                    const QString &what) const;
    void element(const QJsonObject &o, const Where &w, const QString &kind, double pageW, double pageH) const;
    void box(const QJsonObject &o, const Where &w, double pageW, double pageH) const;
    void table(const QJsonObject &o, const Where &w, const QString &kind, double boxW, double boxH) const;
    void image(const QJsonObject &o, const Where &w) const;

    JsonPositions m_positions;
    QString m_origin;
    QString m_folder;
};
