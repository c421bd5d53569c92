#pragma once

#include "Command.h"

#include <optional>

// The label-printer part of `packline print`: a printer's settings (--printer-settings NAME with
// --language, --dpi, --darkness, …) and its test label (--test-label NAME). Kept apart so the
// print command's other options stay where they are.
namespace PrinterSetupOptions {
void add(QCommandLineParser &parser);
// The exit code when one of these options was given; nullopt when the print command goes on.
std::optional<int> run(CliContext &c);
} // namespace PrinterSetupOptions
