#pragma once

#include <QDialog>
#include <QMap>

struct AppContext;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class ScanField;

// Receiving by scanning: each scan adds the quantity in the quantity box (1 unless typed), the
// list shows what will be booked, Post books it all as "received" in one transaction.
class ReceiveDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReceiveDialog(AppContext &context, QWidget *parent = nullptr);

    ScanField *scanField() const { return m_scan; }
    QSpinBox *quantityBox() const { return m_quantity; }
    QLabel *statusLabel() const { return m_status; }
    int pendingUnits() const;
    // Books the list; false (and the reason shown) when refused.
    bool post();

private:
    void add(qint64 skuId, int qty);
    void refreshTable();
    void say(const QString &text, bool bad);

    AppContext &m_context;
    ScanField *m_scan;
    QSpinBox *m_quantity;
    QLineEdit *m_ref;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<qint64> m_order;       // first-scan order
    QMap<qint64, int> m_pending; // sku → units
};
