#pragma once

#include "MessageTemplate.h"
#include "base/Actor.h"
#include "csv/Csv.h"

#include <QSqlDatabase>
#include <QStringList>

struct ContactExportOptions {
    ContactKind kind = ContactKind::PaymentReminder;
    Channel channel = Channel::Sms;
    Csv::Encoding encoding = Csv::Encoding::Utf8Bom;
    // Payment reminders: only orders the platform closes within this many hours (0: all open).
    int closingWithinHours = 0;
    // Shipping notices: only orders shipped from this UTC time on (empty: all).
    QString shippedSince;
    bool dryRun = false; // write the file but record nothing
    // --force: the file may replace an SQLite file other than the open database (OutputFile).
    OutputFile::Overwrite overwrite = OutputFile::Overwrite::RefuseDatabases;
};

// An order left out of a batch, and why (for the person running it).
struct ContactSkip {
    QString orderNo;
    QString why;
};

struct ContactExportSummary {
    int rows = 0;               // messages written (one per phone)
    int orders = 0;             // orders those messages cover
    int alreadyContacted = 0;   // left out: someone contacted the buyer before
    int closed = 0;             // payment: the platform's window has passed
    QList<ContactSkip> skipped; // masked/landline phones, missing data
};

// Batch export for an SMS tool: a CSV of 手机号码,短信内容 (one row per phone: a buyer with two
// unpaid orders gets one message naming both), and a buyer_contacts row for every order it
// covers, in one transaction with the file — so the next batch never repeats them. Orders whose
// message misses data (no tracking number, no amount…) or whose phone cannot take an SMS
// (masked by the platform, landline) are left out and listed.
namespace ContactExport {
// Throws Error when the file cannot be written (nothing is recorded then).
ContactExportSummary run(const QSqlDatabase &db, const Actor &actor, const QString &path,
                         const ContactExportOptions &options);
} // namespace ContactExport
