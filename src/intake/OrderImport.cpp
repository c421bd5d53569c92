#include "OrderImport.h"

#include "ColumnMapping.h"
#include "CsvSource.h"
#include "GenericReader.h"
#include "ImportPipe.h"
#include "OrderUpsert.h"
#include "TaobaoReader.h"
#include "base/Allocator.h"
#include "base/Clock.h"
#include "base/Error.h"
#include "base/ShownText.h"
#include "db/AuditLog.h"
#include "db/DatabaseEngine.h"
#include "db/IndexesAside.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "prepack/CampaignLimits.h"
#include "review/ImportRules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <future>

namespace {
constexpr int kKeptRejects = 100000; // in memory for the report; the count stays exact
constexpr int kStoredRejects = 200;  // in import_runs.errors_json

QString tr(const char *text)
{
    return QCoreApplication::translate("OrderImport", text);
}

// "ExportOrderList202311221030.csv" and "ExportOrderDetailList202311221030.csv" → "202311221030.csv".
QString pairKey(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    static const QRegularExpression prefix(
        QStringLiteral("^(ExportOrderDetailList|ExportOrderList|订单报表|宝贝报表)"),
        QRegularExpression::CaseInsensitiveOption);
    return name.remove(prefix);
}
// Edits between two names (Levenshtein, by character): how far a typed shop name is from a known one.
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({up + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// After a rollback nothing of the counts is true any more; only the names stay.
ImportOutcome cleared(const ImportOutcome &was)
{
    ImportOutcome out;
    out.file = was.file;
    out.partner = was.partner;
    out.platform = was.platform;
    out.encoding = was.encoding;
    out.shop = was.shop;
    return out;
}
} // namespace

OrderImport::OrderImport(const QSqlDatabase &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{
}

QString OrderImport::sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString OrderImport::effectName(const QString &code)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("new_imported"), QT_TRANSLATE_NOOP("OrderImport", "new, waiting for review")},
        {QStringLiteral("new_awaiting_payment"), QT_TRANSLATE_NOOP("OrderImport", "new, not paid yet")},
        {QStringLiteral("paid"),
         QT_TRANSLATE_NOOP("OrderImport", "paid since the last import, now waiting for review")},
        {QStringLiteral("updated"), QT_TRANSLATE_NOOP("OrderImport", "updated before review/submit")},
        {QStringLiteral("line_refunded"), QT_TRANSLATE_NOOP("OrderImport", "line refunded before submit")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("OrderImport", "cancelled (closed before submit)")},
        {QStringLiteral("intercepted"),
         QT_TRANSLATE_NOOP("OrderImport", "intercepted (refund after submit)")},
        {QStringLiteral("after_sales"),
         QT_TRANSLATE_NOOP("OrderImport", "refund after shipping: after-sales case")},
        {QStringLiteral("address_flagged"),
         QT_TRANSLATE_NOOP("OrderImport", "address changed after submit: flagged")},
        {QStringLiteral("skipped_closed"),
         QT_TRANSLATE_NOOP("OrderImport", "skipped: closed before we saw it")},
        {QStringLiteral("skipped_shipped"),
         QT_TRANSLATE_NOOP("OrderImport", "skipped: already shipped on the platform")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : QCoreApplication::translate("OrderImport", *it);
}

QList<ImportUnit> OrderImport::plan(const QSqlDatabase &db, const QStringList &paths, const QString &platform)
{
    QList<ImportUnit> units;
    QList<ImportUnit> orderReports;
    QList<ImportUnit> itemReports;
    const bool taobaoAllowed = platform == u"auto" || platform == u"taobao";
    for (const QString &path : paths) {
        ImportUnit u;
        u.path = path;
        try {
            CsvSource source(path);
            u.encoding = TextEncodings::displayName(source.encoding());
            const QStringList header = source.header();
            if (taobaoAllowed && TaobaoReader::isOrderReport(header)) {
                u.platform = QStringLiteral("taobao");
                u.alone = TaobaoReader::canReadAlone(header);
                orderReports << u;
                continue;
            }
            if (taobaoAllowed && TaobaoReader::isItemReport(header)) {
                u.platform = QStringLiteral("taobao");
                itemReports << u;
                continue;
            }
            if (platform == u"taobao") {
                u.problem = tr("%1: not a Taobao order or item report (its header has none of 订单编号 with "
                               "收货地址 or 购买数量).")
                                .arg(QFileInfo(path).fileName());
            } else if (platform != u"auto") {
                u.platform = platform; // the reader names the missing columns
            } else {
                for (const QString &p : ColumnMappings::platforms(db)) {
                    if (GenericReader::fits(ColumnMappings::load(db, p), header)) {
                        u.platform = p;
                        break;
                    }
                }
                if (u.platform.isEmpty())
                    u.problem =
                        tr("%1: not an export Packline recognises. Choose the platform, or make a column "
                           "mapping for it in the import dialog.")
                            .arg(QFileInfo(path).fileName());
            }
        } catch (const Error &e) {
            u.problem = e.message();
        }
        units << u;
    }

    // Pair order reports with item reports.
    auto take = [&](const ImportUnit &order, QList<ImportUnit> &items) -> std::optional<ImportUnit> {
        if (orderReports.size() == 1 && items.size() == 1)
            return items.takeFirst();
        for (int i = 0; i < items.size(); ++i)
            if (pairKey(items.at(i).path) == pairKey(order.path))
                return items.takeAt(i);
        return std::nullopt;
    };
    for (ImportUnit order : orderReports) {
        if (const auto item = take(order, itemReports)) {
            order.partnerPath = item->path;
        } else if (order.problem.isEmpty() && order.alone) {
            // Read alone: lines from titles (the summary says so).
        } else {
            order.problem = tr("%1 is a Taobao order report (订单报表); its item report (宝贝报表, "
                               "ExportOrderDetailList…csv) is missing, and it has no title and quantity "
                               "columns (宝贝标题, 宝贝总数量) to make lines from. Import the two files "
                               "together.")
                                .arg(QFileInfo(order.path).fileName());
        }
        units << order;
    }
    for (ImportUnit item : itemReports) {
        item.problem =
            tr("%1 is a Taobao item report (宝贝报表); its order report (订单报表, ExportOrderList…csv) "
               "is missing. Import the two files together.")
                .arg(QFileInfo(item.path).fileName());
        units << item;
    }
    std::stable_sort(units.begin(), units.end(), [&](const ImportUnit &a, const ImportUnit &b) {
        return paths.indexOf(a.path) < paths.indexOf(b.path);
    });
    return units;
}

qint64 OrderImport::resolveShop(const QString &platform, const QString &name, QString *shownName)
{
    const QString shopPlatform = (platform == u"taobao" || platform == u"pdd" || platform == u"jd")
                                     ? platform
                                     : QStringLiteral("other");
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT id, name FROM shops WHERE platform = ? ORDER BY id"),
                           {shopPlatform});
    QList<qint64> ids;
    QStringList names;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        names << q.value(1).toString();
    }
    if (!name.isEmpty()) {
        *shownName = name;
        if (const qsizetype known = names.indexOf(name); known >= 0)
            return ids.at(known);
        if (!m_newShopAllowed) {
            // A typo here would import every order again under a shop of its own.
            if (names.isEmpty())
                throw Error(tr("There is no %1 shop named “%2” (no %1 shop yet). Check the name, or make "
                               "the new shop on purpose (import --new-shop, or “New shop” in the import "
                               "dialog).")
                                .arg(shopPlatform, name));
            const auto closest =
                std::min_element(names.cbegin(), names.cend(), [&](const QString &a, const QString &b) {
                    return distance(name, a) < distance(name, b);
                });
            throw Error(tr("There is no %1 shop named “%2”. The %1 shops are: %3; the closest is “%4”. "
                           "Check the name, or make the new shop on purpose (import --new-shop, or “New "
                           "shop” in the import dialog).")
                            .arg(shopPlatform, name, names.join(QStringLiteral(", ")), *closest));
        }
    } else {
        if (ids.size() == 1) {
            *shownName = names.first();
            return ids.first();
        }
        if (ids.size() > 1)
            throw Error(tr("There are several %1 shops (%2): say which one the file belongs to.")
                            .arg(shopPlatform, names.join(QStringLiteral(", "))));
        *shownName = tr("Default shop");
    }
    // Two stations' first imports may make the same shop at once: the second waits for the first
    // to commit, then takes its shop.
    const auto made =
        Sql::firstRow(m_db,
                      QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (platform, name) DO NOTHING RETURNING id"),
                      {shopPlatform, *shownName, Clock::nowText()});
    if (made)
        return made->value(0).toLongLong();
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM shops WHERE platform = ? AND name = ?"),
                       {shopPlatform, *shownName})
        .toLongLong();
}

