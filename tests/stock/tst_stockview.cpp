// The stock view offscreen: receiving and an adjustment done by scanning (keyClicks + Enter into
// the scan field, as a keyboard-wedge scanner types), an unknown scan refused, the table and
// ledger following, and the low-stock mark carried by text.
#include "TestDatabase.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Sql.h"
#include "stock/StockAdjustments.h"
#include "ui/AppContext.h"
#include "ui/stock/AdjustDialog.h"
#include "ui/stock/LedgerModel.h"
#include "ui/stock/ReceiveDialog.h"
#include "ui/stock/ScanField.h"
#include "ui/stock/StockModel.h"
#include "ui/stock/StockView.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

class TestStockView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<StockView> m_view;
    qint64 m_sku = 0;
    QString m_barcode;

    int onHand() const
    {
        return Sql::scalar(m_db->connection(),
                           QStringLiteral("SELECT on_hand FROM stock_levels WHERE sku_id = ?"), {m_sku})
            .toInt();
    }
    void scan(QLineEdit *field, const QString &code)
    {
        field->setFocus();
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        m_db = std::make_unique<TestDatabase>();
        m_db->seedDemo(200);
        m_settingsDir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
        m_context = std::make_unique<AppContext>(AppContext{m_db->db(), TestDatabase::actor(), *m_settings});
        m_view = std::make_unique<StockView>(*m_context);
        m_view->resize(1200, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSqlQuery q =
            Sql::run(m_db->connection(),
                     QStringLiteral("SELECT sku_id, barcode FROM sku_barcodes ORDER BY barcode LIMIT 1"));
        QVERIFY(q.next());
        m_sku = q.value(0).toLongLong();
        m_barcode = q.value(1).toString();
        // Free stock to write off whatever the demo reserved.
        QVERIFY(StockAdjustments::adjust(m_db->connection(), TestDatabase::actor(),
                                         {m_sku, 10, AdjustReason::Received, {}, {}}));
        m_view->model()->reload();
    }
    void cleanup()
    {
        m_view.reset();
        m_context.reset();
        m_settings.reset();
        m_db.reset();
    }

    void listsEverySkuWithATextMark()
    {
        QCOMPARE(m_view->model()->rowCount(), 200);
        bool sawMark = false;
        for (int r = 0; r < m_view->model()->rowCount(); ++r) {
            const QString status = m_view->model()->index(r, StockModel::StatusColumn).data().toString();
            const StockRiskRow &row = m_view->model()->rowAt(r);
            QCOMPARE(status.contains(u"Low stock"), row.lowStock());
            QCOMPARE(status.contains(u"Oversell risk"), row.oversellRisk());
            sawMark = sawMark || row.lowStock() || row.oversellRisk();
            QCOMPARE(m_view->model()->index(r, StockModel::AvailableColumn).data(StockModel::RawRole).toInt(),
                     row.onHand - row.reserved - row.safetyStock);
        }
        QVERIFY(sawMark);
        QTest::keyClicks(m_view->searchField(), m_barcode); // a scan into the search finds the SKU
        QCOMPARE(m_view->model()->rowCount(), 1);
        QTest::keyClick(m_view->searchField(), Qt::Key_Return);
        QCOMPARE(m_view->selectedSku(), m_sku);
        QVERIFY(m_view->ledger()->rowCount() > 0);
    }

    void receiveByScanning()
    {
        const int before = onHand();
        QTest::mouseClick(m_view->receiveButton(), Qt::LeftButton);
        auto *dialog = m_view->findChild<ReceiveDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        scan(dialog->scanField(), m_barcode); // +1
        scan(dialog->scanField(), m_barcode); // +1
        dialog->quantityBox()->setFocus();
        dialog->quantityBox()->selectAll();
        QTest::keyClicks(dialog->quantityBox(), QStringLiteral("3"));
        scan(dialog->scanField(), m_barcode); // +3 typed
        QCOMPARE(dialog->quantityBox()->value(), 1);
        scan(dialog->scanField(), QStringLiteral("0000000000000"));
        QVERIFY2(dialog->statusLabel()->text().contains(u"Unknown"),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->pendingUnits(), 5);
        QCOMPARE(onHand(), before); // nothing booked before Post
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("postReceipt")), Qt::LeftButton);
        QCOMPARE(onHand(), before + 5);
        QCOMPARE(Sql::scalar(m_db->connection(),
                             QStringLiteral(
                                 "SELECT delta FROM stock_ledger WHERE sku_id = ? ORDER BY id DESC LIMIT 1"),
                             {m_sku})
                     .toInt(),
                 5);
        QTRY_VERIFY(!m_view->findChild<ReceiveDialog *>());
        const int row = m_view->model()->rowOf(m_sku);
        QCOMPARE(m_view->model()->index(row, StockModel::OnHandColumn).data().toInt(), before + 5);
    }

    void adjustByScanning()
    {
        const int before = onHand();
        QTest::mouseClick(m_view->adjustButton(), Qt::LeftButton);
        auto *dialog = m_view->findChild<AdjustDialog *>();
        QVERIFY(dialog);
        scan(dialog->skuField(), m_barcode);
        QCOMPARE(dialog->skuId(), m_sku);
        // Focus moved to the quantity: type −1 and choose Damaged.
        QWidget *focus = dialog->focusWidget();
        QVERIFY(focus == dialog->quantityBox() || dialog->quantityBox()->isAncestorOf(focus));
        dialog->quantityBox()->selectAll();
        QTest::keyClicks(dialog->quantityBox(), QStringLiteral("-1"));
        QCOMPARE(dialog->quantityBox()->value(), -1);
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(QStringLiteral("received")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyAdjustment")),
                          Qt::LeftButton);
        QVERIFY2(dialog->statusLabel()->text().contains(u"positive"),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(onHand(), before);
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(QStringLiteral("damaged")));
        QTest::keyClicks(dialog->noteField(), QStringLiteral("carton crushed"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyAdjustment")),
                          Qt::LeftButton);
        QCOMPARE(onHand(), before - 1);
        QSqlQuery q =
            Sql::run(m_db->connection(),
                     QStringLiteral("SELECT reason, delta, note, operator FROM stock_ledger WHERE sku_id = ? "
                                    "ORDER BY id DESC LIMIT 1"),
                     {m_sku});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("damaged"));
        QCOMPARE(q.value(1).toInt(), -1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("carton crushed"));
        QCOMPARE(q.value(3).toString(), TestDatabase::actor().operatorName);
        QTRY_VERIFY(!m_view->findChild<AdjustDialog *>());
        m_view->selectSku(m_sku);
        QCOMPARE(m_view->ledger()->index(0, LedgerModel::DeltaColumn).data().toString(),
                 QStringLiteral("-1"));
        QCOMPARE(m_view->ledger()->index(0, LedgerModel::ReasonColumn).data().toString(),
                 QStringLiteral("Damaged"));
    }
};

QTEST_MAIN(TestStockView)
#include "tst_stockview.moc"
