#pragma once

#include "base/Error.h"

// The connection to the database server went away (the server restarted, the network dropped
// an idle link). The next statement on the connection connects again (Reconnection), so a person
// can simply try again. retryable: the server had not been asked to commit, so it rolled the
// transaction back and the same work can run again from the start (Transaction::run does);
// false when the link broke during COMMIT, when nobody can tell whether the change was saved.
class ConnectionLostError : public Error {
public:
    ConnectionLostError(const QString &message, bool retryable)
        : Error(message)
        , m_retryable(retryable)
    {
    }
    bool retryable() const { return m_retryable; }

private:
    bool m_retryable;
};
