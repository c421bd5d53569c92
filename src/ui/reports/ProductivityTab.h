#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
struct AppContext;

// Orders reviewed, printed and packed per operator on a day, and per active hour.
class ProductivityTab : public QWidget {
    Q_OBJECT
public:
    explicit ProductivityTab(AppContext &context, QWidget *parent = nullptr);

    void reload();
    QDateEdit *dayEdit() const { return m_day; }
    QTableWidget *table() const { return m_table; }
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    QDateEdit *m_day;
    QLabel *m_dayLabel;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_export;
};
