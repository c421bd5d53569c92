#pragma once

#include <QString>
#include <stdexcept>

// A failure the caller cannot recover from locally (SQL error, broken invariant).
// The message is meant for a person; the UI and CLI show it as is.
class Error : public std::runtime_error {
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};
