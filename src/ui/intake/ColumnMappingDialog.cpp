#include "ColumnMappingDialog.h"

#include "base/Error.h"
#include "intake/CsvSource.h"
#include "intake/FieldText.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewRows = 8;
constexpr int kSampleRows = 500; // rows read for status values

QComboBox *stateBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ColumnMappingDialog::tr("not paid: keep aside"),
                 StatusVocabulary::stateCode(PlatformState::Unpaid));
    box->addItem(ColumnMappingDialog::tr("paid: to review"),
                 StatusVocabulary::stateCode(PlatformState::Paid));
    box->addItem(ColumnMappingDialog::tr("shipped on the platform"),
                 StatusVocabulary::stateCode(PlatformState::Shipped));
    box->addItem(ColumnMappingDialog::tr("closed / refunded"),
                 StatusVocabulary::stateCode(PlatformState::Closed));
    return box;
}
} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_platform(new QComboBox(this))
    , m_sampleLabel(new QLabel(tr("No sample file: pick one to choose from its header."), this))
    , m_fields(new QTableWidget(this))
    , m_statuses(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Column mapping"));
    resize(1000, 700);
    m_platform->setEditable(true);
    m_platform->addItems(ColumnMappings::platforms(db));
    m_platform->setToolTip(tr("pdd and jd are shipped; type a new name for a shop's own sheet."));

    auto *sampleButton = new QPushButton(tr("Sample &file…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Mapping:"), this));
    top->addWidget(m_platform, 1);
    top->addWidget(sampleButton);
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_platform);

    m_fields->setColumnCount(2);
    m_fields->setHorizontalHeaderLabels({tr("Packline field"), tr("Column in the file")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    const QList<OrderField> fields = OrderFields::all();
    m_fields->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        auto *name = new QTableWidgetItem(OrderFields::displayName(fields.at(i)));
        name->setFlags(Qt::ItemIsEnabled);
        if (ColumnMapping::requiredFields().contains(fields.at(i)))
            name->setText(name->text() + QStringLiteral(" *"));
        m_fields->setItem(i, 0, name);
        auto *box = new QComboBox(m_fields);
        box->setEditable(true);
        m_fields->setCellWidget(i, 1, box);
        connect(box, &QComboBox::currentTextChanged, this, [this] {
            fillStatuses();
            updatePreview();
        });
    }
    m_fields->resizeColumnToContents(0);

    m_statuses->setColumnCount(2);
    m_statuses->setHorizontalHeaderLabels({tr("Status text"), tr("Means")});
    m_statuses->horizontalHeader()->setStretchLastSection(true);
    m_statuses->verticalHeader()->hide();

    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problem->setWordWrap(true);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_fields);
    upper->addWidget(m_statuses);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_sampleLabel);
    layout->addWidget(upper, 3);
    layout->addWidget(new QLabel(tr("Preview: the first rows as they will be read"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(sampleButton, &QPushButton::clicked, this, &ColumnMappingDialog::pickSample);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_platform, &QComboBox::currentTextChanged, this, &ColumnMappingDialog::load);
    load();
}

void ColumnMappingDialog::setPlatform(const QString &platform)
{
    m_platform->setCurrentText(platform);
    load();
}

void ColumnMappingDialog::pickSample()
{
    const QString path =
        FileChooser::open(this, tr("Sample export"), tr("Order exports (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setSampleFile(path);
}

void ColumnMappingDialog::setSampleFile(const QString &path)
{
    try {
        CsvSource source(path);
        m_header.clear();
        for (const QString &h : source.header())
            m_header << FieldText::trimmed(h);
        m_rows.clear();
        CsvRecord record;
        while (m_rows.size() < kSampleRows && source.next(record))
            if (record.error.isEmpty() && !record.isBlank())
                m_rows << record.fields;
        m_sampleLabel->setText(
            tr("Sample: %1 (%2, %3 columns)")
                .arg(QFileInfo(path).fileName(), TextEncodings::displayName(source.encoding()))
                .arg(m_header.size()));
    } catch (const Error &e) {
        MessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    load();
}

QString ColumnMappingDialog::columnFor(OrderField field) const
{
    auto *box = qobject_cast<QComboBox *>(m_fields->cellWidget(int(field), 1));
    return box ? box->currentText().trimmed() : QString();
}

void ColumnMappingDialog::setColumnFor(OrderField field, const QString &header)
{
    if (auto *box = qobject_cast<QComboBox *>(m_fields->cellWidget(int(field), 1)))
        box->setCurrentText(header);
}

void ColumnMappingDialog::load()
{
    const ColumnMapping m = ColumnMappings::load(m_db, m_platform->currentText().trimmed());
    for (OrderField f : OrderFields::all()) {
        auto *box = qobject_cast<QComboBox *>(m_fields->cellWidget(int(f), 1));
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(QString());
        box->addItems(m_header);
        // The mapping's first name the sample has, else its first name.
        const QStringList names = m.columns.value(f);
        QString chosen = names.value(0);
        for (const QString &n : names)
            if (m_header.contains(n)) {
                chosen = n;
                break;
            }
        box->setCurrentText(chosen);
    }
    m_statuses->setRowCount(0);
    for (auto it = m.statuses.cbegin(); it != m.statuses.cend(); ++it) {
        const int row = m_statuses->rowCount();
        m_statuses->insertRow(row);
        m_statuses->setItem(row, 0, new QTableWidgetItem(it.key()));
        QComboBox *box = stateBox(m_statuses);
        box->setCurrentIndex(box->findData(StatusVocabulary::stateCode(it.value())));
        m_statuses->setCellWidget(row, 1, box);
    }
    fillStatuses();
    updatePreview();
}

// Status texts the sample uses and the table does not have yet (defaulting to "paid").
void ColumnMappingDialog::fillStatuses()
{
    const int column = int(m_header.indexOf(columnFor(OrderField::Status)));
    if (column < 0)
        return;
    QStringList known;
    for (int r = 0; r < m_statuses->rowCount(); ++r)
        known << m_statuses->item(r, 0)->text();
    for (const QStringList &row : m_rows) {
        const QString v = FieldText::trimmed(row.value(column));
        if (v.isEmpty() || known.contains(v))
            continue;
        known << v;
        const int r = m_statuses->rowCount();
        m_statuses->insertRow(r);
        m_statuses->setItem(r, 0, new QTableWidgetItem(v));
        QComboBox *box = stateBox(m_statuses);
        box->setCurrentIndex(1);
        m_statuses->setCellWidget(r, 1, box);
    }
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping m;
    m.platform = m_platform->currentText().trimmed();
    for (OrderField f : OrderFields::all()) {
        const QString c = columnFor(f);
        if (!c.isEmpty())
            m.columns.insert(f, {c});
    }
    for (int r = 0; r < m_statuses->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_statuses->cellWidget(r, 1));
        if (const auto state = StatusVocabulary::stateFromCode(box->currentData().toString()))
            m.statuses.insert(m_statuses->item(r, 0)->text(), *state);
    }
    return m;
}

void ColumnMappingDialog::updatePreview()
{
    const ColumnMapping m = mapping();
    const Result<> usable = m.usable();
    m_problem->setText(usable ? QString() : QStringLiteral("⚠ ") + usable.message);
    QList<OrderField> shown;
    QStringList labels;
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
        shown << it.key();
        labels << OrderFields::displayName(it.key());
    }
    m_preview->clear();
    m_preview->setColumnCount(int(shown.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    const int rows = int(std::min<qsizetype>(kPreviewRows, m_rows.size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < shown.size(); ++c) {
            const int column = int(m_header.indexOf(m.columns.value(shown.at(c)).value(0)));
            const QString value = column >= 0 ? FieldText::trimmed(m_rows.at(r).value(column)) : QString();
            m_preview->setItem(r, c, new QTableWidgetItem(column >= 0 ? value : tr("(no such column)")));
        }
    }
    m_preview->resizeColumnsToContents();
}

bool ColumnMappingDialog::save()
{
    const ColumnMapping m = mapping();
    if (m.platform.isEmpty() || m.platform == u"auto" || m.platform == u"taobao") {
        MessageBox::warning(this, windowTitle(), tr("Give the mapping a name (not auto or taobao)."));
        return false;
    }
    if (const Result<> usable = m.usable(); !usable) {
        MessageBox::warning(this, windowTitle(), usable.message);
        return false;
    }
    try {
        ColumnMappings::save(m_db, m);
    } catch (const Error &e) {
        MessageBox::critical(this, windowTitle(), e.message());
        return false;
    }
    return true;
}
