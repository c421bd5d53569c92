#pragma once

#include "CupsSpooler.h"

#include <QString>

// A CUPS printer's state in warehouse words, and whether labels may go to it now.
namespace PrinterHealth {
// Why the printer cannot take labels now (no server, no such queue, stopped, rejecting jobs, out of
// labels, jammed, offline, door open, …), in words; empty when it can.
QString trouble(const QString &name, const CupsSpooler::Printer &printer);
// State and reasons in words, for the print queue view and `print --printer-status`.
QString describe(const CupsSpooler::Printer &printer);
// A queue printer's state in words, asking CUPS; empty for dir: and pdf: printers.
QString describePrinter(const QString &printer);
// Why a CUPS job will not print (cancelled, aborted with the server's message, gone), in words;
// empty while it still may, or did.
QString jobLost(int jobId, const CupsSpooler::Job &job);
// One printer-state-reasons keyword ("media-empty-error") in words.
QString reasonText(const QString &keyword);
} // namespace PrinterHealth
