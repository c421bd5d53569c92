// The stock view offscreen: receiving and an adjustment done by scanning (keyClicks + Enter into
// the scan field, as a keyboard-wedge scanner types), an unknown scan refused, the table and
// ledger following, and the low-stock mark carried by text. The catalog: a SKU created by typing
// and scanning its barcodes, edited from the row (Enter), a barcode of another SKU refused with
// that SKU named, and the Files menu (catalog import with a bad row refused whole and shown in a
// table; stock receipts; catalog and Taobao exports).
#include "TestDatabase.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Sql.h"
#include "stock/SkuCatalog.h"
#include "stock/SkuEditor.h"
#include "stock/StockAdjustments.h"
#include "ui/AppContext.h"
#include "ui/FileChooser.h"
#include "ui/MessageBox.h"
#include "ui/stock/AdjustDialog.h"
#include "ui/stock/CsvReportDialog.h"
#include "ui/stock/LedgerModel.h"
#include "ui/stock/ReceiveDialog.h"
#include "ui/stock/ScanField.h"
#include "ui/stock/SkuDialog.h"
#include "ui/stock/StockModel.h"
#include "ui/stock/StockView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

class TestStockView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<StockView> m_view;
    // Every change a test drives goes through Qt's model checks.
    std::unique_ptr<QAbstractItemModelTester> m_stockTester, m_ledgerTester;
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
    template <typename W> static W *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<W *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    // A dialog the way a person has it: shown and the active window (so keys reach its fields).
    template <typename D> D *openedDialog()
    {
        D *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_view->findChild<D *>()) != nullptr; }, 2000))
            return nullptr;
        if (!QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        dialog->activateWindow();
        return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
    }
    // The dialog gone and the view the active window again, as after a person closes it.
    template <typename D> bool backToView()
    {
        if (!QTest::qWaitFor([&] { return m_view->findChild<D *>() == nullptr; }, 2000))
            return false;
        m_view->activateWindow();
        return QTest::qWaitForWindowActive(m_view.get());
    }
    qint64 skuCount() const
    {
        return countRows(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM skus"));
    }
    void triggerFileAction(const char *name)
    {
        auto *action = m_view->filesButton()->menu()->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
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
        m_stockTester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_ledgerTester = std::make_unique<QAbstractItemModelTester>(
            m_view->ledger(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(1200, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow(); // window shortcuts (Ctrl+N) need the active window
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
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
        m_stockTester.reset();
        m_ledgerTester.reset();
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

    void functionKeysOpenTheDesks()
    {
        // Regression: QPushButton::setText (on every retranslate) used to wipe the F-key shortcuts.
        // A button's shortcut animates a click: the dialog comes ~100 ms later.
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_F2);
        QTRY_VERIFY(m_view->findChild<AdjustDialog *>());
        m_view->findChild<AdjustDialog *>()->reject();
        QVERIFY(backToView<AdjustDialog>());
        QTest::keyClick(m_view->table(), Qt::Key_F3);
        QTRY_VERIFY(m_view->findChild<ReceiveDialog *>());
        m_view->findChild<ReceiveDialog *>()->reject();
        QCOMPARE(m_view->newSkuButton()->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
    }

    void newSkuByTypingAndScanning()
    {
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = openedDialog<SkuDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New SKU"));
        QVERIFY(!child<QLineEdit>(dialog, "code")->isReadOnly());
        QTest::keyClicks(child<QLineEdit>(dialog, "code"), QStringLiteral("MUG-WHT-350"));
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Enamel mug"));
        QTest::keyClicks(child<QLineEdit>(dialog, "spec"), QStringLiteral("white 350 ml"));
        QTest::keyClicks(child<QLineEdit>(dialog, "location"), QStringLiteral("C-02-07"));
        auto *entry = child<QLineEdit>(dialog, "barcodeEntry");
        scan(entry, QStringLiteral("6970000000017"));
        QVERIFY(dialog->isVisible()); // the scanner's Enter added the barcode, it did not save
        scan(entry, QStringLiteral("6970000000024"));
        scan(entry, QStringLiteral("6970000000017")); // scanned twice: refused, said next to the list
        QVERIFY2(dialog->errorText(SkuField::Barcodes).contains(u"already in the list"),
                 qPrintable(dialog->errorText(SkuField::Barcodes)));
        QCOMPARE(dialog->barcodes(),
                 QStringList({QStringLiteral("6970000000017"), QStringLiteral("6970000000024")}));
        auto *weight = child<QSpinBox>(dialog, "weight");
        weight->selectAll();
        QTest::keyClicks(weight, QStringLiteral("350"));
        child<QCheckBox>(dialog, "presale")->setChecked(true);
        child<QDateEdit>(dialog, "presaleDate")->setDate(QDate(2026, 12, 12));
        auto *safety = child<QSpinBox>(dialog, "safety");
        safety->selectAll();
        QTest::keyClicks(safety, QStringLiteral("2"));
        const QString picture = m_db->dir() + QStringLiteral("/mug.png");
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(picture));
        FileChooser::setNextAnswer(picture);
        QTest::mouseClick(child<QPushButton>(dialog, "browseImage"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, "imagePath")->text(), picture);
        QVERIFY(!child<QLabel>(dialog, "imagePreview")->pixmap().isNull()); // the thumbnail
        QTest::keyClick(child<QLineEdit>(dialog, "title"), Qt::Key_Return); // Enter in a field saves
        QTRY_VERIFY(!m_view->findChild<SkuDialog *>());

        const auto id = SkuCatalog::idByBarcode(m_db->connection(), QStringLiteral("6970000000024"));
        QVERIFY(id);
        const Sku sku = *SkuCatalog::byId(m_db->connection(), *id);
        QCOMPARE(sku.code, QStringLiteral("MUG-WHT-350"));
        QCOMPARE(sku.title, QStringLiteral("Enamel mug"));
        QCOMPARE(sku.location, QStringLiteral("C-02-07"));
        QCOMPARE(sku.weightGrams, 350);
        QCOMPARE(sku.presaleShipDate, QStringLiteral("2026-12-12"));
        QCOMPARE(sku.safetyStock, 2);
        QCOMPARE(sku.imagePath, picture);
        QCOMPARE(
            countRows(m_db->connection(),
                      QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sku' AND entity_id = ? "
                                     "AND action = 'create' AND operator = 'tester'"),
                      {*id}),
            1);
        QCOMPARE(m_view->selectedSku(), *id); // the new row is selected
        QCOMPARE(m_view->model()->rowCount(), 201);
    }

    void editFromTheRow()
    {
        m_view->selectSku(m_sku);
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_Return);
        auto *dialog = openedDialog<SkuDialog>();
        QVERIFY(dialog);
        const Sku before = *SkuCatalog::byId(m_db->connection(), m_sku);
        QVERIFY(dialog->windowTitle().contains(before.code));
        QCOMPARE(child<QLineEdit>(dialog, "code")->text(), before.code);
        QVERIFY(child<QLineEdit>(dialog, "code")->isReadOnly());
        QCOMPARE(dialog->barcodes(), before.barcodes);
        auto *title = child<QLineEdit>(dialog, "title");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Renamed hoodie"));
        scan(child<QLineEdit>(dialog, "barcodeEntry"), QStringLiteral("20000042"));
        auto *list = child<QListWidget>(dialog, "barcodeList");
        list->setFocus();
        QCOMPARE(list->item(0)->text(), m_barcode);
        list->setCurrentRow(0); // the barcode the test found it by
        QTest::keyClick(list, Qt::Key_Delete);
        QStringList expected = before.barcodes.mid(1) << QStringLiteral("20000042");
        QCOMPARE(dialog->barcodes(), expected);
        expected.sort();
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(backToView<SkuDialog>());
        const Sku after = *SkuCatalog::byId(m_db->connection(), m_sku);
        QCOMPARE(after.code, before.code);
        QCOMPARE(after.title, QStringLiteral("Renamed hoodie"));
        QCOMPARE(after.barcodes, expected);
        QCOMPARE(after.priceFen, before.priceFen); // not on the form, kept
        QCOMPARE(SkuCatalog::idByBarcode(m_db->connection(), m_barcode), std::nullopt);
        QSqlQuery q =
            Sql::run(m_db->connection(),
                     QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE entity = 'sku' "
                                    "AND entity_id = ? AND action = 'edit'"),
                     {m_sku});
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(m_barcode));
        QVERIFY(q.value(1).toString().contains(u"Renamed hoodie"));
        QCOMPARE(m_view->selectedSku(), m_sku);
        // Double-click opens it too.
        const QModelIndex index =
            m_view->model()->index(m_view->model()->rowOf(m_sku), StockModel::TitleColumn);
        m_view->table()->scrollTo(index);
        const QPoint at = m_view->table()->visualRect(index).center();
        // As a mouse does it: the first click (press/release), then the double-click.
        QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(m_view->table()->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(m_view->findChild<SkuDialog *>());
        m_view->findChild<SkuDialog *>()->reject();
    }

    void editRefusedWhenChangedAtAnotherStation()
    {
        m_view->selectSku(m_sku);
        m_view->openSku(m_sku);
        auto *dialog = openedDialog<SkuDialog>();
        QVERIFY(dialog);
        // Meanwhile another station moves the SKU to another bin.
        Sku theirs = *SkuCatalog::byId(m_db->connection(), m_sku);
        theirs.location = QStringLiteral("Z-99-99");
        QVERIFY(
            SkuEditor::save(m_db->connection(), {QStringLiteral("李四"), QStringLiteral("PACK-02")}, theirs));
        auto *title = child<QLineEdit>(dialog, "title");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Mine"));
        QVERIFY(!dialog->save());
        const QString status = child<QLabel>(dialog, "status")->text();
        QVERIFY2(status.contains(u"another station"), qPrintable(status));
        QVERIFY(dialog->isVisible());
        const Sku stored = *SkuCatalog::byId(m_db->connection(), m_sku);
        QCOMPARE(stored.location, QStringLiteral("Z-99-99")); // their change stands
        QVERIFY(stored.title != QStringLiteral("Mine"));
        dialog->reject();
    }

    void refusesABarcodeOfAnotherSku()
    {
        const QString owner =
            Sql::scalar(m_db->connection(), QStringLiteral("SELECT code FROM skus WHERE id = ?"), {m_sku})
                .toString();
        QTest::mouseClick(m_view->newSkuButton(), Qt::LeftButton);
        auto *dialog = openedDialog<SkuDialog>();
        QVERIFY(dialog);
        scan(child<QLineEdit>(dialog, "barcodeEntry"), m_barcode);
        QVERIFY(dialog->barcodes().isEmpty());
        const QString why = dialog->errorText(SkuField::Barcodes);
        QVERIFY2(why.contains(m_barcode) && why.contains(owner) && why.contains(u"already belongs"),
                 qPrintable(why));
        QVERIFY(child<QLabel>(dialog, "barcodesError")->isVisible());
        // Typed but not scanned (no Enter), then Save: still refused, nothing stored.
        QTest::keyClicks(child<QLineEdit>(dialog, "code"), QStringLiteral("NEW-1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("New one"));
        child<QLineEdit>(dialog, "barcodeEntry")->setText(m_barcode);
        const qint64 before = skuCount();
        QVERIFY(!dialog->save());
        QVERIFY(dialog->errorText(SkuField::Barcodes).contains(owner));
        // An empty code and a taken code are said next to the code field.
        child<QLineEdit>(dialog, "barcodeEntry")->clear();
        child<QLineEdit>(dialog, "code")->clear();
        child<QLineEdit>(dialog, "title")->clear();
        QVERIFY(!dialog->save());
        QVERIFY2(dialog->errorText(SkuField::Code).contains(u"empty"),
                 qPrintable(dialog->errorText(SkuField::Code)));
        QVERIFY(dialog->errorText(SkuField::Title).contains(u"title is empty"));
        QVERIFY(dialog->errorText(SkuField::Barcodes).isEmpty());
        QTest::keyClicks(child<QLineEdit>(dialog, "code"), owner);
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Copy"));
        QVERIFY(!dialog->save());
        QVERIFY(dialog->errorText(SkuField::Code).contains(u"Another SKU already has the code"));
        QVERIFY(dialog->errorText(SkuField::Title).isEmpty());
        QCOMPARE(skuCount(), before);
        dialog->reject();
    }

    void unknownScanOffersANewSku()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        scan(m_view->searchField(), QStringLiteral("6975550000017"));
        QVERIFY2(MessageBox::lastText().contains(u"6975550000017"), qPrintable(MessageBox::lastText()));
        auto *dialog = openedDialog<SkuDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->barcodes(), QStringList{QStringLiteral("6975550000017")});
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New SKU"));
        dialog->reject();
        QVERIFY(backToView<SkuDialog>());
        // A word that finds nothing is only a search: no offer.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClicks(m_view->searchField(), QStringLiteral("nothing-like-this"));
        const QString asked = MessageBox::lastText();
        QTest::keyClick(m_view->searchField(), Qt::Key_Return);
        QCOMPARE(MessageBox::lastText(), asked);
        QVERIFY(!m_view->findChild<SkuDialog *>());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void importCatalogWithABadRow()
    {
        const qint64 before = skuCount();
        const QString file = writeFile(*m_settingsDir, QStringLiteral("catalog.csv"),
                                       QStringLiteral("商家编码,标题,条码,安全库存\n"
                                                      "CUP-01,Paper cup,6970000000031,1\n"
                                                      "CUP-02,Paper cup large,6970000000048,lots\n"
                                                      "CUP-03,Paper cup small,,0\n")
                                           .toUtf8());
        FileChooser::setNextAnswer(file);
        triggerFileAction("importCatalog");
        auto *report = m_view->findChild<CsvReportDialog *>();
        QVERIFY(report);
        QVERIFY2(report->summary()->text().contains(u"Nothing was imported"),
                 qPrintable(report->summary()->text()));
        QTableWidget *table = report->problems();
        QVERIFY(table->isVisibleTo(report));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, CsvReportDialog::RowColumn)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, CsvReportDialog::FieldColumn)->text(), QStringLiteral("安全库存"));
        QCOMPARE(table->item(0, CsvReportDialog::ValueColumn)->text(), QStringLiteral("lots"));
        QVERIFY(table->item(0, CsvReportDialog::WhyColumn)->text().contains(u"whole number"));
        QCOMPARE(skuCount(), before); // CUP-01 and CUP-03 were good, and still not stored
        QCOMPARE(SkuCatalog::idByCode(m_db->connection(), QStringLiteral("CUP-01")), std::nullopt);
        report->reject();
        QTRY_VERIFY(!m_view->findChild<CsvReportDialog *>());

        // Fixed, the same file goes in whole.
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("商家编码,标题,条码,安全库存\n"
                               "CUP-01,Paper cup,6970000000031,1\n"
                               "CUP-02,Paper cup large,6970000000048,4\n")
                    .toUtf8());
        f.close();
        FileChooser::setNextAnswer(file);
        triggerFileAction("importCatalog");
        report = m_view->findChild<CsvReportDialog *>();
        QVERIFY(report);
        QVERIFY2(report->summary()->text().contains(u"2 SKU(s) created"),
                 qPrintable(report->summary()->text()));
        QVERIFY(!report->problems()->isVisibleTo(report));
        report->accept();
        QTRY_VERIFY(!m_view->findChild<CsvReportDialog *>());
        QCOMPARE(skuCount(), before + 2);
        QCOMPARE(m_view->model()->rowCount(), int(before + 2)); // the list reloaded
    }

    void stockFilesFromTheView()
    {
        const int before = onHand();
        const QString code =
            Sql::scalar(m_db->connection(), QStringLiteral("SELECT code FROM skus WHERE id = ?"), {m_sku})
                .toString();
        const QString receipt = writeFile(*m_settingsDir, QStringLiteral("receipt.csv"),
                                          QStringLiteral("商家编码,数量\n%1,12\n").arg(code).toUtf8());
        FileChooser::setNextAnswer(receipt);
        triggerFileAction("importStockReceive");
        auto *report = m_view->findChild<CsvReportDialog *>();
        QVERIFY(report);
        QVERIFY2(report->summary()->text().contains(u"1 stock movement"),
                 qPrintable(report->summary()->text()));
        report->accept();
        QCOMPARE(onHand(), before + 12);
        QTRY_VERIFY(!m_view->findChild<CsvReportDialog *>());

        // Set mode asks first; No changes nothing.
        FileChooser::setNextAnswer(receipt);
        MessageBox::setNextAnswer(QMessageBox::No);
        triggerFileAction("importStockSet");
        QVERIFY(!m_view->findChild<CsvReportDialog *>());
        QCOMPARE(onHand(), before + 12);

        const QString shop = m_settingsDir->filePath(QStringLiteral("taobao.csv"));
        FileChooser::setNextAnswer(shop);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        triggerFileAction("exportShopStock");
        QVERIFY2(MessageBox::lastText().contains(u"Wrote available stock of 200 SKUs"),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(QFile::exists(shop));
        const QString catalog = m_settingsDir->filePath(QStringLiteral("catalog.csv"));
        FileChooser::setNextAnswer(catalog);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        triggerFileAction("exportCatalog");
        QVERIFY2(MessageBox::lastText().contains(u"Wrote the SKU catalog"),
                 qPrintable(MessageBox::lastText()));
        QFile f(catalog);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(code.toUtf8()));
    }
};

QTEST_MAIN(TestStockView)
#include "tst_stockview.moc"
