#include "MatchListingDialog.h"

#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *table(QWidget *parent, const QStringList &header)
{
    auto *t = new QTableWidget(0, int(header.size()), parent);
    t->setHorizontalHeaderLabels(header);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

MatchListingDialog::MatchListingDialog(const QSqlDatabase &db, const Actor &actor,
                                       const ListingKey &preselect, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_summary(new QLabel(this))
    , m_listings(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_skus(table(this, {tr("Code"), tr("Title"), tr("Spec")}))
    , m_qty(new QSpinBox(this))
    , m_add(new QPushButton(tr("Add as component"), this))
    , m_components(table(this, {tr("SKU"), tr("Quantity")}))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_save(new QPushButton(tr("Save mapping"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Match listing"));
    m_listings->setObjectName(QStringLiteral("listings"));
    m_search->setObjectName(QStringLiteral("search"));
    m_skus->setObjectName(QStringLiteral("skus"));
    m_qty->setObjectName(QStringLiteral("qty"));
    m_add->setObjectName(QStringLiteral("add"));
    m_components->setObjectName(QStringLiteral("components"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_save->setObjectName(QStringLiteral("save"));
    m_status->setObjectName(QStringLiteral("status"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_search->setPlaceholderText(tr("Search the catalog: code, title or spec"));
    m_search->setClearButtonEnabled(true);
    m_qty->setRange(1, 10000);
    m_status->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Listings without a SKU (orders waiting):"), left));
    leftLayout->addWidget(m_listings, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("SKUs like this listing, or search:"), right));
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_skus, 2);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("Quantity per listing:"), right));
    addRow->addWidget(m_qty);
    addRow->addWidget(m_add);
    addRow->addStretch();
    rightLayout->addLayout(addRow);
    rightLayout->addWidget(new QLabel(tr("The listing is (several SKUs: a combo/套装):"), right));
    rightLayout->addWidget(m_components, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_remove);
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_listings, &QListWidget::currentRowChanged, this, &MatchListingDialog::listingChosen);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        showSkus(text.trimmed().isEmpty() ? ListingMatches::suggest(m_db, currentListing())
                                          : ListingMatches::search(m_db, text));
    });
    connect(m_skus, &QTableWidget::cellDoubleClicked, this, &MatchListingDialog::addComponent);
    connect(m_add, &QPushButton::clicked, this, &MatchListingDialog::addComponent);
    connect(m_remove, &QPushButton::clicked, this, &MatchListingDialog::removeComponent);
    connect(m_save, &QPushButton::clicked, this, &MatchListingDialog::save);
    reloadListings(preselect);
}

QString MatchListingDialog::lastStatus() const
{
    return m_status->text();
}

ListingKey MatchListingDialog::currentListing() const
{
    const int row = m_listings->currentRow();
    return row >= 0 && row < m_unmatched.size() ? m_unmatched.at(row).listing : ListingKey();
}

void MatchListingDialog::reloadListings(const ListingKey &select)
{
    m_summary->setText(ListingMatches::summaryText(ListingMatches::summary(m_db)));
    m_unmatched = ListingMatches::unmatched(m_db);
    const QSignalBlocker block(m_listings);
    m_listings->clear();
    int selectRow = m_unmatched.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_unmatched.size(); ++i) {
        const ListingMatches::Unmatched &u = m_unmatched.at(i);
        m_listings->addItem(tr("%n order(s) · %1", nullptr, int(u.orders)).arg(u.listing.text()));
        if (u.listing == select)
            selectRow = int(i);
    }
    m_listings->setCurrentRow(selectRow);
    listingChosen();
}

void MatchListingDialog::listingChosen()
{
    const ListingKey key = currentListing();
    m_components->setRowCount(0);
    if (const auto earlier = ListingMatches::find(m_db, key)) {
        for (const ListingComponent &c : earlier->components) {
            const int row = m_components->rowCount();
            m_components->insertRow(row);
            auto *code = new QTableWidgetItem(c.skuCode);
            code->setData(Qt::UserRole, c.skuId);
            m_components->setItem(row, 0, code);
            m_components->setItem(row, 1, new QTableWidgetItem(QString::number(c.qty)));
        }
    }
    const QSignalBlocker block(m_search);
    m_search->clear();
    showSkus(key.isEmpty() ? QList<ListingMatches::Suggestion>() : ListingMatches::suggest(m_db, key));
    m_save->setEnabled(!key.isEmpty());
}

void MatchListingDialog::showSkus(const QList<ListingMatches::Suggestion> &skus)
{
    m_skus->setRowCount(0);
    for (const ListingMatches::Suggestion &s : skus) {
        const int row = m_skus->rowCount();
        m_skus->insertRow(row);
        auto *code = new QTableWidgetItem(s.code);
        code->setData(Qt::UserRole, s.skuId);
        m_skus->setItem(row, 0, code);
        m_skus->setItem(row, 1, new QTableWidgetItem(s.title));
        m_skus->setItem(row, 2, new QTableWidgetItem(s.spec));
    }
    if (m_skus->rowCount() > 0)
        m_skus->selectRow(0);
    m_skus->resizeColumnsToContents();
}

void MatchListingDialog::addComponent()
{
    const int row = m_skus->currentRow();
    if (row < 0 || !m_skus->item(row, 0))
        return;
    const qint64 skuId = m_skus->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (int r = 0; r < m_components->rowCount(); ++r) {
        if (m_components->item(r, 0)->data(Qt::UserRole).toLongLong() == skuId) {
            m_components->item(r, 1)->setText(QString::number(m_qty->value()));
            return;
        }
    }
    const int at = m_components->rowCount();
    m_components->insertRow(at);
    auto *code = new QTableWidgetItem(m_skus->item(row, 0)->text());
    code->setData(Qt::UserRole, skuId);
    m_components->setItem(at, 0, code);
    m_components->setItem(at, 1, new QTableWidgetItem(QString::number(m_qty->value())));
    m_qty->setValue(1);
}

void MatchListingDialog::removeComponent()
{
    if (const int row = m_components->currentRow(); row >= 0)
        m_components->removeRow(row);
}

void MatchListingDialog::save()
{
    ListingMatch match{currentListing(), {}};
    for (int r = 0; r < m_components->rowCount(); ++r)
        match.components << ListingComponent{m_components->item(r, 0)->data(Qt::UserRole).toLongLong(),
                                             m_components->item(r, 0)->text(),
                                             m_components->item(r, 1)->text().toInt()};
    if (match.components.isEmpty()) {
        MessageBox::warning(this, windowTitle(),
                            tr("Add the SKU (or the SKUs of a combo) this listing is first."));
        return;
    }
    const ListingMatches::Saved saved = ListingMatches::save(m_db, m_actor, match);
    if (!saved.result) {
        MessageBox::warning(this, windowTitle(), saved.result.message);
        return;
    }
    m_ordersFixed += saved.ordersChanged;
    m_status->setText(tr("%1: remembered; %n waiting order(s) matched.", nullptr, saved.ordersChanged)
                          .arg(match.listing.text()));
    reloadListings({});
}
