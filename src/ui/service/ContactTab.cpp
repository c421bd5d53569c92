#include "ui/service/ContactTab.h"

#include "base/Error.h"
#include "db/Database.h"
#include "reports/BuyerContacts.h"
#include "reports/ContactExport.h"
#include "reports/ContactLists.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/reports/ExportFile.h"
#include "ui/service/ContactModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ContactTab::ContactTab(AppContext &context, ContactKind kind, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_kind(kind)
    , m_model(new ContactModel(kind, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_channel(new QComboBox(this))
    , m_showContacted(new QCheckBox(this))
    , m_channelLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContactModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(ContactModel::Left, Qt::AscendingOrder);
    m_preview->setReadOnly(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    for (Channel c : Channels::all())
        m_channel->addItem(QString(), Channels::code(c));
    m_channel->setCurrentIndex(2); // SMS: the batch channel

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_channelLabel);
    bar->addWidget(m_channel);
    bar->addWidget(m_showContacted);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(m_export);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_preview, 1);
    sideLayout->addWidget(m_warning);
    sideLayout->addWidget(m_copy);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &ContactTab::updatePreview);
    connect(m_showContacted, &QCheckBox::toggled, this, &ContactTab::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactTab::updatePreview);
    connect(m_copy, &QPushButton::clicked, this, &ContactTab::copySelected);
    connect(m_export, &QPushButton::clicked, this, &ContactTab::exportBatch);
    retranslate();
}

Channel ContactTab::channel() const
{
    return Channels::fromCode(m_channel->currentData().toString()).value_or(Channel::Sms);
}

const ContactRow *ContactTab::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void ContactTab::reload()
{
    const qint64 keep = selected() ? selected()->orderId : 0;
    QList<ContactRow> rows = ContactLists::forKind(m_context.database.connection(), m_kind);
    int open = 0;
    QList<ContactRow> shown;
    for (const ContactRow &r : rows) {
        if (!r.contacted())
            ++open;
        if (m_showContacted->isChecked() || !r.contacted())
            shown << r;
    }
    m_model->setRows(shown);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 to contact, %2 listed").arg(open).arg(shown.size()));
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        if (m_model->rowAt(m_proxy->mapToSource(m_proxy->index(i, 0)).row())->orderId == keep) {
            m_table->selectRow(i);
            break;
        }
    }
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updatePreview();
}

void ContactTab::updatePreview()
{
    const ContactRow *r = selected();
    if (!r) {
        m_preview->clear();
        m_warning->clear();
        m_copy->setEnabled(false);
        return;
    }
    const FilledMessage msg =
        MessageTemplate::load(m_context.database.connection(), m_kind, channel()).fill(r->values());
    m_preview->setPlainText(msg.text);
    QStringList warnings;
    if (!msg.complete())
        warnings << tr("⚠ Missing data: %1. Fix the order or the template before sending.")
                        .arg(msg.missing.join(QStringLiteral(", ")));
    if (channel() == Channel::Sms && !r->textable())
        warnings << tr("⚠ This phone cannot take an SMS (%1): use Wangwang or call.").arg(r->phone);
    if (r->contacted())
        warnings << tr("Already contacted by %1 at %2.").arg(r->contactedBy, r->contactedAt);
    m_warning->setText(warnings.join(u'\n'));
    m_copy->setEnabled(msg.complete() && !r->contacted());
    m_copy->setToolTip(channel() == Channel::Sms ? tr("%n SMS segment(s)", nullptr, msg.smsSegments())
                                                 : QString());
}

bool ContactTab::copySelected()
{
    const ContactRow *r = selected();
    if (!r)
        return false;
    const FilledMessage msg =
        MessageTemplate::load(m_context.database.connection(), m_kind, channel()).fill(r->values());
    if (!msg.complete())
        return false;
    const Result<> recorded = BuyerContacts::recordNow(m_context.database.connection(), m_context.actor,
                                                       r->orderId, m_kind, channel(), msg.text);
    if (!recorded) {
        MessageBox::warning(this, tr("Already contacted"), recorded.message);
        reload();
        return false;
    }
    QApplication::clipboard()->setText(msg.text);
    reload();
    return true;
}

void ContactTab::exportBatch()
{
    const QString stem =
        m_kind == ContactKind::PaymentReminder ? QStringLiteral("reminders") : QStringLiteral("notices");
    const QString path =
        ExportFile::ask(this, tr("Export SMS batch"),
                        QStringLiteral("%1-%2.csv").arg(stem, QDate::currentDate().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    ContactExportOptions options;
    options.kind = m_kind;
    options.channel = channel();
    try {
        const ContactExportSummary s =
            ContactExport::run(m_context.database.connection(), m_context.actor, path, options);
        QString text = tr("%1 messages for %2 orders written to %3 (UTF-8 with BOM).\n"
                          "Left out: %4 already contacted, %5 closed by the platform, %6 that need a person.")
                           .arg(s.rows)
                           .arg(s.orders)
                           .arg(path)
                           .arg(s.alreadyContacted)
                           .arg(s.closed)
                           .arg(s.skipped.size());
        for (const ContactSkip &k : s.skipped.mid(0, 15))
            text += QStringLiteral("\n  %1: %2").arg(k.orderNo, k.why);
        MessageBox::information(this, tr("SMS batch"), text);
    } catch (const Error &e) {
        MessageBox::critical(this, tr("SMS batch"), e.message());
    }
    reload();
}

void ContactTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContactTab::retranslate()
{
    m_channelLabel->setText(tr("Channel:"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i,
                               Channels::displayName(*Channels::fromCode(m_channel->itemData(i).toString())));
    m_showContacted->setText(m_kind == ContactKind::PaymentReminder ? tr("Show reminded")
                                                                    : tr("Show notified"));
    m_copy->setText(tr("Copy message and mark contacted (Ctrl+Shift+C)"));
    m_export->setText(tr("Export SMS batch… (Ctrl+Shift+E)"));
    // After setText, which replaces a button's shortcut with its text's mnemonic (none here).
    m_copy->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_export->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E"))); // Ctrl+E is File ▸ 回传
    m_model->headerDataChanged(Qt::Horizontal, 0, ContactModel::ColumnCount - 1);
}
