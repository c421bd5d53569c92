#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ShippingExportDialog;
}
struct AppContext;

// 回传 from the GUI (File ▸ Send tracking numbers to the shop, Ctrl+E): writes the bulk-shipping
// upload through ShippingExport, then, on the person's word that the upload worked, marks exactly
// the orders in that file as synced back (orders shipped meanwhile wait for the next file).
class ShippingExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShippingExportDialog(AppContext &context, QWidget *parent = nullptr);
    ~ShippingExportDialog() override;

    void setFile(const QString &path);
    QString summaryText() const;
    QString problemsText() const;

public slots:
    void writeFile();
    void confirmUploaded();

private:
    void browse();

    AppContext &m_context;
    std::unique_ptr<Ui::ShippingExportDialog> m_ui;
    QString m_written; // the file the confirm button marks
};
