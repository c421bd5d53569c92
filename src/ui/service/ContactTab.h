#pragma once

#include "reports/MessageTemplate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ContactModel;
struct AppContext;
struct ContactRow;

// One service-desk list: payment reminders (催付) or shipping notices. Pick an order, read the
// message filled from the channel's template (missing data shown in 【缺…】 and refused), copy it
// (which records who contacted the buyer, so nobody does it twice), or export an SMS batch.
class ContactTab : public QWidget {
    Q_OBJECT
public:
    ContactTab(AppContext &context, ContactKind kind, QWidget *parent = nullptr);

    void reload();
    ContactModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *preview() const { return m_preview; }
    QComboBox *channelBox() const { return m_channel; }
    // Copies the selected order's message and records the contact (the button's action).
    bool copySelected();
    void exportBatch();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePreview();
    const ContactRow *selected() const;
    Channel channel() const;

    AppContext &m_context;
    ContactKind m_kind;
    ContactModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_channel;
    QCheckBox *m_showContacted;
    QLabel *m_channelLabel;
    QLabel *m_summary;
    QLabel *m_warning;
    QPlainTextEdit *m_preview;
    QPushButton *m_copy;
    QPushButton *m_export;
};
