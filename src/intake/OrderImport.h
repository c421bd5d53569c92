#pragma once

#include "IncomingOrder.h"
#include "base/Actor.h"
#include "review/RuleEngine.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

// One thing to import: a file, or a Taobao order report with its item report.
struct ImportUnit {
    QString platform; // taobao | pdd | jd | a saved mapping's name
    QString path;
    QString partnerPath; // Taobao: the item report
    bool alone = false;  // Taobao order report with titles and quantities: without its item
                         // report, its lines are made from the titles (TaobaoReader::readAlone)
    QString encoding;    // for people: UTF-8, GBK/GB18030
    QString problem;     // why it cannot be imported (unreadable, missing partner, unknown format)
};

// What importing one unit did.
struct ImportOutcome {
    QString file;
    QString partner;
    QString platform;
    QString encoding;
    QString shop;
    qint64 runId = 0;
    qint64 rowsRead = 0;
    qint64 ordersNew = 0;
    qint64 ordersUpdated = 0;
    qint64 ordersUnchanged = 0;
    qint64 ordersSkipped = 0;
    QMap<QString, qint64> effects; // by stage effect: new_imported, paid, cancelled, intercepted, …
    QList<RejectedRow> rejected;
    // Everything the reader inferred rather than read as written, for the summary (ReadNotes).
    QStringList inferences;
    qint64 rejectedCount = 0; // can exceed rejected.size() when the list was cut
    QString error;            // the unit could not be imported at all: nothing was written
    QString sameAsEarlier;    // the same file content was imported before (run, time)
    // Order numbers this run added that another shop of the same platform already has, by that
    // shop's name: a file imported under the wrong shop (those orders are now there twice).
    QMap<QString, qint64> alsoInOtherShops;
    bool cancelled = false;
    double seconds = 0;
    // The review rules the import ran over its new paid orders, in its own transaction (ImportRules);
    // orders it changed are owed theirs (ImportReview). autoApproved: after the commit.
    RuleRunSummary rules;
};

// Imports order exports, one Transaction per unit: a unit lands whole (minus its rejected rows)
// or not at all, including its import_runs row. Use one OrderImport per thread/connection.
class OrderImport {
public:
    OrderImport(const QSqlDatabase &db, const Actor &actor);

    // Sorts files into units: recognises Taobao order/item reports by their headers and pairs
    // them (by the name after ExportOrderList/ExportOrderDetailList, or the only two), and other
    // files by the mapping whose columns they have. platform: auto | taobao | pdd | jd | <mapping>.
    static QList<ImportUnit> plan(const QSqlDatabase &db, const QStringList &paths, const QString &platform);

    // Progress: bytes done of total, rows so far. Cancel: set the flag; run() then rolls back.
    void onProgress(std::function<void(qint64 done, qint64 total, qint64 rows)> callback)
    {
        m_progress = std::move(callback);
    }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    // A shop name the platform does not have yet is made only when allowed (a typo would
    // otherwise import every order a second time under a new shop); refused by default.
    void setNewShopAllowed(bool allowed) { m_newShopAllowed = allowed; }

    // Whether a file is written with the orders' plain indexes set aside (IndexesAside, where the
    // engine can): by default when the file is at least kIndexesAsideFromBytes and holds more
    // orders than the table, as guessed from its size. Tests and benches say so themselves.
    void setIndexesAside(std::optional<bool> aside) { m_indexesAside = aside; }
    static constexpr qint64 kIndexesAsideFromBytes = 4 * 1024 * 1024;
    static constexpr qint64 kBytesPerOrderAtMost = 1024;

    // shopName empty: the platform's only shop (created as "Default shop" when there is none).
    // An unknown shopName is an error naming the platform's shops and the closest one, unless a
    // new shop is allowed. New paid orders get the review rules inside the import's transaction
    // (ImportRules); orders it changed leave the run marked rules_pending (see ImportReview) in it.
    ImportOutcome run(const ImportUnit &unit, const QString &shopName);

    static QString sha256(const QString &path);
    // The effect codes in words, for summaries.
    static QString effectName(const QString &code);

private:
    qint64 resolveShop(const QString &platform, const QString &name, QString *shownName);
    // Fills out.alsoInOtherShops from the orders this run created (ids above ordersBefore).
    void findInOtherShops(ImportOutcome &out, qint64 shopId, qint64 ordersBefore);

    QSqlDatabase m_db;
    Actor m_actor;
    std::function<void(qint64, qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_newShopAllowed = false;
    std::optional<bool> m_indexesAside;
};
