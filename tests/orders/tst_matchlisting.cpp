// "Match listing…" in the review desk, as a reviewer uses it, offscreen: the desk says how many
// orders wait on unmatched listings; the dialog searches the catalog, takes a SKU (or a combo's
// SKUs) and saves; the waiting orders are matched at once and later imports use the mapping.
#include "ReviewFixture.h"
#include "TestPaths.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "intake/OrderImport.h"
#include "orders/Listings.h"
#include "ui/AppContext.h"
#include "ui/intake/ImportDialog.h"
#include "ui/orders/MatchListingDialog.h"
#include "ui/orders/OrdersView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace ReviewFixture;

class TestMatchListing : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase db() const { return m_db->connection(); }

    ImportOutcome import(const char *name)
    {
        OrderImport importer(db(), TestDatabase::actor());
        const QString path = QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/") + QLatin1String(name);
        return importer.run(OrderImport::plan(db(), {path}, QStringLiteral("auto")).first(), QString());
    }
    QStringList codesOf(const QString &orderNo)
    {
        QSqlQuery q =
            Sql::run(db(),
                     QStringLiteral("SELECT COALESCE(s.code, '?'), l.qty FROM order_lines l JOIN orders o "
                                    "ON o.id = l.order_id LEFT JOIN skus s ON s.id = l.sku_id WHERE "
                                    "o.platform_order_no = ? ORDER BY l.line_no"),
                     {orderNo});
        QStringList codes;
        while (q.next())
            codes << QStringLiteral("%1×%2").arg(q.value(0).toString()).arg(q.value(1).toInt());
        return codes;
    }
    template <class T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); }
    void init()
    {
        Translations::install(QStringLiteral("en"));
        m_db = std::make_unique<TestDatabase>();
        sku(db(), QStringLiteral("TS-BLK-XL"), 50);
        sku(db(), QStringLiteral("MUG-WHT"), 50);
        sku(db(), QStringLiteral("SPOON"), 50);
        QVERIFY(import("shop_quoted.csv").error.isEmpty());
    }
    void cleanup() { m_db.reset(); }

    // The import dialog's summary names what was inferred from a single-file order report.
    void importDialogNamesTheInferences()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        AppContext context{m_db->db(), TestDatabase::actor(), settings};
        ImportDialog dialog(context);
        dialog.show();
        dialog.addFiles({QStringLiteral(PACKLINE_TEST_DATA_DIR "/intake/shop_gb2312.csv")});
        QSignalSpy done(&dialog, &ImportDialog::importFinished);
        QPushButton *importButton = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().remove(u'&') == QStringLiteral("Import"))
                importButton = b;
        QVERIFY(importButton && importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(done.wait(30000));
        const QString summary = dialog.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("shop_gb2312.csv (taobao, GBK/GB18030): 2 new")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("   Inferred: order report alone: lines from titles")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("   Inferred: status “已发货” read as “shipped”")),
                 qPrintable(summary));
    }

    void deskShowsTheSummary()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        AppContext context{m_db->db(), TestDatabase::actor(), settings};
        OrdersView view(context);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *unmatched = child<QLabel>(&view, "unmatchedListings");
        QVERIFY2(unmatched->text().contains(
                     QStringLiteral("Unmatched listing: 3 orders, 2 listings — Match listing… (L)")),
                 qPrintable(unmatched->text()));

        // L on the selected order opens "Match listing…" on its listing.
        view.showStage(Stage::Imported);
        view.table()->setFocus();
        view.table()->selectRow(0);
        const QString firstListing =
            ListingMatches::firstUnmatchedOf(db(), view.selectedOrderIds().value(0)).text();
        QVERIFY(!firstListing.isEmpty());
        QString shown;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<MatchListingDialog *>(w)) {
                    shown = child<QListWidget>(dialog, "listings")->currentItem()->text();
                    dialog->reject();
                }
        });
        QTest::keyClick(view.table(), Qt::Key_L);
        QVERIFY2(shown.endsWith(firstListing), qPrintable(shown + u'|' + firstListing));
    }

    void matchInTheDialogThenImport()
    {
        MatchListingDialog dialog(db(), TestDatabase::actor());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *listings = child<QListWidget>(&dialog, "listings");
        QCOMPARE(listings->count(), 2);
        QVERIFY(listings->currentItem()->text().startsWith(QStringLiteral("2 orders · 纯棉T恤")));
        // The suggestions already put the shirt first; search for it as a person would anyway.
        auto *search = child<QLineEdit>(&dialog, "search");
        auto *skus = child<QTableWidget>(&dialog, "skus");
        QCOMPARE(skus->item(0, 0)->text(), QStringLiteral("TS-BLK-XL"));
        QTest::keyClicks(search, QStringLiteral("ts-blk"));
        QCOMPARE(skus->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(&dialog, "add"), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(&dialog, "components")->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(&dialog, "save"), Qt::LeftButton);
        QCOMPARE(dialog.lastStatus(),
                 QStringLiteral(
                     "纯棉T恤 男款 短袖 [颜色分类:黑色;尺码:XL]: remembered; 2 waiting orders matched."));
        QCOMPARE(codesOf(QStringLiteral("20261111000000-100")), QStringList{QStringLiteral("TS-BLK-XL×2")});

        // The mug set is a combo: a mug and two spoons.
        QCOMPARE(listings->count(), 1);
        QTest::keyClicks(search, QStringLiteral("MUG"));
        QTest::mouseClick(child<QPushButton>(&dialog, "add"), Qt::LeftButton);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("spoon"));
        auto *qty = child<QSpinBox>(&dialog, "qty");
        qty->setFocus();
        QTest::keyClick(qty, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(qty, QStringLiteral("2"));
        QTest::mouseClick(child<QPushButton>(&dialog, "add"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "save"), Qt::LeftButton);
        QCOMPARE(dialog.ordersFixed(), 3);
        QCOMPARE(codesOf(QStringLiteral("20261111000000-101")),
                 (QStringList{QStringLiteral("MUG-WHT×1"), QStringLiteral("SPOON×2")}));
        QCOMPARE(listings->count(), 0);
        QCOMPARE(child<QLabel>(&dialog, "summary")->text(),
                 QStringLiteral("Unmatched listing: 0 orders, 0 listings"));

        // A later file: the shirt mapping made above applies as the lines come in.
        QVERIFY(import("shop_gb2312.csv").error.isEmpty());
        QCOMPARE(codesOf(QStringLiteral("202611110905004")), QStringList{QStringLiteral("TS-BLK-XL×1")});
        QCOMPARE(
            codesOf(QStringLiteral("202611110905001")),
            (QStringList{QStringLiteral("TS-BLK-XL×1"), QStringLiteral("?×2")})); // the mug without a set
    }
};

QTEST_MAIN(TestMatchListing)
#include "tst_matchlisting.moc"
