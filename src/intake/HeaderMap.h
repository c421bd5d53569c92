#pragma once

#include "OrderField.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <array>

// Which header names a field goes by (first is the usual one, the rest aliases).
struct FieldAliases {
    OrderField field;
    QStringList names;
    bool required = false;
};

// Columns found by header name: platforms add, drop and reorder columns between versions.
class HeaderMap {
public:
    HeaderMap() { m_index.fill(-1); }
    HeaderMap(const QStringList &header, const QList<FieldAliases> &aliases);

    bool has(OrderField field) const { return m_index[size_t(field)] >= 0; }
    int column(OrderField field) const { return m_index[size_t(field)]; }
    // The field's value in a row, trimmed; empty when the column is absent or the row short.
    QString value(const QStringList &row, OrderField field) const;
    // Required fields with no column: the header names to say in the error.
    QStringList missingRequired() const { return m_missing; }
    // Columns no field claimed (kept in the order's raw JSON).
    QList<int> unknownColumns() const { return m_unknown; }
    // The same as (trimmed header name, column), sorted by name then column: the raw JSON's key order.
    struct Unknown {
        QString key;
        int column;
    };
    const QList<Unknown> &unknownByKey() const { return m_unknownByKey; }
    QStringList header() const { return m_header; }
    // The header name a field was found under (for error reports).
    QString headerOf(OrderField field) const;
    // Matching is on the header name without spaces, BOM or surrounding quotes/brackets.
    static QString normalise(const QString &name);

private:
    std::array<int, size_t(OrderField::Count_)> m_index;
    QStringList m_header;
    QStringList m_missing;
    QList<int> m_unknown;
    QList<Unknown> m_unknownByKey;
};
