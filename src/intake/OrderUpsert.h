#pragma once

#include "IncomingOrder.h"
#include "base/Actor.h"
#include "db/BulkStatement.h"
#include "orders/AfterSales.h"
#include "orders/Listings.h"
#include "review/ReviewSettings.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <functional>

// What one incoming order did to the database.
struct UpsertResult {
    enum Kind { New, Updated, Unchanged, Skipped } kind = Unchanged;
    QString effect; // stage effect for the run's counts: new_imported, paid, cancelled, intercepted, …
};

// Writes incoming orders by (shop, platform order number), inside the caller's Transaction,
// with the stage semantics of intake:
//   new: unpaid → AwaitingPayment, paid → Imported; closed or already shipped on the platform → skipped.
//   before Submitted: fields and lines follow the platform; paid later → Imported; closed (or every
//     line refunded) → Cancelled (nothing is reserved before Submitted).
//   Submitted..Packed (or held from there): fields stay; a close or a line refund → Intercepted, stock
//     released, after-sales case opened; a changed address → flag 'address_changed'.
//   Shipped/SyncedBack: a close or refund opens an after-sales case only.
// A line's listing (its outer code, else title + spec) becomes SKU lines through its mapping
// (ListingMap: one SKU × qty, or a combo's components), else through an outer code in the catalog;
// lines matched neither way keep sku_id NULL and flag the order 'unknown_sku' ("Unmatched listing").
// Statements are prepared once per file. Where the engine writes new rows faster in batches
// (DatabaseEngine::newRowBatch: PostgreSQL's COPY), orders that may be new are gathered; per batch,
// one query finds those that exist (they take the per-order path), the others are numbered at once
// and appended with their lines and flags (BulkLoad) under a savepoint. When the load is refused
// (another station's import wrote one of them since: the unique key decides) the savepoint undoes
// it and each order of the batch takes the per-order path instead.
class OrderUpsert {
public:
    // What each order did: at once, or for a gathered order when its batch is written.
    using Done = std::function<void(const UpsertResult &)>;
    OrderUpsert(const QSqlDatabase &db, const Actor &actor, qint64 shopId, qint64 runId, Done done);
    // Each new order that enters review (Imported), once it is written with its SKU lines: the
    // review rules of the import's pass (ImportRules).
    void onNewInReview(std::function<void(const Order &)> newInReview)
    {
        m_newInReview = std::move(newInReview);
    }
    // in may be moved from (gathered for a batch).
    void apply(IncomingOrder &incoming);
    // Writes the orders still gathered; before the file's transaction commits.
    void finish();

    // The look-up of which of count order numbers a shop has already (values: the shop, then the
    // numbers); rows of (number, id or null). Public so tests can read its plan.
    static QString existingNumbersSql(qsizetype count);

    static QString unknownSkuFlag() { return QStringLiteral("unknown_sku"); }
    static QString addressChangedFlag() { return QStringLiteral("address_changed"); }

private:
    struct Stored;
    UpsertResult applyOne(IncomingOrder &in);
    // The gathered orders: those that exist per order, the others in one load.
    void writeBatch();
    // Appends new orders with their lines and flags in one load each; false when the database
    // refused it (nothing of it stays then).
    bool loadNew(const QList<IncomingOrder *> &fresh);
    // A new order's stage and SKU lines; the names of listings matched nowhere into unknown.
    void prepareNew(IncomingOrder &in, QStringList *unknown) const;
    // Inserts the order unless (shop, order number) exists: nullopt then.
    std::optional<UpsertResult> insertNew(IncomingOrder &in);
    UpsertResult updateEditable(IncomingOrder &in, const Stored &s);
    UpsertResult updateWarehouseOwned(IncomingOrder &in, const Stored &s);
    void resolveSkus(Order &order, QStringList *unknown) const;
    void insertLines(Order &order);
    void setFlag(qint64 orderId, const QString &flag, const QString &reason);
    void clearFlag(qint64 orderId, const QString &flag);
    void openAfterSales(qint64 orderId, Stage arrived, AfterSalesKind kind, AfterSalesOutcome outcome,
                        const IncomingOrder &in);
    QString closeText(const IncomingOrder &in) const;

    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_shopId;
    qint64 m_runId;
    QString m_now;           // one time for the whole file: the run's import time
    ReviewSettings m_review; // priority and cut-off wave of new paid orders
    QHash<QString, qint64> m_skus;
    ListingMap m_listings;
    // Run once per order or line: the engine's fastest statements (see BulkStatement).
    std::unique_ptr<BulkStatement> m_find;
    std::unique_ptr<BulkStatement> m_insertOrder;
    std::unique_ptr<BulkStatement> m_insertLine;
    std::unique_ptr<BulkStatement> m_setFlag;
    Done m_done;
    std::function<void(const Order &)> m_newInReview;
    int m_batchSize = 0; // 0: every order at once (DatabaseEngine::newRowBatch)
    QList<IncomingOrder> m_batch;
    QSet<QString> m_batchNumbers;
};
