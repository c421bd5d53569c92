#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPdfWriter;

// A sheet for an office printer (a handover manifest) printed through CUPS as one job and followed
// until CUPS says it printed: handed over is not printed. The printer is asked first, so a missing,
// stopped or rejecting queue refuses the sheet before a byte goes, and is never swapped for the
// default printer as QPrinter does.
class SpooledDocument {
    Q_DECLARE_TR_FUNCTIONS(SpooledDocument)

public:
    enum class State { Waiting, Printed, Failed };

    // Paints the PDF, checks the queue and hands it over. False with message() set when the
    // printer cannot take it now or refused it.
    bool print(const QString &printer, const QString &title, const std::function<void(QPdfWriter &)> &paint);
    // Asks CUPS where the job is now; message() says it in words.
    State poll();

    int cupsJob() const { return m_job; }
    QString printer() const { return m_printer; }
    State state() const { return m_state; }
    QString message() const { return m_message; }

private:
    QString m_printer;
    int m_job = 0;
    State m_state = State::Failed;
    QString m_message;
};
