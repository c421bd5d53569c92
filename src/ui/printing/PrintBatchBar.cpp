#include "PrintBatchBar.h"

#include "base/AppSettings.h"
#include "base/Error.h"
#include "db/Database.h"
#include "orders/Couriers.h"
#include "printing/PageSink.h"
#include "printing/PrinterChoice.h"
#include "printing/TemplateLibrary.h"
#include "ui/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

PrintBatchBar::PrintBatchBar(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_printers(std::make_unique<PrinterChoice>(context.settings.raw()))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_kindLabel = new QLabel(this);
    m_templateLabel = new QLabel(this);
    m_courierLabel = new QLabel(this);
    m_limitLabel = new QLabel(this);
    m_printerLabel = new QLabel(this);
    m_backupLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("jobKind"));
    for (const char *k : {"label", "slip", "picklist"})
        m_kind->addItem(QString(), QString::fromLatin1(k));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("jobTemplate"));
    m_courier = new QComboBox(this);
    m_courier->setObjectName(QStringLiteral("batchCourier"));
    m_courier->addItem(QString(), QString());
    try {
        for (const Courier &c : Couriers::active(m_context.database.connection()))
            m_courier->addItem(c.name + QStringLiteral(" (") + c.code + u')', c.code);
    } catch (const Error &e) {
        m_couriersError = tr("The couriers could not be read: %1").arg(e.message());
    }
    m_priority = new QCheckBox(this);
    m_singleSku = new QCheckBox(this);
    m_singleSku->setObjectName(QStringLiteral("batchSingleSku"));
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("batchLimit"));
    m_limit->setRange(0, 100000);
    m_limit->setValue(200);
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("jobPrinter"));
    m_printer->setEditable(true);
    m_backup = new QComboBox(this);
    m_backup->setObjectName(QStringLiteral("jobBackupPrinter"));
    m_backup->setEditable(true);
    for (QComboBox *c : {m_printer, m_backup}) {
        c->addItem(QString());
        c->addItems(PageSinks::availablePrinters());
        c->setMinimumContentsLength(18);
    }
    m_newJob = new QPushButton(this);
    m_newJob->setObjectName(QStringLiteral("newJobButton"));
    m_newJob->setDefault(true);
    m_editTemplates = new QPushButton(this);
    m_editTemplates->setObjectName(QStringLiteral("editTemplatesButton"));

    // Three pairs a row, so the bar fits a 1366-px screen beside the navigation.
    grid->addWidget(m_title, 0, 0, 1, 6);
    grid->addWidget(m_kindLabel, 1, 0);
    grid->addWidget(m_kind, 1, 1);
    grid->addWidget(m_templateLabel, 1, 2);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_editTemplates);
    grid->addLayout(templateRow, 1, 3);
    grid->addWidget(m_courierLabel, 1, 4);
    grid->addWidget(m_courier, 1, 5);
    grid->addWidget(m_printerLabel, 2, 0);
    grid->addWidget(m_printer, 2, 1);
    grid->addWidget(m_backupLabel, 2, 2);
    grid->addWidget(m_backup, 2, 3);
    grid->addWidget(m_limitLabel, 2, 4);
    grid->addWidget(m_limit, 2, 5);
    grid->addWidget(m_priority, 3, 0, 1, 2);
    grid->addWidget(m_singleSku, 3, 2, 1, 2);
    grid->addWidget(m_newJob, 3, 5);
    grid->setColumnStretch(6, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintBatchBar::reloadTemplates);
    connect(m_printer, &QComboBox::currentTextChanged, this, &PrintBatchBar::printerChoiceChanged);
    connect(m_backup, &QComboBox::currentTextChanged, this, &PrintBatchBar::printerChoiceChanged);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        if (m_template->currentIndex() >= 0)
            m_printers->setTemplateId(kind(), templateId());
    });
    connect(m_newJob, &QPushButton::clicked, this, &PrintBatchBar::newJobRequested);
    connect(m_editTemplates, &QPushButton::clicked, this, &PrintBatchBar::editTemplatesRequested);
    retranslate();
    reloadTemplates();
}

PrintBatchBar::~PrintBatchBar() = default;

BatchRule PrintBatchBar::rule() const
{
    BatchRule rule;
    rule.courierCode = m_courier->currentData().toString();
    rule.priorityOnly = m_priority->isChecked();
    rule.singleSku = m_singleSku->isChecked();
    rule.limit = m_limit->value();
    return rule;
}

PrintQueue::JobSpec PrintBatchBar::spec() const
{
    PrintQueue::JobSpec spec;
    spec.kind = PrintQueue::kindFromCode(kind()).value_or(PrintQueue::Kind::Label);
    spec.templateId = templateId();
    spec.printer = m_printer->currentText().trimmed();
    spec.backupPrinter = m_backup->currentText().trimmed();
    spec.title = rule().describe();
    return spec;
}

QString PrintBatchBar::templateId() const
{
    return m_template->currentData().toString();
}

QString PrintBatchBar::kind() const
{
    return m_kind->currentData().toString();
}

void PrintBatchBar::reloadTemplates()
{
    const QString k = kind();
    const QSignalBlocker b1(m_template), b2(m_printer), b3(m_backup);
    m_template->clear();
    for (const auto &e : TemplateLibrary::list(k))
        m_template->addItem(e.name + (e.userCopy ? tr(" (edited copy)") : QString()), e.id);
    const int t = m_template->findData(m_printers->templateId(k));
    m_template->setCurrentIndex(t >= 0 ? t : 0);
    m_printer->setCurrentText(m_printers->printer(k));
    m_backup->setCurrentText(m_printers->backup(k));
    m_singleSku->setEnabled(PrintQueue::kindFromCode(k) != PrintQueue::Kind::PickList);
}

void PrintBatchBar::printerChoiceChanged()
{
    m_printers->set(kind(), m_printer->currentText().trimmed(), m_backup->currentText().trimmed());
}

void PrintBatchBar::choosePrinter()
{
    m_printer->setFocus(Qt::OtherFocusReason);
    m_printer->showPopup();
}

void PrintBatchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PrintBatchBar::retranslate()
{
    m_title->setText(tr("New job from Submitted orders"));
    m_kindLabel->setText(tr("Kind"));
    const QStringList kinds{tr("Shipping labels"), tr("Packing slips"), tr("Pick list")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, kinds.at(i));
    m_templateLabel->setText(tr("Template"));
    m_courierLabel->setText(tr("Courier"));
    m_courier->setItemText(0, tr("All couriers"));
    m_priority->setText(tr("Priority orders only"));
    m_singleSku->setText(tr("Single-SKU groups (hot items)"));
    m_limitLabel->setText(tr("At most"));
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setSuffix(tr(" orders"));
    m_printerLabel->setText(tr("Printer"));
    m_backupLabel->setText(tr("Backup"));
    m_newJob->setText(tr("&New job"));
    m_newJob->setShortcut(QKeySequence(QStringLiteral("Ctrl+N")));
    m_editTemplates->setText(tr("Templates…"));
    m_editTemplates->setToolTip(tr("Preview the templates, and edit your own copies (Ctrl+T)"));
    m_editTemplates->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
}
