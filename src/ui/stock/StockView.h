#pragma once

#include "ui/View.h"

struct AppContext;
class LedgerModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StockModel;

// The stock desk: SKUs with on hand / reserved / pre-packed / available and a warning mark (text
// and icon, not colour alone), the selected SKU's ledger below, and Adjust / Receive / Count /
// Returns. Dialogs open window-modal without blocking, and the lists reload when they close.
class StockView : public View {
    Q_OBJECT
public:
    explicit StockView(AppContext &context, QWidget *parent = nullptr);

    StockModel *model() const { return m_model; }
    LedgerModel *ledger() const { return m_ledger; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *adjustButton() const { return m_adjust; }
    QPushButton *receiveButton() const { return m_receive; }
    QPushButton *countButton() const { return m_count; }
    QPushButton *returnsButton() const { return m_returns; }
    qint64 selectedSku() const;
    void selectSku(qint64 skuId);

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

    void openAdjust();
    void openReceive();
    void openCount();
    void openReturns();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showDialog(QDialog *dialog);
    void updateLedger();

    AppContext &m_context;
    StockModel *m_model;
    LedgerModel *m_ledger;
    QLineEdit *m_search;
    QCheckBox *m_onlyRisk;
    QPushButton *m_adjust;
    QPushButton *m_receive;
    QPushButton *m_count;
    QPushButton *m_returns;
    QTableView *m_table;
    QTableView *m_ledgerTable;
    QLabel *m_ledgerTitle;
    QLabel *m_summary;
};
