#pragma once

#include "packing/ScanFeedback.h"
#include "ui/packing/AlarmCue.h"
#include "ui/packing/StatusPanel.h"

#include <optional>

// What a pack-station outcome looks and sounds like: one table, so every outcome has its own
// look and its own sound (or deliberately none) and the two never disagree.
namespace PackOutcome {
StatusPanel::Look look(const ScanFeedback &feedback);
std::optional<AlarmCue::Sound> sound(const ScanFeedback &feedback);
} // namespace PackOutcome
