#include "ui/packing/PackOutcome.h"

using Kind = ScanFeedback::Kind;
using Look = StatusPanel::Look;
using Sound = AlarmCue::Sound;

StatusPanel::Look PackOutcome::look(const ScanFeedback &f)
{
    switch (f.kind) {
    case Kind::ParcelOpened:
    case Kind::Acknowledged:
        return Look::ScanItems; // the next thing to do, never "READY" with a parcel on the bench
    case Kind::Counted:
        return Look::ItemOk;
    case Kind::Packed:
        return Look::Packed;
    case Kind::AlreadyPacked:
        return Look::AlreadyPacked;
    case Kind::WrongItem:
    case Kind::TooMany:
    case Kind::UnknownCode:
    case Kind::WeightMismatch:
        return Look::Wrong;
    case Kind::Stop:
        return Look::Stop;
    default:
        return StatusPanel::lookOf(f.tone);
    }
}

std::optional<AlarmCue::Sound> PackOutcome::sound(const ScanFeedback &f)
{
    switch (f.kind) {
    case Kind::Counted:
        return Sound::Item;
    case Kind::Packed:
        return Sound::Packed;
    case Kind::NeedsAcknowledge:
        return Sound::Attention;
    case Kind::AlreadyPacked:
        return Sound::AlreadyPacked;
    case Kind::Stop:
        return Sound::Stop;
    default:
        break;
    }
    if (f.tone == ScanFeedback::Tone::Error)
        return Sound::Error;
    return std::nullopt;
}
