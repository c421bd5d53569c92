#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <array>
#include <cstddef>
#include <optional>

// An enum's codes as the database stores them, written once: the enum's value i is codes[i], so
// the table lists the codes in the enum's order. Text is turned into the enum at the database's
// edge; the code compares enums, never strings.
//
//   constexpr CodeTable<JobState, 6> kJobStates{{"queued", "printing", …}};
//   kJobStates.code(JobState::Done) == "done"; kJobStates.read("done") == JobState::Done
template <class Enum, std::size_t N> class CodeTable {
public:
    constexpr explicit CodeTable(const std::array<const char *, N> &codes)
        : m_codes(codes)
    {
    }
    QString code(Enum value) const { return QString::fromLatin1(m_codes.at(std::size_t(value))); }
    // nullopt for a code this table does not know (a newer Packline's, or a typo).
    std::optional<Enum> fromCode(const QString &code) const
    {
        for (std::size_t i = 0; i < N; ++i)
            if (code == QLatin1String(m_codes[i]))
                return Enum(i);
        return std::nullopt;
    }
    // A code read from the database: one this table does not know was written by a newer Packline,
    // and is refused (Error) rather than guessed.
    Enum read(const QString &code) const
    {
        if (const std::optional<Enum> value = fromCode(code))
            return *value;
        throw Error(
            QCoreApplication::translate(
                "CodeTable", "Unknown code \"%1\" in the database: it was written by a newer Packline.")
                .arg(code));
    }
    QList<Enum> all() const
    {
        QList<Enum> values;
        for (std::size_t i = 0; i < N; ++i)
            values << Enum(i);
        return values;
    }

private:
    std::array<const char *, N> m_codes;
};
