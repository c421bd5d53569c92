#include "ui/stock/SkuDialog.h"

#include "db/Database.h"
#include "stock/SkuCatalog.h"
#include "ui/AppContext.h"
#include "ui/OpenFile.h"
#include "ui_SkuDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QImageReader>
#include <QKeyEvent>
#include <QPushButton>

namespace {
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
}

SkuDialog::SkuDialog(AppContext &context, qint64 skuId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SkuDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    if (skuId > 0)
        m_sku = SkuCatalog::byId(context.database.connection(), skuId).value_or(Sku{});
    // The scanner ends each code with Enter: it adds the barcode and must not press Save.
    m_ui->barcodeEntry->installEventFilter(this);
    m_ui->barcodeList->installEventFilter(this);
    for (QAbstractButton *b : m_ui->buttons->buttons())
        static_cast<QPushButton *>(b)->setAutoDefault(false);
    connect(m_ui->addBarcode, &QPushButton::clicked, this, [this] {
        if (addBarcode(m_ui->barcodeEntry->text()))
            m_ui->barcodeEntry->clear();
        m_ui->barcodeEntry->setFocus();
    });
    connect(m_ui->removeBarcode, &QPushButton::clicked, this, &SkuDialog::removeSelectedBarcodes);
    connect(m_ui->browseImage, &QPushButton::clicked, this, &SkuDialog::chooseImage);
    connect(m_ui->imagePath, &QLineEdit::textChanged, this, &SkuDialog::updatePreview);
    load();
    retranslate();
    (m_sku.id > 0 ? m_ui->title : m_ui->code)->setFocus();
}

SkuDialog::~SkuDialog() = default;

void SkuDialog::load()
{
    m_ui->code->setText(m_sku.code);
    m_ui->code->setReadOnly(m_sku.id > 0);
    if (m_sku.id > 0) // read-only should look it, not only refuse typing
        m_ui->code->setStyleSheet(QStringLiteral("QLineEdit { background: palette(window); }"));
    m_ui->barcodeList->clear();
    m_ui->barcodeList->addItems(m_sku.barcodes);
    m_ui->title->setText(m_sku.title);
    m_ui->spec->setText(m_sku.spec);
    m_ui->location->setText(m_sku.location);
    m_ui->weight->setValue(m_sku.weightGrams);
    const QDate presale = QDate::fromString(m_sku.presaleShipDate, kDateFormat);
    m_ui->presale->setChecked(presale.isValid());
    m_ui->presaleDate->setDate(presale.isValid() ? presale : QDate::currentDate().addDays(7));
    m_ui->safety->setValue(m_sku.safetyStock);
    m_ui->threshold->setValue(m_sku.lowStockThreshold);
    m_ui->imagePath->setText(m_sku.imagePath);
    updatePreview();
}

QStringList SkuDialog::barcodes() const
{
    QStringList out;
    for (int i = 0; i < m_ui->barcodeList->count(); ++i)
        out << m_ui->barcodeList->item(i)->text();
    return out;
}

bool SkuDialog::addBarcode(const QString &typed)
{
    const QString code = typed.trimmed();
    if (code.isEmpty())
        return false;
    if (barcodes().contains(code)) {
        showError(SkuField::Barcodes, tr("%1 is already in the list.").arg(code));
        return false;
    }
    const QSqlDatabase db = m_context.database.connection();
    if (const auto owner = SkuEditor::barcodeOwner(db, code, m_sku.id)) {
        const auto other = SkuCatalog::byId(db, SkuCatalog::idByCode(db, *owner).value_or(0));
        showError(
            SkuField::Barcodes,
            tr("%1 already belongs to %2 (%3). One barcode can only scan as one SKU.")
                .arg(code, *owner, other ? QString(other->title + u' ' + other->spec).trimmed() : QString()));
        return false;
    }
    m_ui->barcodeList->addItem(code);
    m_ui->barcodeList->scrollToBottom();
    showError(SkuField::Barcodes, {});
    return true;
}

void SkuDialog::removeSelectedBarcodes()
{
    qDeleteAll(m_ui->barcodeList->selectedItems());
    showError(SkuField::Barcodes, {});
}

Sku SkuDialog::entered() const
{
    Sku s = m_sku;
    s.code = m_ui->code->text().trimmed();
    s.barcodes = barcodes();
    s.title = m_ui->title->text().trimmed();
    s.spec = m_ui->spec->text().trimmed();
    s.location = m_ui->location->text().trimmed();
    s.weightGrams = m_ui->weight->value();
    s.presaleShipDate =
        m_ui->presale->isChecked() ? m_ui->presaleDate->date().toString(kDateFormat) : QString();
    s.safetyStock = m_ui->safety->value();
    s.lowStockThreshold = m_ui->threshold->value();
    s.imagePath = m_ui->imagePath->text().trimmed();
    return s;
}

