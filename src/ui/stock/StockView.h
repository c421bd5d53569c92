#pragma once

#include "ui/View.h"

struct AppContext;
struct CsvReport;
class LedgerModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;
class SkuDialog;
class StockModel;

// The stock desk: SKUs with on hand / reserved / pre-packed / available and a warning mark (text
// and icon, not colour alone), the selected SKU's ledger below, and Adjust / Receive / Count /
// Returns. The catalog is kept here too: New SKU (Ctrl+N, or offered when a scan finds nothing),
// Edit (Enter or double-click on a row),
// and the Files menu (catalog CSV in/out, stock levels in, shop stock out), all through src/stock.
// Dialogs open window-modal without blocking, and the lists reload when they close.
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
    QPushButton *newSkuButton() const { return m_newSku; }
    QToolButton *filesButton() const { return m_files; }
    qint64 selectedSku() const;
    void selectSku(qint64 skuId);

    QList<QPair<QString, QString>> shortcuts() const override;
    void activate() override;
    void databaseChanged() override;

    void openAdjust();
    void openReceive();
    void openCount();
    void openReturns();
    SkuDialog *openSku(qint64 skuId); // 0: a new SKU
    void importCatalog();
    void exportCatalog();
    void importStock(bool setLevels); // false: receipts added to on hand
    void exportShopStock();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showDialog(QDialog *dialog);
    void showImportReport(const QString &title, const QString &summary, const CsvReport &report);
    QMenu *buildFilesMenu();
    void retranslateFilesMenu();
    static bool looksLikeBarcode(const QString &text);
    void offerNewSku(const QString &barcode);
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
    QPushButton *m_newSku;
    QToolButton *m_files;
    QTableView *m_table;
    QTableView *m_ledgerTable;
    QLabel *m_ledgerTitle;
    QLabel *m_summary;
};
