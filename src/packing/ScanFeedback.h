#pragma once

#include <QString>

// What one scan (or key) at the pack station led to: the kind for code, the tone for colour and
// sound, the message for the packer (already translated).
struct ScanFeedback {
    enum class Kind {
        ParcelOpened,     // a parcel is on the bench, scan its items
        NeedsAcknowledge, // buyer message / seller memo to read first
        Acknowledged,
        Counted,
        QuantitySet, // "*6": the next item scan counts 6
        AwaitingWeight,
        Packed,
        WrongItem,
        TooMany,
        UnknownCode,
        Stop,          // Intercepted / Cancelled / OnHold: put the parcel aside
        AlreadyPacked, // the order was packed before (here or at another station): do not pack again
        Refused,       // not packable now (not printed, finish this one first…)
        WeightMismatch,
        Undone,
        NothingToUndo,
        Abandoned, // the parcel was put back unpacked (Esc)
        Idle,
    };
    enum class Tone { Neutral, Good, Warning, Error, Stop };

    Kind kind = Kind::Idle;
    Tone tone = Tone::Neutral;
    QString message;
    int line = -1; // the parcel line it is about, or -1

    bool isError() const { return tone == Tone::Error || tone == Tone::Stop; }
};
