#pragma once

#include <QString>
#include <QStringList>

// The built packline binary run as a person or a script runs it: its exit code and what it wrote.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// Runs packline with args and waits up to timeoutMs for it to end.
CliRun packline(const QStringList &args, int timeoutMs = 300000);
