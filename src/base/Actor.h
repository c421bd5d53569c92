#pragma once

#include <QString>

// Who is doing a thing and where: written on every audit and ledger row.
struct Actor {
    QString operatorName;
    QString station;
};
