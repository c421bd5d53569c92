// The pre-pack view as a planner uses it: create a campaign in the form, add SKUs by code,
// type over a suggested quantity, record a batch and see the numbers change, clear the override,
// write the batch sheet, unpack the leftovers; and in Chinese.
#include "PrepackFixture.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "prepack/Campaigns.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"
#include "ui/prepack/PrepackPlanModel.h"
#include "ui/prepack/PrepackView.h"

#include <QAbstractItemModelTester>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace Fixture;

class TestPrepackView : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    std::unique_ptr<QTemporaryDir> settingsDir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<PrepackView> view;
    // Every change a test drives goes through Qt's model checks.
    std::unique_ptr<QAbstractItemModelTester> planTester;
    qint64 a = 0, b = 0;

    QTableView *plan() const { return view->planTable(); }
    int rows() const { return plan()->model()->rowCount(); }
    QString cell(int row, int column) const { return plan()->model()->index(row, column).data().toString(); }
    int rowOf(const QString &code) const
    {
        for (int r = 0; r < rows(); ++r)
            if (cell(r, PrepackPlanModel::Sku) == code)
                return r;
        return -1;
    }
    QString status() const { return view->findChild<QLabel *>(QStringLiteral("status"))->text(); }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : view->findChildren<QPushButton *>())
            if (b->text().startsWith(text))
                return b;
        return nullptr;
    }
    // Type into the Planned cell as a person does: select it, type, Enter.
    void typePlanned(int row, const QString &text)
    {
        plan()->setCurrentIndex(plan()->model()->index(row, PrepackPlanModel::Planned));
        plan()->setFocus();
        QTest::keyClick(plan(), Qt::Key_F2);
        QWidget *editor = plan()->focusWidget();
        QVERIFY(editor && editor != plan());
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Delete);
        else
            QTest::keyClicks(line, text);
        QSignalSpy refreshed(view.get(), &PrepackView::planRefreshed);
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(refreshed.wait(2000)); // the refresh is queued after the edit
    }

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        t = std::make_unique<TestDatabase>();
        a = addSku(t->connection(), QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 500,
                   QStringLiteral("6900000000011"));
        b = addSku(t->connection(), QStringLiteral("HOT-B"), QStringLiteral("A-02-01"), 40);
        settingsDir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<AppSettings>(settingsDir->filePath(QStringLiteral("s.ini")));
        context = std::make_unique<AppContext>(AppContext{t->db(), TestDatabase::actor(), *settings});
        view = std::make_unique<PrepackView>(*context);
        planTester = std::make_unique<QAbstractItemModelTester>(
            view->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->resize(1300, 700);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->activate();
    }
    void cleanup()
    {
        planTester.reset();
        view.reset();
        Translations::install(QStringLiteral("en"));
    }

    void planEditBatchAndNumbers()
    {
        // Create the campaign in the form.
        auto *name = view->findChild<QLineEdit *>(QStringLiteral("campaignName"));
        name->setText(QStringLiteral("聚划算 双11")); // keyClicks types Latin-1 only
        QTest::mouseClick(button(QStringLiteral("Create new")), Qt::LeftButton);
        QVERIFY2(view->currentCampaign() > 0, qPrintable(status()));
        QCOMPARE(view->findChild<QListWidget *>(QStringLiteral("campaigns"))->count(), 1);

        // Add two SKUs by code (expected 100 orders, the default): 60% → 60, B capped by its 40.
        auto *code = view->findChild<QLineEdit *>(QStringLiteral("skuCode"));
        QTest::keyClicks(code, QStringLiteral("HOT-A"));
        QTest::keyClick(code, Qt::Key_Return);
        QTest::keyClicks(code, QStringLiteral("HOT-B"));
        QTest::keyClick(code, Qt::Key_Return);
        QTest::keyClicks(code, QStringLiteral("NOPE"));
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(status().contains(QStringLiteral("NOPE")));
        QCOMPARE(rows(), 2);
        const int ra = rowOf(QStringLiteral("HOT-A"));
        QCOMPARE(cell(ra, PrepackPlanModel::Suggested), QStringLiteral("60"));
        QCOMPARE(cell(ra, PrepackPlanModel::Planned), QStringLiteral("60"));
        QCOMPARE(cell(ra, PrepackPlanModel::Limit), QStringLiteral("1"));
        QCOMPARE(cell(rowOf(QStringLiteral("HOT-B")), PrepackPlanModel::Suggested), QStringLiteral("40"));

        // Type over the suggestion: that line repaints, nothing else (no reset).
        QSignalSpy resets(view->planModel(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(view->planModel(), &QAbstractItemModel::dataChanged);
        typePlanned(ra, QStringLiteral("80"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), ra);
        QCOMPARE(changes.first().at(1).toModelIndex().row(), ra);
        QCOMPARE(cell(ra, PrepackPlanModel::Planned), QStringLiteral("80"));
        QCOMPARE(cell(ra, PrepackPlanModel::Suggested), QStringLiteral("60"));
        QCOMPARE(cell(ra, PrepackPlanModel::ToPack), QStringLiteral("80"));
        QCOMPARE(Campaigns::load(t->connection(), view->currentCampaign())->skus[0].plannedQty,
                 std::optional<int>(80));
        typePlanned(ra, QStringLiteral("lots"));
        QVERIFY(status().contains(QStringLiteral("lots")));
        QCOMPARE(cell(ra, PrepackPlanModel::Planned), QStringLiteral("80"));

        // Record a batch of 50 for HOT-A: pre-packed 50, still to pack 30, ledger agrees.
        plan()->selectRow(ra);
        auto *qty = view->findChild<QSpinBox *>(QStringLiteral("batchQty"));
        QCOMPARE(qty->value(), 80); // offers what is still to pack
        qty->setValue(50);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("recordBatch")), Qt::LeftButton);
        QVERIFY2(status().contains(QStringLiteral("50")), qPrintable(status()));
        QCOMPARE(cell(ra, PrepackPlanModel::Prepacked), QStringLiteral("50"));
        QCOMPARE(cell(ra, PrepackPlanModel::ToPack), QStringLiteral("30"));
        QCOMPARE(levels(t->connection(), a).prepacked, 50);
        QCOMPARE(ledgerMismatches(t->connection()), 0);
        QVERIFY(view->lastBatch() > 0);

        // More than the loose stock of B is refused with the reason, and nothing moves.
        const int rb = rowOf(QStringLiteral("HOT-B"));
        plan()->selectRow(rb);
        qty->setValue(41);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("recordBatch")), Qt::LeftButton);
        QVERIFY2(status().contains(QStringLiteral("HOT-B")), qPrintable(status()));
        QCOMPARE(cell(rb, PrepackPlanModel::Prepacked), QStringLiteral("0"));

        // Clearing the override follows the suggestion again.
        typePlanned(ra, QString());
        QCOMPARE(cell(ra, PrepackPlanModel::Planned), QStringLiteral("60"));
        QCOMPARE(cell(ra, PrepackPlanModel::ToPack), QStringLiteral("10"));

        // The batch sheet goes to a PDF.
        const QString pdf = t->dir() + QStringLiteral("/sheet.pdf");
        FileChooser::setNextAnswer(pdf);
        QTest::mouseClick(button(QStringLiteral("Batch sheet")), Qt::LeftButton);
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // Leftovers back to loose stock after confirming.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(QStringLiteral("Unpack leftovers")), Qt::LeftButton);
        QCOMPARE(cell(ra, PrepackPlanModel::Prepacked), QStringLiteral("0"));
        QCOMPARE(levels(t->connection(), a).onHand, 500);
        QCOMPARE(ledgerMismatches(t->connection()), 0);
    }

    void otherProcessChangesShowAfterRefresh()
    {
        Campaign c;
        c.name = QStringLiteral("秒杀");
        c.startsAt = QStringLiteral("2026-12-12 00:00:00");
        c.endsAt = QStringLiteral("2026-12-13 00:00:00");
        QVERIFY(Campaigns::save(t->connection(), actor(), c).ok);
        QVERIFY(Campaigns::addSkuByCode(t->connection(), actor(), c.id, QStringLiteral("HOT-A"), 10).ok);
        view->databaseChanged();
        view->selectCampaign(c.id);
        QCOMPARE(rows(), 1);
        QCOMPARE(cell(0, PrepackPlanModel::Suggested), QStringLiteral("6"));
    }

    void chinese()
    {
        Translations::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(plan()->model()->headerData(PrepackPlanModel::Suggested, Qt::Horizontal).toString(),
                 QStringLiteral("建议数量"));
        QVERIFY(button(QStringLiteral("记录批次")));
    }
};

QTEST_MAIN(TestPrepackView)
#include "tst_prepackview.moc"
