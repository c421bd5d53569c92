#pragma once

#include <QString>

// A receiver's phone as the platform wrote it, normalised: mobile 13800138000, landline
// 0571-88888888 (extension kept), or masked 138****8000 when the platform hides it.
struct PhoneNumber {
    QString text;
    bool masked = false;
    bool valid = false; // a whole mobile or landline number (masked ones count when their shape fits)

    static PhoneNumber parse(const QString &raw);
};
