#pragma once

#include "stock/Sku.h"
#include "stock/SkuEditor.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SkuDialog;
}
struct AppContext;
class QLabel;
class QLineEdit;

// Creating or editing one catalog entry (form in ui/SkuDialog.ui). Barcodes are scanned into
// their own field (code + Enter adds it; Enter does not save); one already on another SKU is
// refused at once, naming that SKU. Save goes through SkuEditor (validated, audited, one
// transaction); each problem is shown under the field it is about. The code is read-only when
// editing: shop order lines find the SKU by it.
class SkuDialog : public QDialog {
    Q_OBJECT
public:
    // skuId 0: a new SKU.
    explicit SkuDialog(AppContext &context, qint64 skuId = 0, QWidget *parent = nullptr);
    ~SkuDialog() override;

    qint64 skuId() const { return m_sku.id; } // set once a new SKU is saved
    QStringList barcodes() const;
    // Adds a scanned or typed barcode, or says next to the list why not.
    bool addBarcode(const QString &code);
    bool save();
    QString errorText(SkuField field) const; // what is shown under that field ("" when fine)
    Ui::SkuDialog *form() const { return m_ui.get(); }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    Sku entered() const;
    void showProblems(const QList<SkuProblem> &problems);
    void showError(SkuField field, const QString &text);
    QLabel *errorLabel(SkuField field) const;
    QWidget *fieldWidget(SkuField field) const;
    void removeSelectedBarcodes();
    void chooseImage();
    void updatePreview();
    void retranslate();

    std::unique_ptr<Ui::SkuDialog> m_ui;
    AppContext &m_context;
    Sku m_sku; // as stored (keeps what the form does not show, like the price)
};