void OrderImport::findInOtherShops(ImportOutcome &out, qint64 shopId, qint64 ordersBefore)
{
    const QVariant platform =
        Sql::scalar(m_db, QStringLiteral("SELECT platform FROM shops WHERE id = ?"), {shopId});
    // One shop per platform (the usual case, and the million-row benchmark): nothing to look up.
    if (Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM shops WHERE platform = ? AND id <> ?"),
                    {platform, shopId})
            .toLongLong() == 0)
        return;
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT s.name, COUNT(*) FROM orders n JOIN orders o ON o.platform_order_no = "
                       "n.platform_order_no AND o.shop_id <> n.shop_id JOIN shops s ON s.id = o.shop_id "
                       "WHERE n.id > ? AND n.import_run_id = ? AND s.platform = ? GROUP BY s.name"),
        {ordersBefore, out.runId, platform});
    while (q.next())
        out.alsoInOtherShops.insert(q.value(0).toString(), q.value(1).toLongLong());
}

ImportOutcome OrderImport::run(const ImportUnit &unit, const QString &shopName)
{
    ImportOutcome out;
    out.file = unit.path;
    out.partner = unit.partnerPath;
    out.platform = unit.platform;
    out.encoding = unit.encoding;
    if (!unit.problem.isEmpty()) {
        out.error = unit.problem;
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    const QString started = Clock::nowText();
    try {
        // Hashing reads the files once more: it runs beside the import, and is checked and stored
        // at the end, inside the same transaction.
        auto hashes =
            std::async(std::launch::async, [path = unit.path, partnerPath = unit.partnerPath] {
                return std::pair{sha256(path), partnerPath.isEmpty() ? QString() : sha256(partnerPath)};
            }).share(); // read again by a retried run
        // The file is one long transaction (SQLite: a bigger page cache for it). When the server
        // aborts it to settle a conflict with another writer (PostgreSQL: deadlock, serialization
        // failure), nothing of it is kept and the file is read again from its first row.
        DatabaseEngine::of(m_db).prepareBulkWrite(m_db);
        // The review rules run inside the import: bring the flash-sale limits up to now first (in a
        // transaction of their own), as a rule run does.
        CampaignLimits::sync(m_db, m_actor);
        qint64 createdAfter = 0; // the attempt's highest order id before its new ones
        Transaction::run(m_db, [&](Transaction &tx) {
            out = cleared(out);
            // A lost connection is not run again: the import says so (the server rolled it back), and
            // the same command imports the file whole once the server is back.
            try {
                std::unique_ptr<CsvSource> source = std::make_unique<CsvSource>(unit.path);
                std::unique_ptr<CsvSource> partner;
                if (!unit.partnerPath.isEmpty())
                    partner = std::make_unique<CsvSource>(unit.partnerPath);
                out.encoding = TextEncodings::displayName(source->encoding());
                const qint64 totalBytes = source->size() + (partner ? partner->size() : 0);

                // Read under the write lock: every order above these ids, or audit row above these, is
                // this run's (for the review rules it leaves owed, see ImportReview).
                const qint64 ordersBefore =
                    Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")).toLongLong();
                createdAfter = ordersBefore;
                const qint64 auditBefore =
                    Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"))
                        .toLongLong();
                const qint64 shopId = resolveShop(unit.platform, shopName, &out.shop);
                out.runId = Sql::insert(
                    m_db,
                    QStringLiteral(
                        "INSERT INTO import_runs (shop_id, platform, file_name, file_sha256, partner_name, "
                        "partner_sha256, encoding, operator, station, started_at, finished_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {shopId, unit.platform, QFileInfo(unit.path).fileName(), QStringLiteral(""),
                     Sql::text(unit.partnerPath.isEmpty() ? QString()
                                                          : QFileInfo(unit.partnerPath).fileName()),
                     QStringLiteral(""), out.encoding, m_actor.operatorName, m_actor.station, started,
                     started});

                // A file bigger than the orders table (a first import, a peak day on a young
                // database) is written with the tables' plain indexes set aside, and they are made
                // again from the finished tables before the rest of the rules (IndexesAside). The
                // file's orders are guessed from its size, at most one per kBytesPerOrderAtMost (a
                // Taobao pair is about 420 bytes an order), so a guess errs on the small side.
                std::optional<IndexesAside> aside;
                if (m_indexesAside.value_or(totalBytes >= kIndexesAsideFromBytes &&
                                            totalBytes / kBytesPerOrderAtMost >= ordersBefore))
                    aside.emplace(m_db, QStringList{QStringLiteral("orders"), QStringLiteral("order_lines")});
                OrderUpsert upsert(m_db, m_actor, shopId, out.runId, [&](const UpsertResult &r) {
                    switch (r.kind) {
                    case UpsertResult::New:
                        ++out.ordersNew;
                        break;
                    case UpsertResult::Updated:
                        ++out.ordersUpdated;
                        break;
                    case UpsertResult::Unchanged:
                        ++out.ordersUnchanged;
                        break;
                    case UpsertResult::Skipped:
                        ++out.ordersSkipped;
                        break;
                    }
                    if (!r.effect.isEmpty())
                        ++out.effects[r.effect];
                });
                ImportRules rules(m_db, shopId, ordersBefore, aside && aside->any());
                upsert.onNewInReview([&](const Order &o) { rules.add(o); });
                ImportSink sink;
                sink.order = [&](IncomingOrder &in) {
                    ++out.rowsRead;
                    upsert.apply(in);
                };
                sink.reject = [&](const RejectedRow &row) {
                    ++out.rejectedCount;
                    if (out.rejected.size() < kKeptRejects) {
                        // Quoted back on terminals, in .rejected.csv and errors_json: short and inert.
                        out.rejected << row;
                        out.rejected.last().value = ShownText::excerpt(row.value);
                    }
                };
                qint64 rowsSeen = 0; // the reader's count (CSV rows), as the progress shows it
                sink.progress = [&](qint64 bytes, qint64 rows) {
                    rowsSeen = rows;
                    if (m_cancel && m_cancel->load())
                        throw ImportCancelled();
                    if (m_progress)
                        m_progress(bytes, totalBytes, rows);
                };

                const ColumnMapping mapping =
                    unit.platform == u"taobao" ? ColumnMapping() : ColumnMappings::load(m_db, unit.platform);
                ReadNotes notes; // the reader's; read once ImportPipe::run has returned
                ImportPipe::run(
                    [&](const ImportSink &read) {
                        if (unit.platform == u"taobao" && partner)
                            TaobaoReader::read(*source, *partner, read, &notes);
                        else if (unit.platform == u"taobao")
                            TaobaoReader::readAlone(*source, read, &notes);
                        else
                            GenericReader::read(*source, mapping, read);
                    },
                    sink);
                upsert.finish();
                if (m_progress && !(m_cancel && m_cancel->load())) // every row is read and written
                    m_progress(totalBytes, totalBytes, rowsSeen);
                out.inferences = notes.list();
                // The reader's item stage and order numbers are gone: their memory goes back now, before
                // the rest of the review rules (those that look at other orders, the stock hand-out).
                Allocator::releaseFreedMemory();
                if (m_cancel && m_cancel->load())
                    throw ImportCancelled();
                QElapsedTimer analyzeTimer;
                analyzeTimer.start();
                if (aside) {
                    aside->restore([&] {
                        if (m_cancel && m_cancel->load())
                            throw ImportCancelled();
                    });
                    if (qEnvironmentVariableIsSet("PACKLINE_RULE_TIMES"))
                        qInfo("indexes %lld ms", analyzeTimer.restart());
                }
                // A file that grew the orders by a tenth or more (a first import, a peak day): the rest
                // of the review rules query the new rows, planned by what the engine knows of them
                // (PostgreSQL has no statistics of rows this transaction wrote until it is told).
                if (out.ordersNew >= 1000 && out.ordersNew * 10 >= ordersBefore)
                    DatabaseEngine::of(m_db).afterBulkWrite(m_db, {QStringLiteral("orders"),
                                                                   QStringLiteral("order_lines"),
                                                                   QStringLiteral("order_flags")});
                if (qEnvironmentVariableIsSet("PACKLINE_RULE_TIMES"))
                    qInfo("analyze %lld ms", analyzeTimer.elapsed());
                out.rules = rules.finish(m_actor);
                if (m_cancel && m_cancel->load())
                    throw ImportCancelled();
                // Nothing to do is an error, not a recorded run of nothing: the transaction rolls back.
                if (out.rowsRead + out.rejectedCount == 0)
                    throw Error(
                        unit.partnerPath.isEmpty()
                            ? tr("the file has a header but no rows: there is nothing to import.")
                            : tr("the two files have a header but no rows: there is nothing to import."));

                const auto [hash, partnerHash] = hashes.get();
                if (hash.isEmpty() || (!unit.partnerPath.isEmpty() && partnerHash.isEmpty()))
                    throw Error(tr("%1: cannot read the file.").arg(unit.path));
                const QVariant earlier = Sql::scalar(
                    m_db,
                    QStringLiteral(
                        "SELECT id || ' (' || finished_at || ')' FROM import_runs WHERE file_sha256 = ? "
                        "AND partner_sha256 = ? AND id <> ? ORDER BY id DESC"),
                    {hash, Sql::text(partnerHash), out.runId});
                if (earlier.isValid())
                    out.sameAsEarlier = earlier.toString();

                QJsonObject effects;
                for (auto it = out.effects.cbegin(); it != out.effects.cend(); ++it)
                    effects.insert(it.key(), it.value());
                QJsonArray errors;
                for (int i = 0; i < std::min<qsizetype>(kStoredRejects, out.rejected.size()); ++i) {
                    const RejectedRow &r = out.rejected.at(i);
                    errors.append(QJsonObject{{QStringLiteral("file"), r.file},
                                              {QStringLiteral("line"), r.line},
                                              {QStringLiteral("column"), r.column},
                                              {QStringLiteral("value"), r.value},
                                              {QStringLiteral("why"), r.why}});
                }
                Sql::run(
                    m_db,
                    QStringLiteral(
                        "UPDATE import_runs SET rows_read = ?, orders_new = ?, orders_updated = ?, "
                        "orders_unchanged = ?, orders_skipped = ?, rows_rejected = ?, effects_json = ?, "
                        "errors_json = ?, finished_at = ?, file_sha256 = ?, partner_sha256 = ? WHERE id = ?"),
                    {out.rowsRead + out.rejectedCount, out.ordersNew, out.ordersUpdated, out.ordersUnchanged,
                     out.ordersSkipped, out.rejectedCount,
                     QString::fromUtf8(QJsonDocument(effects).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact)),
                     Clock::nowText(), hash, Sql::text(partnerHash), out.runId});
                // The new orders' rules ran above; what the file changed is owed (every order up to
                // the highest id now is past the range the owed run reads, so it reads the changed
                // ones only, from the audit log).
                if (out.ordersUpdated > 0)
                    Sql::run(m_db,
                             QStringLiteral(
                                 "UPDATE import_runs SET rules_pending = 1, rules_orders_after = (SELECT "
                                 "COALESCE(MAX(id), 0) FROM orders), rules_audit_after = ? WHERE id = ?"),
                             {auditBefore, out.runId});
                findInOtherShops(out, shopId, ordersBefore);
                AuditLog::record(m_db, m_actor, QStringLiteral("import_run"), out.runId,
                                 QStringLiteral("import"), {},
                                 {{QStringLiteral("file"), QFileInfo(unit.path).fileName()},
                                  {QStringLiteral("new"), out.ordersNew},
                                  {QStringLiteral("updated"), out.ordersUpdated},
                                  {QStringLiteral("rejected"), out.rejectedCount}});
                tx.commit();
            } catch (const ConnectionLostError &e) {
                throw Error(e.message());
            }
        });
        // The auto-approve switch: after the commit, as after any rule run. The import is in
        // whatever happens here; an order left unapproved waits for a person.
        if (out.ordersNew > 0 && ReviewSettings::load(m_db).autoApprove) {
            RuleScope scope;
            scope.importRunId = out.runId;
            scope.createdAfter = createdAfter;
            try {
                out.rules.autoApproved = RuleEngine::autoApprove(m_db, m_actor, scope);
            } catch (const Error &e) {
                qWarning("auto-approve after import run %lld: %s", out.runId, qPrintable(e.message()));
            }
        }
    } catch (const ImportCancelled &) {
        out = cleared(out);
        out.cancelled = true;
        out.error = tr("Cancelled: nothing from this file was kept.");
    } catch (const Error &e) {
        const QString why = e.message();
        out = cleared(out);
        out.error = tr("%1 was not imported (nothing from it was kept): %2")
                        .arg(QFileInfo(unit.path).fileName(), why);
    }
    out.seconds = timer.elapsed() / 1000.0;
    return out;
}
