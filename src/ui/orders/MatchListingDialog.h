#pragma once

#include "base/Actor.h"
#include "orders/Listings.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

// "Match listing…" (商品对应) in the review desk: the listings no SKU is known for, most orders
// first; for the chosen one, SKUs most like its title and spec (or a catalog search), and the
// components it is made of (one SKU × qty, or several for a combo). Save remembers the mapping
// and fixes every waiting order with that listing at once (ListingMatches::save).
class MatchListingDialog : public QDialog {
    Q_OBJECT
public:
    // preselect: the listing to start on (the selected order's first unmatched one), if any.
    MatchListingDialog(const QSqlDatabase &db, const Actor &actor, const ListingKey &preselect = {},
                       QWidget *parent = nullptr);
    QString lastStatus() const;
    // Orders fixed by the saves made in this dialog.
    int ordersFixed() const { return m_ordersFixed; }

private:
    void reloadListings(const ListingKey &select);
    void listingChosen();
    void showSkus(const QList<ListingMatches::Suggestion> &skus);
    void addComponent();
    void removeComponent();
    void save();
    ListingKey currentListing() const;

    QSqlDatabase m_db;
    Actor m_actor;
    QList<ListingMatches::Unmatched> m_unmatched;
    QLabel *m_summary;
    QListWidget *m_listings;
    QLineEdit *m_search;
    QTableWidget *m_skus;
    QSpinBox *m_qty;
    QPushButton *m_add;
    QTableWidget *m_components;
    QPushButton *m_remove;
    QPushButton *m_save;
    QLabel *m_status;
    int m_ordersFixed = 0;
};
