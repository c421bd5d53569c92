#pragma once

#include <QString>

// The outcome of an operation a person asked for that may be refused for a reason
// they should read ("order is Submitted: edits are refused").
struct Result {
    bool ok = true;
    QString message;

    static Result success() { return {}; }
    static Result failure(const QString &why) { return {false, why}; }
    explicit operator bool() const { return ok; }
};
