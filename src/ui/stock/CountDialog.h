#pragma once

#include <QDialog>

struct AppContext;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class ScanField;

// A stock count (盘点): start one for a bin range (or continue an open one), scan or type the
// counted quantities, review the differences, post them as one batch.
class CountDialog : public QDialog {
    Q_OBJECT
public:
    explicit CountDialog(AppContext &context, QWidget *parent = nullptr);

    qint64 countId() const { return m_countId; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    ScanField *scanField() const { return m_scan; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    bool start();
    bool post();
    bool cancelCount();

private:
    void open(qint64 countId);
    void refresh();
    void say(const QString &text, bool bad);

    AppContext &m_context;
    qint64 m_countId = 0;
    bool m_filling = false;
    QStackedWidget *m_pages;
    QLineEdit *m_from;
    QLineEdit *m_to;
    ScanField *m_scan;
    QSpinBox *m_quantity;
    QTableWidget *m_table;
    QLabel *m_header;
    QLabel *m_summary;
    QLabel *m_status;
};
