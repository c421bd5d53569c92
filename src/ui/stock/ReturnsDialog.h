#pragma once

#include "stock/StockReturns.h"

#include <QDialog>
#include <optional>

struct AppContext;
class QLabel;
class QLineEdit;
class QTableWidget;
class ScanField;

// Returns receiving (退库验货): scan the parcel's tracking or order number, then check each item:
// scanning an item's barcode counts one good unit; the Good/Damaged columns can be typed.
// Receive puts good units back on hand, writes damaged ones off and closes the after-sales case.
class ReturnsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReturnsDialog(AppContext &context, QWidget *parent = nullptr);

    ScanField *scanField() const { return m_scan; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    const std::optional<ReturnParcel> &parcel() const { return m_parcel; }
    void scan(const QString &code);
    bool receive();

private:
    void showParcel();
    void say(const QString &text, bool bad);

    AppContext &m_context;
    std::optional<ReturnParcel> m_parcel;
    ScanField *m_scan;
    QLabel *m_header;
    QTableWidget *m_table;
    QLineEdit *m_note;
    QLabel *m_status;
};
