// Review desk benchmark: the Orders view's first page on a big database and the review rules
// over 100k orders, each with a reference measured in the same run on the same file.
//   review_bench --db FILE            (a `packline demo --orders 1000000` database; read-mostly)
//   review_bench --rules-db FILE      (a 100k-order demo database; the rules write flags into it)
#include "base/Clock.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "orders/StageCounts.h"
#include "orders/review/RuleEngine.h"
#include "ui/orders/OrdersModel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace {
QTextStream out(stdout);

double ms(QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

QString size(const QString &path)
{
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', 1);
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
    out << "database " << path << ": " << orders << " orders, " << size(path) << Qt::endl;

    // Reference: the bare newest-256 query the page needs, without count, flags or a model.
    QElapsedTimer t;
    t.start();
    QSqlQuery ref = Sql::run(c, QStringLiteral("SELECT id, platform_order_no, paid_fen FROM orders "
                                               "ORDER BY paid_at DESC, id DESC LIMIT 256"));
    int n = 0;
    while (ref.next())
        ++n;
    const double reference = ms(t);

    t.restart();
    OrdersModel all(c);
    const double allMs = ms(t);
    t.restart();
    OrdersFilter review;
    review.stage = Stage::Imported;
    all.setFilter(review);
    all.sort(OrdersModel::PriorityColumn, Qt::DescendingOrder);
    const double queueMs = ms(t);
    t.restart();
    OrdersFilter flagged = review;
    flagged.flag = QStringLiteral("*");
    all.setFilter(flagged);
    const double flaggedMs = ms(t);
    t.restart();
    OrdersFilter search;
    search.search = all.index(0, OrdersModel::BuyerColumn).data().toString();
    all.setFilter(search);
    const double searchMs = ms(t);
    t.restart();
    const auto counts = StageCounts::read(c);
    const double chipsMs = ms(t);
    t.restart();
    OrdersFilter tail;
    tail.search = QStringLiteral("8000");
    all.setFilter(tail);
    const double tailMs = ms(t);

    out << QStringLiteral("reference: bare newest-256 query        %1 ms\n").arg(reference, 7, 'f', 1);
    out << QStringLiteral(
               "first page, all orders (count+page+flags) %1 ms  (%2x reference, target <= 200 ms)\n")
               .arg(allMs, 7, 'f', 1)
               .arg(allMs / std::max(0.01, reference), 0, 'f', 1);
    out << QStringLiteral("review queue (to review, by priority)     %1 ms  (%2 orders)\n")
               .arg(queueMs, 7, 'f', 1)
               .arg(counts.value(Stage::Imported));
    out << QStringLiteral("flagged orders to review                  %1 ms\n").arg(flaggedMs, 7, 'f', 1);
    out << QStringLiteral("search by buyer                           %1 ms\n").arg(searchMs, 7, 'f', 1);
    out << QStringLiteral("search by phone tail (full scan)          %1 ms\n").arg(tailMs, 7, 'f', 1);
    out << QStringLiteral("stage chip counts                         %1 ms\n").arg(chipsMs, 7, 'f', 1);
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
    out << "database " << path << ": " << orders << " orders, " << size(path) << Qt::endl;

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
