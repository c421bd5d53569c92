#pragma once

#include <QDialog>

struct AppContext;
class LedgerModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class ScanField;

// One hand adjustment: scan or type the SKU, +/− quantity, a reason from the list (Other needs
// a note), and the SKU's ledger below so the person sees what they are correcting.
class AdjustDialog : public QDialog {
    Q_OBJECT
public:
    explicit AdjustDialog(AppContext &context, qint64 skuId = 0, QWidget *parent = nullptr);

    ScanField *skuField() const { return m_scan; }
    QSpinBox *quantityBox() const { return m_quantity; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *noteField() const { return m_note; }
    QLabel *statusLabel() const { return m_status; }
    qint64 skuId() const { return m_skuId; }
    void setSku(qint64 skuId);
    bool apply();

private:
    void say(const QString &text, bool bad);

    AppContext &m_context;
    qint64 m_skuId = 0;
    ScanField *m_scan;
    QLabel *m_skuLabel;
    QSpinBox *m_quantity;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_status;
    LedgerModel *m_ledger;
};
