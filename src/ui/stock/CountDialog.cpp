#include "ui/stock/CountDialog.h"

#include "db/Database.h"
#include "stock/StockCounts.h"
#include "ui/AppContext.h"
#include "ui/MessageBox.h"
#include "ui/stock/ScanField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Col { LocationCol, CodeCol, TitleCol, SystemCol, CountedCol, DiffCol, ColCount };
}

CountDialog::CountDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_pages(new QStackedWidget(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_scan(new ScanField(context.database.connection(), this))
    , m_quantity(new QSpinBox(this))
    , m_table(new QTableWidget(0, ColCount, this))
    , m_header(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Stock count"));
    const QSqlDatabase db = context.database.connection();

    // Page 1: start a count or continue an open one.
    auto *startPage = new QWidget(this);
    auto *openList = new QListWidget(startPage);
    for (const StockCount &c : StockCounts::open(db)) {
        auto *item = new QListWidgetItem(tr("#%1 · %2 – %3 · started %4 by %5")
                                             .arg(c.id)
                                             .arg(c.locationFrom, c.locationTo, c.startedAt, c.startedBy),
                                         openList);
        item->setData(Qt::UserRole, c.id);
    }
    m_from->setPlaceholderText(QStringLiteral("A-01-01"));
    m_to->setPlaceholderText(QStringLiteral("A-05-99"));
    auto *startButton = new QPushButton(tr("&Start count"), startPage);
    startButton->setObjectName(QStringLiteral("startCount"));
    startButton->setAutoDefault(false);
    auto *continueButton = new QPushButton(tr("&Continue selected"), startPage);
    continueButton->setAutoDefault(false);
    continueButton->setEnabled(openList->count() > 0);
    auto *startForm = new QFormLayout;
    startForm->addRow(tr("Bins &from:"), m_from);
    startForm->addRow(tr("Bins &to:"), m_to);
    startForm->addRow(QString(), startButton);
    auto *startLayout = new QVBoxLayout(startPage);
    startLayout->addWidget(new QLabel(tr("Start a count for a range of bin locations:"), startPage));
    startLayout->addLayout(startForm);
    startLayout->addWidget(new QLabel(tr("Or continue an open count:"), startPage));
    startLayout->addWidget(openList, 1);
    startLayout->addWidget(continueButton);

    // Page 2: count.
    auto *countPage = new QWidget(this);
    m_scan->setObjectName(QStringLiteral("countScan"));
    m_scan->setPlaceholderText(tr("Scan each unit (or type a code), Enter"));
    m_quantity->setRange(1, 99999);
    m_quantity->setToolTip(tr("Units per scan; goes back to 1 after each scan"));
    m_table->setHorizontalHeaderLabels(
        {tr("Bin"), tr("SKU code"), tr("Title"), tr("System"), tr("Counted"), tr("Difference")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TitleCol, 240);
    m_table->setToolTip(tr("Type a counted quantity into the Counted column to set it"));
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("&Scan:"), countPage));
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(new QLabel(tr("&Qty:"), countPage));
    scanRow->addWidget(m_quantity);
    auto *postButton = new QPushButton(tr("&Post differences"), countPage);
    postButton->setObjectName(QStringLiteral("postCount"));
    postButton->setAutoDefault(false);
    auto *cancelButton = new QPushButton(tr("Cancel this count"), countPage);
    cancelButton->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(cancelButton);
    actions->addWidget(postButton);
    auto *countLayout = new QVBoxLayout(countPage);
    countLayout->addWidget(m_header);
    countLayout->addLayout(scanRow);
    countLayout->addWidget(m_table, 1);
    countLayout->addLayout(actions);
    m_header->setWordWrap(true);

    m_pages->addWidget(startPage);
    m_pages->addWidget(countPage);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(820, 560);

    connect(startButton, &QPushButton::clicked, this, &CountDialog::start);
    connect(continueButton, &QPushButton::clicked, this, [this, openList] {
        if (QListWidgetItem *item = openList->currentItem())
            open(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_scan, &ScanField::skuScanned, this, [this](qint64, const QString &code) {
        const Result<> r = StockCounts::scan(m_context.database.connection(), m_context.actor, m_countId,
                                             code, m_quantity->value());
        m_quantity->setValue(1);
        say(r ? tr("✓ %1 counted").arg(code) : QStringLiteral("× ") + r.message, !r);
        refresh();
    });
    connect(m_scan, &ScanField::unknownScanned, this,
            [this](const QString &code) { say(tr("× Unknown barcode or code: %1").arg(code), true); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != CountedCol)
            return;
        bool ok = false;
        const int counted = item->text().trimmed().toInt(&ok);
        const qint64 sku = m_table->item(item->row(), CodeCol)->data(Qt::UserRole).toLongLong();
        const Result<> r = ok ? StockCounts::record(m_context.database.connection(), m_context.actor,
                                                    m_countId, sku, counted)
                              : Result<>::failure(tr("\"%1\" is not a whole number.").arg(item->text()));
        say(r ? QString() : QStringLiteral("× ") + r.message, !r);
        refresh();
    });
    connect(postButton, &QPushButton::clicked, this, [this] {
        if (post())
            accept();
    });
    connect(cancelButton, &QPushButton::clicked, this, [this] {
        if (cancelCount())
            reject();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool CountDialog::start()
{
    qint64 id = 0;
    const Result<> r = StockCounts::start(m_context.database.connection(), m_context.actor, m_from->text(),
                                          m_to->text(), {}, &id);
    if (!r) {
        say(QStringLiteral("× ") + r.message, true);
        return false;
    }
    open(id);
    return true;
}

void CountDialog::open(qint64 countId)
{
    m_countId = countId;
    const auto count = StockCounts::load(m_context.database.connection(), countId);
    m_header->setText(
        tr("Count #%1 · bins %2 – %3. Lines not counted are left as they are; the difference is "
           "against the system quantity when each line was counted.")
            .arg(countId)
            .arg(count->locationFrom, count->locationTo));
    m_pages->setCurrentIndex(1);
    say({}, false);
    refresh();
    m_scan->setFocus();
}

void CountDialog::refresh()
{
    const QList<CountLine> lines = StockCounts::lines(m_context.database.connection(), m_countId);
    m_filling = true;
    m_table->setRowCount(int(lines.size()));
    int counted = 0, differ = 0, net = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const CountLine &l = lines.at(i);
        const int system = l.counted ? l.onHandAtCount : l.onHandNow;
        QString diff;
        if (l.counted) {
            ++counted;
            if (l.difference() != 0) {
                ++differ;
                net += l.difference();
                diff = (l.difference() > 0 ? QStringLiteral("▲ +%1") : QStringLiteral("▼ %1"))
                           .arg(l.difference());
            } else {
                diff = tr("= match");
            }
        } else {
            diff = tr("not counted");
        }
        const QStringList cells{l.location,
                                l.code,
                                l.title,
                                QString::number(system),
                                l.counted ? QString::number(l.countedQty) : QString(),
                                diff};
        for (int c = 0; c < ColCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != CountedCol)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c >= SystemCol && c <= CountedCol)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == DiffCol && l.counted && l.difference() != 0)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(i, c, item);
        }
        m_table->item(i, CodeCol)->setData(Qt::UserRole, l.skuId);
    }
    m_filling = false;
    m_summary->setText(tr("%1 of %2 lines counted · %3 differ · net %4")
                           .arg(counted)
                           .arg(lines.size())
                           .arg(differ)
                           .arg(net > 0 ? QStringLiteral("+%1").arg(net) : QString::number(net)));
}

bool CountDialog::post()
{
    if (MessageBox::question(
            this, tr("Post stock count"),
            tr("Post the differences of count #%1 to the ledger as count corrections?").arg(m_countId)) !=
        QMessageBox::Yes)
        return false;
    const Result<> r = StockCounts::post(m_context.database.connection(), m_context.actor, m_countId);
    if (!r)
        say(QStringLiteral("× ") + r.message, true);
    return r.ok;
}

bool CountDialog::cancelCount()
{
    if (MessageBox::question(this, tr("Cancel stock count"),
                             tr("Cancel count #%1? Nothing of it is posted.").arg(m_countId)) !=
        QMessageBox::Yes)
        return false;
    const Result<> r = StockCounts::cancel(m_context.database.connection(), m_context.actor, m_countId);
    if (!r)
        say(QStringLiteral("× ") + r.message, true);
    return r.ok;
}

void CountDialog::say(const QString &text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #b01c1c; font-weight: bold;") : QString());
}
