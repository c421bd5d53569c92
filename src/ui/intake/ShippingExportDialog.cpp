#include "ShippingExportDialog.h"

#include "ui_ShippingExportDialog.h"

#include "base/Clock.h"
#include "base/Error.h"
#include "base/PrivateFiles.h"
#include "db/Database.h"
#include "intake/FieldText.h"
#include "intake/ShippingExport.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

ShippingExportDialog::ShippingExportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ShippingExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->platform->addItem(tr("Taobao / Tmall (批量发货)"), QStringLiteral("taobao"));
    m_ui->since->setDateTime(QDateTime::currentDateTime().addDays(-3));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->file->setText(QDir(folder).filePath(
        QStringLiteral("批量发货_%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmm")))));
    connect(m_ui->browse, &QPushButton::clicked, this, &ShippingExportDialog::browse);
    connect(m_ui->write, &QPushButton::clicked, this, &ShippingExportDialog::writeFile);
    connect(m_ui->confirm, &QPushButton::clicked, this, &ShippingExportDialog::confirmUploaded);
}

ShippingExportDialog::~ShippingExportDialog() = default;

void ShippingExportDialog::setFile(const QString &path)
{
    m_ui->file->setText(path);
}

QString ShippingExportDialog::summaryText() const
{
    return m_ui->summary->text();
}

QString ShippingExportDialog::problemsText() const
{
    return m_ui->problems->toPlainText();
}

void ShippingExportDialog::browse()
{
    const QString path =
        FileChooser::save(this, tr("Bulk-shipping upload"), m_ui->file->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_ui->file->setText(path);
}

void ShippingExportDialog::writeFile()
{
    const QString path = m_ui->file->text().trimmed();
    if (path.isEmpty()) {
        m_ui->summary->setText(tr("Say where to write the file."));
        return;
    }
    // The default Documents folder may not exist yet; one made for buyers' data is 0700.
    PrivateFiles::makeFolders(QFileInfo(path).absolutePath());
    const QString since = m_ui->sinceEnabled->isChecked()
                              ? FieldText::chinaTimeToUtc(
                                    m_ui->since->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                    .value_or(QString())
                              : QString();
    try {
        const ShippingExportResult r =
            ShippingExport::write(m_context.database.connection(), m_context.actor,
                                  m_ui->platform->currentData().toString(), path, since, false);
        m_written = r.rows > 0 ? path : QString();
        m_ui->summary->setText(
            r.rows > 0 ? tr("%n order(s) written to %1. Upload it in the shop's back office, then press "
                            "\"The upload worked\".",
                            nullptr, r.rows)
                             .arg(QDir::toNativeSeparators(path))
                       : tr("No shipped orders are waiting to be sent back; the file has only its header."));
        m_ui->problems->setPlainText(r.problems.join(u'\n'));
        m_ui->confirm->setEnabled(r.rows > 0);
    } catch (const Error &e) {
        m_written.clear();
        m_ui->confirm->setEnabled(false);
        m_ui->summary->setText(e.message());
    }
}

void ShippingExportDialog::confirmUploaded()
{
    if (m_written.isEmpty())
        return;
    try {
        const SyncConfirmation r =
            ShippingExport::confirmUploaded(m_context.database.connection(), m_context.actor,
                                            m_ui->platform->currentData().toString(), m_written);
        m_ui->summary->setText(
            tr("%n order(s) marked as synced back.", nullptr, r.marked) +
            (r.alreadySynced > 0 ? u' ' + tr("%n were already.", nullptr, r.alreadySynced) : QString()));
        m_ui->problems->setPlainText(r.problems.join(u'\n'));
        m_ui->confirm->setEnabled(false);
        m_written.clear();
    } catch (const Error &e) {
        m_ui->summary->setText(e.message());
    }
}
