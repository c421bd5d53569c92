// Review desk benchmark: the Orders view's first page on a big database and the review rules
// over 100k orders, each with a reference measured in the same run on the same file.
//   review_bench --db FILE            (a `packline demo --orders 1000000` database; read-mostly)
//   review_bench --rules-db FILE      (a 100k-order demo database; the rules write flags into it)
// FILE may be a postgresql:// URI: the same on a server.
#include "BenchDatabase.h"
#include "base/Clock.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "orders/OrderList.h"
#include "orders/StageCounts.h"
#include "review/RuleEngine.h"
#include "ui/orders/OrdersModel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {
QTextStream out(stdout);

double ms(QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

QString size(const Database &db)
{
    return QStringLiteral("%1 MB, %2").arg(databaseMb(db), 0, 'f', 1).arg(db.engineName());
}

// What a reviewer waits for on picking a filter (count, first page, flags), the sort already
// chosen; the default view (no filter) is the model's construction.
double openView(const QSqlDatabase &c, const OrdersFilter &filter, int column, Qt::SortOrder order,
                QString *total = nullptr)
{
    QElapsedTimer t;
    t.start();
    OrdersModel model(c);
    if (filter != OrdersFilter{} || column != OrdersModel::PaidAtColumn || order != Qt::DescendingOrder) {
        model.sort(column, order);
        t.restart();
        model.setFilter(filter);
    }
    if (total)
        *total =
            QString::number(model.totalCount()) + (model.totalIsCapped() ? QStringLiteral("+") : QString());
    return ms(t);
}

void firstPage(const QString &path)
{
    Database db;
    if (!db.open(path)) {
        out << db.error() << Qt::endl;
        return;
    }
    const QSqlDatabase c = db.connection();
    const qint64 orders = Sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    out << "database " << path << ": " << orders << " orders, " << size(db) << Qt::endl;

    // Reference: the bare newest-256 query the page needs, without count, flags or a model.
    QElapsedTimer t;
    t.start();
    QSqlQuery ref = Sql::run(c, QStringLiteral("SELECT id, platform_order_no, paid_fen FROM orders "
                                               "ORDER BY paid_at DESC, id DESC LIMIT 256"));
    int n = 0;
    while (ref.next())
        ++n;
    const double reference = ms(t);
    out << QStringLiteral("reference: bare newest-256 query          %1 ms\n").arg(reference, 7, 'f', 1);

    // Each line: a fresh model (count + first 256 rows + their flags), target <= 200 ms.
    auto line = [&](const char *what, const OrdersFilter &f, int column, Qt::SortOrder order) {
        QString total;
        const double took = openView(c, f, column, order, &total);
        out << QStringLiteral("%1 %2 ms  (%3 orders)\n")
                   .arg(QString::fromUtf8(what), -40)
                   .arg(took, 7, 'f', 1)
                   .arg(total);
    };
    OrdersFilter all;
    OrdersFilter queue;
    queue.stage = Stage::Imported;
    line("all orders, newest paid first (default)", all, OrdersModel::PaidAtColumn, Qt::DescendingOrder);
    line("review queue (to review, by priority)", queue, OrdersModel::PriorityColumn, Qt::DescendingOrder);
    OrdersFilter noted = queue;
    noted.hasNote = true;
    line("queue + has message/memo", noted, OrdersModel::PriorityColumn, Qt::DescendingOrder);
    OrdersFilter flagged = queue;
    flagged.flag = QStringLiteral("*");
    line("queue + any flag", flagged, OrdersModel::PriorityColumn, Qt::DescendingOrder);
    OrdersFilter province = queue;
    province.province = QStringLiteral("广东");
    line("queue + province 广东", province, OrdersModel::PriorityColumn, Qt::DescendingOrder);
    OrdersFilter courier;
    courier.stage = Stage::Submitted;
    courier.courier = QStringLiteral("ZTO");
    line("submitted + courier ZTO", courier, OrdersModel::PaidAtColumn, Qt::DescendingOrder);
    line("queue sorted by buyer", queue, OrdersModel::BuyerColumn, Qt::AscendingOrder);
    line("queue sorted by amount (no index)", queue, OrdersModel::AmountColumn, Qt::DescendingOrder);
    OrdersFilter search;
    search.search =
        Sql::scalar(c, QStringLiteral("SELECT buyer_nick FROM orders ORDER BY id DESC LIMIT 1")).toString();
    line("search by buyer", search, OrdersModel::PaidAtColumn, Qt::DescendingOrder);
    OrdersFilter tail;
    tail.search = QStringLiteral("8000");
    line("search by phone tail (index)", tail, OrdersModel::PaidAtColumn, Qt::DescendingOrder);
    t.restart();
    StageCounts::read(c);
    out << QStringLiteral("%1 %2 ms\n").arg(QStringLiteral("stage chip counts"), -40).arg(ms(t), 7, 'f', 1);

    // Scrolling a sort no index serves (amount): page 1 scans the stage, page 2 lists the ids of
    // the rest in one more scan, pages after it read by id.
    {
        OrdersPager byAmount(c, {QStringLiteral("id")}, queue,
                             OrderList::sortKey(OrderListSort::Amount, true, queue));
        QList<double> amountPages;
        for (int i = 0; i < 20; ++i) {
            t.restart();
            const int read = byAmount.next(OrdersModel::kPageSize, [](const QSqlQuery &) {});
            amountPages << ms(t);
            if (read < OrdersModel::kPageSize)
                break;
        }
        QList<double> later = amountPages.mid(2);
        std::sort(later.begin(), later.end());
        out << QStringLiteral(
                   "queue by amount scrolled: page 1 %1 ms, page 2 %2 ms, pages 3-%3 median %4 ms\n")
                   .arg(amountPages.value(0), 0, 'f', 1)
                   .arg(amountPages.value(1), 0, 'f', 1)
                   .arg(amountPages.size())
                   .arg(later.isEmpty() ? 0.0 : later.at(later.size() / 2), 0, 'f', 2);
    }

    // Deep scrolling: the queue page by page to its end with the model's keyset pager; each page
    // costs what the first does. Reference: the same deep page by LIMIT/OFFSET, as before.
    const OrdersSortKey key = OrderList::sortKey(OrderListSort::Priority, true, queue);
    OrdersPager pager(c,
                      {QStringLiteral("id"), QStringLiteral("platform_order_no"), QStringLiteral("paid_fen")},
                      queue, key);
    QList<double> pages;
    for (;;) {
        t.restart();
        const int read = pager.next(OrdersModel::kPageSize, [](const QSqlQuery &) {});
        pages << ms(t);
        if (read < OrdersModel::kPageSize)
            break;
    }
    const qsizetype last = pages.size() - 1;
    const qsizetype deep = std::max<qsizetype>(0, last - 1); // the deepest full page (0 on a small database)
    QList<double> sorted = pages;
    std::sort(sorted.begin(), sorted.end());
    t.restart();
    QSqlQuery offset =
        Sql::run(c,
                 QStringLiteral("SELECT id, platform_order_no, paid_fen FROM orders WHERE stage = 'imported' "
                                "ORDER BY priority DESC, paid_at, id LIMIT 256 OFFSET ?"),
                 {qint64(deep) * OrdersModel::kPageSize});
    while (offset.next())
        ++n;
    const double offsetMs = ms(t);
    out << QStringLiteral(
               "queue scrolled to the end: %1 pages of %2; page 1 %3 ms, page %4 %5 ms, median %6 ms, "
               "max %7 ms\n")
               .arg(pages.size())
               .arg(OrdersModel::kPageSize)
               .arg(pages.first(), 0, 'f', 2)
               .arg(deep + 1)
               .arg(pages.at(deep), 0, 'f', 2)
               .arg(sorted.at(sorted.size() / 2), 0, 'f', 2)
               .arg(sorted.last(), 0, 'f', 2);
    out << QStringLiteral("reference: page %1 by LIMIT/OFFSET          %2 ms  (%3x the keyset page)\n")
               .arg(deep + 1)
               .arg(offsetMs, 7, 'f', 1)
               .arg(offsetMs / std::max(0.001, pages.at(deep)), 0, 'f', 0);
}

void rules(const QString &path)
{
    Database db;
    if (!db.open(path)) {
        out << db.error() << Qt::endl;
        return;
    }
    const QSqlDatabase c = db.connection();
    // The demo's flash-sale SKUs are the first five: one per person.
    Sql::run(c,
             QStringLiteral(
                 "UPDATE skus SET purchase_limit = 1 WHERE id IN (SELECT id FROM skus ORDER BY id LIMIT 5)"));
    const qint64 orders = Sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    out << "database " << path << ": " << orders << " orders, " << size(db) << Qt::endl;

    // Reference: reading the orders under review and their lines once, as the engine does.
    QElapsedTimer t;
    t.start();
    qint64 rows = 0;
    QSqlQuery o = Sql::run(
        c, QStringLiteral("SELECT * FROM orders WHERE stage IN ('imported', 'reviewed', 'out_of_stock')"));
    while (o.next())
        ++rows;
    QSqlQuery l =
        Sql::run(c, QStringLiteral("SELECT l.* FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                   "WHERE o.stage IN ('imported', 'reviewed', 'out_of_stock')"));
    while (l.next())
        ++rows;
    const double reference = ms(t);

    const RuleRunSummary first = RuleEngine::run(c, {QStringLiteral("bench"), QStringLiteral("BENCH")});
    const RuleRunSummary again = RuleEngine::run(c, {QStringLiteral("bench"), QStringLiteral("BENCH")});
    out << QStringLiteral("reference: read orders+lines under review %1 ms (%2 rows)\n")
               .arg(reference, 7, 'f', 1)
               .arg(rows);
    out << QStringLiteral(
               "rules, first run                          %1 ms  (%2x reference, target <= 5000 ms): "
               "%3 orders, %4 flagged, %5 flags\n")
               .arg(double(first.elapsedMs), 7, 'f', 1)
               .arg(first.elapsedMs / std::max(0.01, reference), 0, 'f', 1)
               .arg(first.orders)
               .arg(first.flaggedOrders)
               .arg(first.flags);
    out << QStringLiteral("rules, re-run (replaces rule flags)       %1 ms\n")
               .arg(double(again.elapsedMs), 7, 'f', 1);
    for (auto it = again.byFlag.cbegin(); it != again.byFlag.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(it.key(), -16).arg(it.value(), 8);
}
} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, also into a pipe or a log
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Big demo database for the first-page figures."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rules-db"),
                      QStringLiteral("Demo database the rules run over (gets flags)."),
                      QStringLiteral("FILE")});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(QStringLiteral("db")))
        firstPage(parser.value(QStringLiteral("db")));
    if (parser.isSet(QStringLiteral("rules-db")))
        rules(parser.value(QStringLiteral("rules-db")));
    if (!parser.isSet(QStringLiteral("db")) && !parser.isSet(QStringLiteral("rules-db")))
        parser.showHelp(2);
    return 0;
}