bool SkuDialog::save()
{
    // A barcode typed but not yet added counts: people forget the Enter.
    if (!m_ui->barcodeEntry->text().trimmed().isEmpty()) {
        if (!addBarcode(m_ui->barcodeEntry->text()))
            return false;
        m_ui->barcodeEntry->clear();
    }
    Sku sku = entered();
    const QList<SkuProblem> problems = SkuEditor::problems(m_context.database.connection(), sku);
    showProblems(problems);
    if (!problems.isEmpty())
        return false;
    // Checked again inside the transaction: another station may have taken the code or a barcode,
    // or changed this very SKU since the form was filled.
    const Result<> saved = SkuEditor::save(m_context.database.connection(), m_context.actor, sku, &m_sku);
    if (!saved) {
        m_ui->status->setText(QStringLiteral("× ") + saved.message);
        return false;
    }
    m_sku = sku;
    return true;
}

void SkuDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SkuDialog::showProblems(const QList<SkuProblem> &problems)
{
    // The picture's note belongs to the preview, not to saving.
    for (SkuField f : {SkuField::Code, SkuField::Barcodes, SkuField::Title, SkuField::Weight,
                       SkuField::PresaleShipDate, SkuField::SafetyStock, SkuField::LowStockThreshold})
        showError(f, {});
    m_ui->status->clear();
    QStringList elsewhere;
    for (const SkuProblem &p : problems) {
        if (errorLabel(p.field))
            showError(p.field, p.message);
        else
            elsewhere << QStringLiteral("× ") + p.message;
    }
    m_ui->status->setText(elsewhere.join(u'\n'));
    if (!problems.isEmpty())
        if (QWidget *w = fieldWidget(problems.first().field))
            w->setFocus();
}

void SkuDialog::showError(SkuField field, const QString &text)
{
    QLabel *label = errorLabel(field);
    if (!label)
        return;
    // The × carries the meaning along with the red, for colour-blind staff.
    label->setText(text.isEmpty() ? QString() : QStringLiteral("× ") + text);
    label->setVisible(!text.isEmpty());
}

QString SkuDialog::errorText(SkuField field) const
{
    const QLabel *label = errorLabel(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QLabel *SkuDialog::errorLabel(SkuField field) const
{
    switch (field) {
    case SkuField::Code:
        return m_ui->codeError;
    case SkuField::Barcodes:
        return m_ui->barcodesError;
    case SkuField::Title:
        return m_ui->titleError;
    case SkuField::Weight:
        return m_ui->weightError;
    case SkuField::PresaleShipDate:
        return m_ui->presaleError;
    case SkuField::SafetyStock:
        return m_ui->safetyError;
    case SkuField::LowStockThreshold:
        return m_ui->thresholdError;
    case SkuField::ImagePath:
        return m_ui->imageError;
    default:
        return nullptr;
    }
}

QWidget *SkuDialog::fieldWidget(SkuField field) const
{
    switch (field) {
    case SkuField::Code:
        return m_ui->code;
    case SkuField::Barcodes:
        return m_ui->barcodeEntry;
    case SkuField::Title:
        return m_ui->title;
    case SkuField::Weight:
        return m_ui->weight;
    case SkuField::PresaleShipDate:
        return m_ui->presaleDate;
    case SkuField::SafetyStock:
        return m_ui->safety;
    case SkuField::LowStockThreshold:
        return m_ui->threshold;
    case SkuField::ImagePath:
        return m_ui->imagePath;
    default:
        return nullptr;
    }
}

void SkuDialog::chooseImage()
{
    const QString path = OpenFile::ask(this, tr("Picture of the item"),
                                       tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp);;All files (*)"));
    if (!path.isEmpty())
        m_ui->imagePath->setText(path);
}

void SkuDialog::updatePreview()
{
    const QString path = m_ui->imagePath->text().trimmed();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize box = m_ui->imagePreview->minimumSize() - QSize(4, 4);
    if (!path.isEmpty() && reader.canRead()) {
        reader.setScaledSize(reader.size().scaled(box, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull()) {
            m_ui->imagePreview->setPixmap(QPixmap::fromImage(image));
            showError(SkuField::ImagePath, {});
            return;
        }
    }
    m_ui->imagePreview->setPixmap({});
    m_ui->imagePreview->setText(path.isEmpty() ? tr("No picture") : tr("Cannot show this file"));
    // Not a refusal: the file may sit on another computer. Said in words so nobody wonders.
    showError(SkuField::ImagePath,
              path.isEmpty() ? QString() : tr("No picture can be read from %1.").arg(path));
}

bool SkuDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_ui->barcodeEntry && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            // Cleared either way: a refused code is named in the message, the next scan starts fresh.
            addBarcode(m_ui->barcodeEntry->text());
            m_ui->barcodeEntry->clear();
            return true;
        }
        if (watched == m_ui->barcodeList && key == Qt::Key_Delete) {
            removeSelectedBarcodes();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SkuDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SkuDialog::retranslate()
{
    setWindowTitle(m_sku.id > 0 ? tr("Edit SKU %1").arg(m_sku.code) : tr("New SKU"));
    // Our own words: Qt's button texts stay English where its translations are not installed.
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (m_sku.id > 0)
        m_ui->code->setToolTip(tr("The code cannot change: shop orders find the SKU by it."));
    updatePreview();
}
