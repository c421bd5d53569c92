// The pack station as a packer uses it: scans typed into the scan field (QTest::keyClicks + Enter,
// exactly what a keyboard-wedge scanner does), keys for undo, quantity and acknowledge; the
// status area's colour, word and sound; the handover page refusing the wrong courier.
#include "PackFixtures.h"
#include "PackStationHarness.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "db/Sql.h"
#include "orders/StageMachine.h"
#include "packing/ParcelStore.h"
#include "packing/ScanSession.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/packing/AlarmCue.h"
#include "ui/packing/HandoverPage.h"
#include "ui/packing/PackPage.h"
#include "ui/packing/PackStationView.h"
#include "ui/packing/ParcelLinesModel.h"
#include "ui/packing/SkuThumbnails.h"
#include "ui/packing/SoundOutput.h"
#include "ui/packing/StatusPanel.h"
#include "ui/packing/TakeoverScreen.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace PackFixtures;
using Tone = ScanFeedback::Tone;
using Look = StatusPanel::Look;
using Sound = AlarmCue::Sound;

// The speaker, as a test hears it: which resource at which volume.
struct FakeSpeaker : SoundOutput {
    QList<QPair<QString, double>> *played;
    explicit FakeSpeaker(QList<QPair<QString, double>> *log)
        : played(log)
    {
    }
    void play(const QString &resource, double volume) override { *played << qMakePair(resource, volume); }
};

QList<Sound> soundsOf(const QSignalSpy &spy)
{
    QList<Sound> out;
    for (const QList<QVariant> &args : spy)
        out << args.first().value<Sound>();
    return out;
}

class TestPackStationView : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    std::unique_ptr<PackStationHarness> station;
    PackStationView *view = nullptr;
    // Every change a test drives goes through Qt's model checks.
    std::unique_ptr<QAbstractItemModelTester> linesTester;
    qint64 a = 0, b = 0, c = 0;

    PackPage *pack() { return station->pack(); }
    void scan(const QString &code) { station->scan(code); }
    void handoverScan(const QString &code)
    {
        QTest::keyClicks(view->handoverPage()->scanField(), code);
        QTest::keyClick(view->handoverPage()->scanField(), Qt::Key_Return);
    }
    void saveArtefact(const QString &name)
    {
        StatusPanel *panel = pack()->statusPanel(); // the settled look, not a flash
        panel->display(panel->tone(), panel->message(), panel->look());
        // The message is whole, however many lines it wraps to at this width.
        QCoreApplication::processEvents();
        const auto *message = panel->findChild<QLabel *>(QStringLiteral("statusMessage"));
        QVERIFY2(message->height() >= message->heightForWidth(message->width()),
                 qPrintable(QStringLiteral("%1: %2 px of %3")
                                .arg(name)
                                .arg(message->height())
                                .arg(message->heightForWidth(message->width()))));
        station->saveArtefact(name);
    }

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        t = std::make_unique<TestDatabase>();
        t->seedDemo(30);
        a = skuId(*t, 1);
        b = skuId(*t, 2);
        c = skuId(*t, 3);
        station = std::make_unique<PackStationHarness>(*t);
        QVERIFY(station->open());
        view = station->view();
        linesTester = std::make_unique<QAbstractItemModelTester>(
            pack()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        linesTester.reset();
        station.reset();
        Translations::install(QStringLiteral("en"));
    }

    void normalParcel()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT400000000001"), {{a, 1}, {b, 1}});
        QSignalSpy sounds(pack()->cue(), &AlarmCue::played);
        scan(QStringLiteral("ZT400000000001"));
        QCOMPARE(pack()->model()->rowCount(), 2);
        // What to do next, not READY: scan the items, how many to go.
        QCOMPARE(pack()->statusPanel()->look(), Look::ScanItems);
        QCOMPARE(pack()->statusPanel()->word(), QStringLiteral("SCAN ITEMS"));
        QVERIFY2(pack()->statusPanel()->message().contains(QStringLiteral("scan the 2 items")),
                 qPrintable(pack()->statusPanel()->message()));
        QVERIFY(sounds.isEmpty());
        scan(barcode(*t, a));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Good);
        QCOMPARE(pack()->statusPanel()->look(), Look::ItemOk);
        QCOMPARE(pack()->statusPanel()->word(), QStringLiteral("ITEM OK"));
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("1 item to go")));
        QCOMPARE(pack()->scanField()->text(), QString()); // cleared for the next scan
        saveArtefact(QStringLiteral("packstation_scanning.png"));
        scan(barcode(*t, b));
        // A finished parcel looks and sounds unlike an accepted item.
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Good);
        QCOMPARE(pack()->statusPanel()->look(), Look::Packed);
        QCOMPARE(pack()->statusPanel()->word(), QStringLiteral("PACKED"));
        QVERIFY(StatusPanel::background(Look::Packed) != StatusPanel::background(Look::ItemOk));
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("PACKED")));
        QCOMPARE(soundsOf(sounds), (QList<Sound>{Sound::Item, Sound::Packed}));
        QVERIFY(pack()->statusPanel()->isFlashing()); // the sound's visual twin
        QCOMPARE(stageOf(*t, id), QStringLiteral("packed"));
        QVERIFY2(pack()->counters()->text().contains(QStringLiteral("1 parcel · 2 items")),
                 qPrintable(pack()->counters()->text()));
        saveArtefact(QStringLiteral("packstation_packed.png"));
    }

    void wrongItem()
    {
        printedOrder(*t, QStringLiteral("ZT400000000002"), {{a, 1}});
        QSignalSpy sounds(pack()->cue(), &AlarmCue::played);
        scan(QStringLiteral("ZT400000000002"));
        scan(barcode(*t, c));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Error);
        QCOMPARE(pack()->statusPanel()->look(), Look::Wrong);
        QCOMPARE(pack()->statusPanel()->word(), QStringLiteral("WRONG"));
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("WRONG ITEM")));
        // The product by its name: the packer holds it.
        const QString title =
            Sql::scalar(t->connection(), QStringLiteral("SELECT title FROM skus WHERE id = ?"), {c})
                .toString();
        QVERIFY(!title.isEmpty());
        QVERIFY2(pack()->statusPanel()->message().contains(title),
                 qPrintable(pack()->statusPanel()->message()));
        QCOMPARE(soundsOf(sounds), QList<Sound>{Sound::Error});
        QCOMPARE(pack()->model()->index(0, ParcelLinesModel::CountColumn).data().toString(),
                 QStringLiteral("0 / 1"));
        saveArtefact(QStringLiteral("packstation_wrong_item.png"));
    }

    void tooMany()
    {
        printedOrder(*t, QStringLiteral("ZT400000000003"), {{a, 1}, {b, 1}});
        scan(QStringLiteral("ZT400000000003"));
        scan(barcode(*t, a));
        scan(barcode(*t, a));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Error);
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("TOO MANY")));
        QCOMPARE(pack()->session().parcel().itemsScanned(), 1);
    }

    void interceptedOrderStops()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT400000000004"), {{a, 1}});
        QVERIFY(StageMachine::move(
            t->connection(), TestDatabase::actor(),
            {id, Stage::Printed, Stage::Intercepted, QStringLiteral("buyer refunded"), {}}));
        QSignalSpy sounds(pack()->cue(), &AlarmCue::played);
        scan(QStringLiteral("ZT400000000004"));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Stop);
        QCOMPARE(pack()->statusPanel()->word(), QStringLiteral("STOP"));
        QCOMPARE(soundsOf(sounds), QList<Sound>{Sound::Stop});
        // The station is taken over: the word huge, the reason large, the item list gone.
        QVERIFY(pack()->isTakenOver());
        QVERIFY(pack()->takeover()->isVisible());
        QVERIFY(!pack()->linesView()->isVisible());
        QCOMPARE(pack()->takeover()->wordLabel()->text(), QStringLiteral("STOP"));
        QVERIFY(pack()->takeover()->wordLabel()->font().pixelSize() >= 120);
        QVERIFY(pack()->takeover()->reasonLabel()->font().pixelSize() >= 40);
        QVERIFY2(pack()->takeover()->reasonLabel()->text().contains(QStringLiteral("intercepted")),
                 qPrintable(pack()->takeover()->reasonLabel()->text()));
        // Its colour is used by no other outcome, and it fills the page.
        for (Look other : StatusPanel::looks())
            if (other != Look::Stop)
                QVERIFY(StatusPanel::background(other) != StatusPanel::background(Look::Stop));
        const QImage shot = pack()->grab().toImage();
        const QColor red = StatusPanel::background(Look::Stop);
        QCOMPARE(shot.pixelColor(shot.width() / 2, shot.height() - 4), red);
        QCOMPARE(shot.pixelColor(6, shot.height() / 2), red);
        saveArtefact(QStringLiteral("packstation_stop.png"));
        scan(barcode(*t, a)); // still STOP until the packer confirms
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Stop);
        QTest::keyClick(pack()->scanField(), Qt::Key_Escape); // Esc does not leave it
        QTest::keyClick(pack()->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(pack()->isTakenOver());
        QTest::keyClick(pack()->scanField(), Qt::Key_Return); // empty Enter: the parcel is aside
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Neutral);
        QVERIFY(!pack()->isTakenOver());
        QVERIFY(pack()->linesView()->isVisible());
        QCOMPARE(countRows(t->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM parcel_set_asides WHERE order_id = ?"), {id}),
                 1);
    }

    // The reason a person typed when intercepting is stored on the order, in the same UPDATE as
    // the stage (so with its audit row), and the STOP reads it out.
    void interceptReasonIsStoredAndShown()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT400000000040"), {{a, 1}});
        QVERIFY(StageMachine::move(
            t->connection(), TestDatabase::actor(),
            {id, Stage::Printed, Stage::Intercepted, QStringLiteral("buyer found it cheaper"), {}}));
        QCOMPARE(
            Sql::scalar(t->connection(), QStringLiteral("SELECT stage_reason FROM orders WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("buyer found it cheaper"));
        scan(QStringLiteral("ZT400000000040"));
        QVERIFY(pack()->isTakenOver());
        QVERIFY2(pack()->takeover()->reasonLabel()->text().contains(QStringLiteral("buyer found it cheaper")),
                 qPrintable(pack()->takeover()->reasonLabel()->text()));
        // A supervisor cannot lift an interception at the bench: F12 leaves the STOP standing.
        bool asked = false;
        pack()->setSupervisorPrompt([&asked](const QString &) {
            asked = true;
            return std::optional<PackPage::SupervisorAnswer>();
        });
        QTest::keyClick(pack()->scanField(), Qt::Key_F12);
        QVERIFY(!asked);
        QVERIFY(pack()->isTakenOver());
        QVERIFY(pack()->takeover()->instructionLabel()->text().contains(QStringLiteral("Only a hold")));
        // A stage that needs no reason carries none.
        QVERIFY(StageMachine::move(t->connection(), TestDatabase::actor(),
                                   {id, Stage::Intercepted, Stage::Submitted, {}, {}}));
        QVERIFY(
            Sql::scalar(t->connection(), QStringLiteral("SELECT stage_reason FROM orders WHERE id = ?"), {id})
                .isNull());
    }

    // The supervisor's way out of a STOP: F12 on a held parcel, their name and why; the order goes
    // back to Printed under their name and the parcel opens for packing. Without both, it stays.
    void supervisorLiftsAHoldAtTheBench()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT400000000041"), {{a, 1}});
        QVERIFY(
            StageMachine::move(t->connection(), TestDatabase::actor(),
                               {id, Stage::Printed, Stage::OnHold, QStringLiteral("check the address"), {}}));
        scan(QStringLiteral("ZT400000000041"));
        QVERIFY(pack()->isTakenOver());
        QVERIFY(pack()->takeover()->instructionLabel()->text().contains(QStringLiteral("F12")));
        PackPage::SupervisorAnswer answer{QStringLiteral("Wang (supervisor)"), QString()};
        pack()->setSupervisorPrompt([&answer](const QString &orderNo) {
            return orderNo.isEmpty() ? std::nullopt : std::optional<PackPage::SupervisorAnswer>(answer);
        });
        QTest::keyClick(pack()->scanField(), Qt::Key_F12); // no reason: nothing happens
        QVERIFY(pack()->isTakenOver());
        QCOMPARE(Sql::scalar(t->connection(), QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("on_hold"));
        answer.reason = QStringLiteral("address confirmed by phone");
        QTest::keyClick(pack()->scanField(), Qt::Key_F12);
        QVERIFY(!pack()->isTakenOver());
        QCOMPARE(pack()->statusPanel()->look(), Look::ScanItems);
        QCOMPARE(Sql::scalar(t->connection(), QStringLiteral("SELECT stage FROM orders WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("printed"));
        const auto audit = Sql::firstRow(
            t->connection(),
            QStringLiteral(
                "SELECT operator, after_json FROM audit_log WHERE entity = 'order' AND entity_id = ? "
                "AND action = 'stage' ORDER BY id DESC LIMIT 1"),
            {id});
        QVERIFY(audit);
        QCOMPARE(audit->at(0).toString(), QStringLiteral("Wang (supervisor)"));
        QVERIFY(audit->at(1).toString().contains(QStringLiteral("address confirmed by phone")));
        scan(barcode(*t, a));
        QCOMPARE(pack()->statusPanel()->look(), Look::Packed);
    }

    // The status symbol stands before the word on its own line: nothing overlaps a corner.
    void statusSymbolBesideTheWord()
    {
        printedOrder(*t, QStringLiteral("ZT400000000042"), {{a, 1}, {b, 1}});
        scan(QStringLiteral("ZT400000000042"));
        StatusPanel *panel = pack()->statusPanel();
        QCOMPARE(panel->look(), Look::ScanItems);
        // The order line names the courier as the platform spells it, not its code.
        QVERIFY2(pack()->parcelLabel()->text().contains(QString::fromUtf8("中通快递")),
                 qPrintable(pack()->parcelLabel()->text()));
        QLabel *symbol = panel->symbolLabel();
        QLabel *word = panel->wordLabel();
        QVERIFY(symbol->isVisible() && !symbol->text().isEmpty());
        QVERIFY(panel->contentsRect().contains(symbol->geometry()));
        QVERIFY(!symbol->geometry().intersects(word->geometry()));
        QVERIFY(symbol->geometry().right() < word->geometry().left());
        QCOMPARE(symbol->font().pixelSize(), word->font().pixelSize());
        // The symbol is a glyph the font has, not a box.
        QVERIFY(QFontMetrics(symbol->font()).inFontUcs4(symbol->text().toUcs4().first()));
    }

    void undoWithCtrlZ()
    {
        printedOrder(*t, QStringLiteral("ZT400000000005"), {{a, 2}});
        scan(QStringLiteral("ZT400000000005"));
        scan(barcode(*t, a));
        QCOMPARE(pack()->model()->index(0, ParcelLinesModel::CountColumn).data().toString(),
                 QStringLiteral("1 / 2"));
        QTest::keyClick(pack()->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pack()->model()->index(0, ParcelLinesModel::CountColumn).data().toString(),
                 QStringLiteral("0 / 2"));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Warning);
        QTest::keyClick(pack()->scanField(), Qt::Key_Escape); // put it back
        QCOMPARE(pack()->model()->rowCount(), 0);
    }

    void multiQuantity()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT400000000006"), {{a, 5}});
        scan(QStringLiteral("ZT400000000006"));
        scan(QStringLiteral("*4"));
        QVERIFY(pack()->modes()->text().contains(QStringLiteral("× 4")));
        scan(barcode(*t, a));
        QCOMPARE(pack()->model()->index(0, 0).data(ParcelLinesModel::RemainingRole).toInt(), 1);
        scan(barcode(*t, a));
        QCOMPARE(stageOf(*t, id), QStringLiteral("packed"));
    }

    void messageBannerMustBeAcknowledged()
    {
        printedOrder(*t, QStringLiteral("ZT400000000007"), {{a, 1}}, QStringLiteral("ZTO"),
                     QString::fromUtf8("不要放发票"));
        scan(QStringLiteral("ZT400000000007"));
        QVERIFY(pack()->banner()->isVisible());
        QVERIFY(pack()->banner()->text().contains(QString::fromUtf8("不要放发票")));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Warning);
        saveArtefact(QStringLiteral("packstation_message.png"));
        scan(barcode(*t, a));
        QCOMPARE(pack()->session().parcel().itemsScanned(), 0);
        QTest::keyClick(pack()->scanField(), Qt::Key_Return);
        scan(barcode(*t, a));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Good);
    }

    void weighingWithF6()
    {
        const qint64 id = printedOrder(*t, QStringLiteral("ZT400000000008"), {{a, 1}});
        QTest::keyClick(pack()->scanField(), Qt::Key_F6);
        QVERIFY(pack()->weighing());
        scan(QStringLiteral("ZT400000000008"));
        scan(barcode(*t, a));
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Warning);
        const int unit =
            Sql::scalar(t->connection(), QStringLiteral("SELECT weight_g FROM skus WHERE id = ?"), {a})
                .toInt();
        scan(QString::number(unit + 30));
        QCOMPARE(stageOf(*t, id), QStringLiteral("packed"));
        QTest::keyClick(pack()->scanField(), Qt::Key_F6);
        QVERIFY(!pack()->weighing());
    }

    void scaleTypesTheWeight()
    {
        // The scale types like a scanner: digits and Enter, here in kilograms ("0.530").
        const int unit =
            Sql::scalar(t->connection(), QStringLiteral("SELECT weight_g FROM skus WHERE id = ?"), {a})
                .toInt();
        QVERIFY(unit > 0);
        auto kilos = [](int grams) {
            return QStringLiteral("%1.%2").arg(grams / 1000).arg(grams % 1000, 3, 10, QLatin1Char('0'));
        };
        const qint64 first = printedOrder(*t, QStringLiteral("ZT400000000014"), {{a, 1}});
        QTest::keyClick(pack()->scanField(), Qt::Key_F6);
        scan(QStringLiteral("ZT400000000014"));
        scan(barcode(*t, a));
        QCOMPARE(pack()->session().state(), ScanSession::State::Weighing);
        scan(kilos(unit + 30));
        QVERIFY2(stageOf(*t, first) == QStringLiteral("packed"),
                 qPrintable(kilos(unit + 30) + u' ' + pack()->statusPanel()->message()));
        QCOMPARE(Sql::scalar(t->connection(),
                             QStringLiteral("SELECT weight_g FROM parcels WHERE order_id = ?"), {first})
                     .toInt(),
                 unit + 30);

        // A scale set up with a prefix: its readings are never barcodes, and they are checked.
        station->settings().setScalePrefix(QStringLiteral("W")); // as File ▸ Settings writes it
        QVERIFY(pack()->weighing());
        scan(QStringLiteral("W") + kilos(unit + 30)); // nothing on the bench: left aside, no error
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Neutral);
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("Scale reading")));
        QCOMPARE(pack()->session().counters().refusedScans, 0);
        const qint64 second = printedOrder(*t, QStringLiteral("ZT400000000015"), {{a, 1}});
        scan(QStringLiteral("ZT400000000015"));
        scan(barcode(*t, a));
        scan(QStringLiteral("W") + kilos(unit + 2000)); // far off: refused, red
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Error);
        QVERIFY(pack()->statusPanel()->message().contains(QStringLiteral("WEIGHT")));
        QCOMPARE(stageOf(*t, second), QStringLiteral("printed"));
        scan(QStringLiteral("W+") + kilos(unit + 40)); // within the tolerance
        QCOMPARE(stageOf(*t, second), QStringLiteral("packed"));
        QCOMPARE(Sql::scalar(t->connection(),
                             QStringLiteral("SELECT weight_g FROM parcels WHERE order_id = ?"), {second})
                     .toInt(),
                 unit + 40);
    }

    void handoverRefusesTheWrongCourier()
    {
        for (const auto &[tracking, courier] :
             {std::pair{QStringLiteral("ZT400000000010"), QStringLiteral("ZTO")},
              std::pair{QStringLiteral("YT400000000011"), QStringLiteral("YTO")}}) {
            const qint64 id = printedOrder(*t, tracking, {{a, 1}}, courier);
            QVERIFY(ParcelStore::pack(t->connection(), TestDatabase::actor(),
                                      {id, 0, tracking, courier, 1, {}, 0, false}));
        }
        QTest::keyClick(pack()->scanField(), Qt::Key_F9);
        HandoverPage *h = view->handoverPage();
        QVERIFY(h->isVisible());
        handoverScan(QStringLiteral("ZTO"));
        QCOMPARE(h->courier(), QStringLiteral("ZTO"));
        handoverScan(QStringLiteral("ZT400000000010"));
        QCOMPARE(h->statusPanel()->tone(), Tone::Good);
        QCOMPARE(h->table()->rowCount(), 1);
        QVERIFY2(h->heading()->text().contains(QStringLiteral("1 parcel ·")),
                 qPrintable(h->heading()->text()));
        QVERIFY(h->heading()->font().pixelSize() >= 36);
        QSignalSpy sounds(h->cue(), &AlarmCue::played);
        handoverScan(QStringLiteral("YT400000000011"));
        QCOMPARE(h->statusPanel()->tone(), Tone::Error);
        QVERIFY2(h->statusPanel()->message().contains(QStringLiteral("WRONG COURIER")),
                 qPrintable(h->statusPanel()->message()));
        QCOMPARE(soundsOf(sounds), QList<Sound>{Sound::WrongCourier});
        QCOMPARE(h->table()->rowCount(), 1);
        // As loud as a STOP: the page taken over in a colour of its own, until Enter.
        QVERIFY(h->isTakenOver());
        QVERIFY(!h->table()->isVisible());
        QCOMPARE(h->takeover()->look(), Look::WrongCourier);
        QCOMPARE(h->takeover()->wordLabel()->text(), QStringLiteral("WRONG COURIER"));
        QVERIFY(h->takeover()->wordLabel()->font().pixelSize() >= 120);
        for (Look other : StatusPanel::looks())
            if (other != Look::WrongCourier)
                QVERIFY(StatusPanel::background(other) != StatusPanel::background(Look::WrongCourier));
        saveArtefact(QStringLiteral("handover_wrong_courier.png"));
        handoverScan(QStringLiteral("ZT400000000010")); // a scan does not leave it
        QVERIFY(h->isTakenOver());
        QTest::keyClick(h->scanField(), Qt::Key_Return);
        QVERIFY(!h->isTakenOver());
        QVERIFY(h->table()->isVisible());
        sounds.clear();

        QTemporaryDir out;
        h->setManifestFolder(out.path());
        QTest::keyClick(h->scanField(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size(), 1);
        // A queue the print server does not have: refused in words, never "sent" (tst_cupsprinting
        // prints a manifest through a real cupsd).
        qputenv("CUPS_SERVER", QFile::encodeName(t->dir() + QStringLiteral("/no-cupsd.sock")));
        sounds.clear();
        QVERIFY(!h->printManifestTo(QStringLiteral("nosuch")));
        qunsetenv("CUPS_SERVER");
        QCOMPARE(h->statusPanel()->tone(), Tone::Error);
        QVERIFY2(h->statusPanel()->message().contains(QStringLiteral("not printed")),
                 qPrintable(h->statusPanel()->message()));
        QCOMPARE(sounds.count(), 1);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(h->scanField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("the 1 parcel of batch")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(h->statusPanel()->tone(), Tone::Good);
        QCOMPARE(Sql::scalar(t->connection(),
                             QStringLiteral("SELECT stage FROM orders WHERE tracking_no = 'ZT400000000010'"))
                     .toString(),
                 QStringLiteral("shipped"));
        QCOMPARE(Sql::scalar(t->connection(),
                             QStringLiteral("SELECT stage FROM orders WHERE tracking_no = 'YT400000000011'"))
                     .toString(),
                 QStringLiteral("packed"));
    }

    void skuPictureInTheLines()
    {
        // A: a picture on disk; B: a path whose file is gone; C: no picture in the catalog.
        const QString picture = t->dir() + QStringLiteral("/sku-a.png");
        QImage red(300, 200, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(picture));
        Sql::run(t->connection(), QStringLiteral("UPDATE skus SET image_path = ? WHERE id = ?"),
                 {picture, a});
        Sql::run(t->connection(), QStringLiteral("UPDATE skus SET image_path = ? WHERE id = ?"),
                 {QString(t->dir() + QStringLiteral("/gone.png")), b});
        Sql::run(t->connection(), QStringLiteral("UPDATE skus SET image_path = NULL WHERE id = ?"), {c});
        printedOrder(*t, QStringLiteral("ZT400000000013"), {{a, 1}, {b, 1}, {c, 1}});
        scan(QStringLiteral("ZT400000000013"));
        QCOMPARE(pack()->model()->rowCount(), 3);
        auto rowOf = [this](qint64 sku) {
            const QString code =
                Sql::scalar(t->connection(), QStringLiteral("SELECT code FROM skus WHERE id = ?"), {sku})
                    .toString();
            for (int r = 0; r < pack()->model()->rowCount(); ++r)
                if (pack()->model()->index(r, ParcelLinesModel::SkuColumn).data().toString() == code)
                    return r;
            return -1;
        };
        auto decoration = [this](int row) {
            return pack()->model()->index(row, ParcelLinesModel::SkuColumn).data(Qt::DecorationRole);
        };
        QTRY_VERIFY(decoration(rowOf(a)).isValid());
        const QImage thumb = decoration(rowOf(a)).value<QImage>();
        QCOMPARE(thumb.width(), 96); // scaled to fit 96 × 96, aspect kept
        QCOMPARE(thumb.height(), 64);
        QTRY_VERIFY(!pack()->thumbnails()->isPending(t->dir() + QStringLiteral("/gone.png")));
        QVERIFY(!decoration(rowOf(b)).isValid()); // missing file: no picture, no error
        QVERIFY(!decoration(rowOf(c)).isValid());
        QCOMPARE(pack()->statusPanel()->tone(), Tone::Neutral);
        QTRY_VERIFY2(pack()->linesView()->rowHeight(rowOf(a)) >= 96,
                     qPrintable(QString::number(pack()->linesView()->rowHeight(rowOf(a)))));
        saveArtefact(QStringLiteral("packstation_pictures.png"));
        // The next parcel with A shows its picture at once, from the cache.
        QTest::keyClick(pack()->scanField(), Qt::Key_Escape);
        scan(QStringLiteral("ZT400000000013"));
        QVERIFY(decoration(rowOf(a)).isValid());
    }

    void alreadyPackedNamesTheRightOrder()
    {
        printedOrder(*t, QStringLiteral("ZT400000000020"), {{a, 1}});
        printedOrder(*t, QStringLiteral("ZT400000000021"), {{b, 1}});
        const QString first =
            Sql::scalar(t->connection(), QStringLiteral("SELECT platform_order_no FROM orders "
                                                        "WHERE tracking_no = 'ZT400000000020'"))
                .toString();
        scan(QStringLiteral("ZT400000000020"));
        scan(barcode(*t, a)); // packed
        scan(QStringLiteral("ZT400000000021"));
        scan(barcode(*t, b)); // packed: this order's lines stay on the bench
        QSignalSpy sounds(pack()->cue(), &AlarmCue::played);
        scan(QStringLiteral("ZT400000000020"));
        QCOMPARE(pack()->statusPanel()->look(), Look::AlreadyPacked);
        QCOMPARE(pack()->statusPanel()->word(), QStringLiteral("ALREADY PACKED"));
        QVERIFY(pack()->statusPanel()->message().contains(first));
        QCOMPARE(soundsOf(sounds), QList<Sound>{Sound::AlreadyPacked});
        // Nothing below the banner names the other order.
        QCOMPARE(pack()->model()->rowCount(), 0);
        QVERIFY2(!pack()->parcelLabel()->text().contains(QStringLiteral("ZT400000000021")),
                 qPrintable(pack()->parcelLabel()->text()));
        saveArtefact(QStringLiteral("packstation_already_packed.png"));
    }

    void messageSoundAndTheSoundSettings()
    {
        QList<QPair<QString, double>> speaker;
        pack()->cue()->setOutput(std::make_unique<FakeSpeaker>(&speaker));
        station->settings().setSoundVolume(40); // as File ▸ Settings writes it
        printedOrder(*t, QStringLiteral("ZT400000000022"), {{a, 1}}, QStringLiteral("ZTO"),
                     QString::fromUtf8("送人的, 不要价签"));
        QSignalSpy sounds(pack()->cue(), &AlarmCue::played);
        scan(QStringLiteral("ZT400000000022"));
        QCOMPARE(soundsOf(sounds), QList<Sound>{Sound::Attention});
        QCOMPARE(speaker.size(), 1);
        QCOMPARE(speaker.first().first, QStringLiteral(":/sounds/attention.wav"));
        QCOMPARE(speaker.first().second, 0.4);
        QTest::keyClick(pack()->scanField(), Qt::Key_Return);
        QCOMPARE(pack()->statusPanel()->look(), Look::ScanItems);
        station->settings().setSoundOn(false);
        scan(barcode(*t, a));
        QCOMPARE(soundsOf(sounds), (QList<Sound>{Sound::Attention, Sound::Packed})); // the visual twin still
        QCOMPARE(speaker.size(), 1);                                                 // but no sound
        // Every sound is its own short WAV in the resources.
        QSet<QByteArray> seen;
        for (Sound sound : AlarmCue::all()) {
            QFile wav(AlarmCue::resource(sound));
            QVERIFY2(wav.open(QIODevice::ReadOnly), qPrintable(wav.fileName()));
            const QByteArray bytes = wav.readAll();
            QVERIFY(bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WAVE");
            QVERIFY(bytes.size() < 200 * 1024);
            QVERIFY(!AlarmCue::meaning(sound).isEmpty());
            seen.insert(bytes);
        }
        QCOMPARE(seen.size(), AlarmCue::all().size());
    }

    void readableFromAMetre()
    {
        printedOrder(*t, QStringLiteral("ZT400000000023"), {{a, 2}, {b, 1}});
        scan(QStringLiteral("ZT400000000023"));
        const QFont lines = pack()->linesView()->font();
        QVERIFY(lines.pixelSize() >= 28);
        QVERIFY(
            pack()->model()->index(0, ParcelLinesModel::BinColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(pack()
                    ->model()
                    ->index(0, ParcelLinesModel::CountColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .bold());
        QVERIFY(pack()->counters()->font().pixelSize() > lines.pixelSize());
        QVERIFY(pack()->linesView()->rowHeight(0) >= QFontMetrics(lines).height());
        // The bin code shows whole at 1280 px.
        const QString bin = pack()->model()->index(0, ParcelLinesModel::BinColumn).data().toString();
        QFont bold = lines;
        bold.setBold(true);
        QVERIFY(pack()->linesView()->columnWidth(ParcelLinesModel::BinColumn) >=
                QFontMetrics(bold).horizontalAdvance(bin));
    }

    void tabsOneLanguageOneKey()
    {
        auto *tabs = view->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Pack (F8)"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Handover (F9)"));
        QTest::keyClick(pack()->scanField(), Qt::Key_F9);
        QVERIFY(view->handoverPage()->isVisible());
        QTest::keyClick(view->handoverPage()->scanField(), Qt::Key_F9); // stays
        QVERIFY(view->handoverPage()->isVisible());
        QTest::keyClick(view->handoverPage()->scanField(), Qt::Key_F8);
        QVERIFY(pack()->isVisible());
        Translations::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(0), QString::fromUtf8("打包（F8）"));
        QCOMPARE(tabs->tabText(1), QString::fromUtf8("出库交接（F9）"));
        // F1 help says what each sound means.
        const auto help = view->shortcuts();
        QVERIFY(std::any_of(help.begin(), help.end(), [](const auto &row) {
            return row.second.contains(AlarmCue::meaning(Sound::Stop)) &&
                   row.second.contains(AlarmCue::meaning(Sound::Packed));
        }));
    }

    void fullScreenIsTheStationAlone()
    {
        station->close();
        view = nullptr;
        MainWindow window(station->context());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::PackStationViewId);
        auto *stationView = qobject_cast<PackStationView *>(window.view(MainWindow::PackStationViewId));
        QTest::keyClick(stationView->packPage()->scanField(), Qt::Key_F11);
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.navigation()->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QTest::keyClick(stationView->packPage()->scanField(), Qt::Key_F11);
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(window.navigation()->isVisible());
        QVERIFY(window.statusBar()->isVisible());
    }

    // What a packer sees, in both languages, at the two screens stations have.
    void screenshotsOfEveryState_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en 1366") << QStringLiteral("en") << QSize(1366, 768);
        QTest::newRow("en 1920") << QStringLiteral("en") << QSize(1920, 1080);
        QTest::newRow("zh_CN 1366") << QStringLiteral("zh_CN") << QSize(1366, 768);
        QTest::newRow("zh_CN 1920") << QStringLiteral("zh_CN") << QSize(1920, 1080);
    }
    void screenshotsOfEveryState()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Translations::install(language);
        QCoreApplication::processEvents();
        view->resize(size);
        const QString suffix = QStringLiteral("_%1_%2.png").arg(language).arg(size.width());
        const qint64 stopped = printedOrder(*t, QStringLiteral("ZT400000000030"), {{a, 1}});
        QVERIFY(StageMachine::move(
            t->connection(), TestDatabase::actor(),
            {stopped,
             Stage::Printed,
             Stage::Intercepted,
             language == u"en" ? QStringLiteral("buyer refunded") : QString::fromUtf8("买家退款"),
             {}}));
        printedOrder(*t, QStringLiteral("ZT400000000031"), {{a, 2}, {b, 1}, {c, 1}});
        scan(QStringLiteral("ZT400000000031"));
        saveArtefact(QStringLiteral("shot_scan_items") + suffix);
        scan(barcode(*t, a));
        saveArtefact(QStringLiteral("shot_item_ok") + suffix);
        scan(QStringLiteral("CODE-NOT-KNOWN"));
        scan(barcode(*t, a));
        scan(barcode(*t, a));
        saveArtefact(QStringLiteral("shot_too_many") + suffix);
        const qint64 d = skuId(*t, 4);
        scan(barcode(*t, d));
        saveArtefact(QStringLiteral("shot_wrong_item") + suffix);
        scan(barcode(*t, b));
        scan(barcode(*t, c));
        saveArtefact(QStringLiteral("shot_packed") + suffix);
        scan(QStringLiteral("ZT400000000031"));
        saveArtefact(QStringLiteral("shot_already_packed") + suffix);
        scan(QStringLiteral("ZT400000000030"));
        QVERIFY(pack()->isTakenOver());
        saveArtefact(QStringLiteral("shot_stop") + suffix);
        QTest::keyClick(pack()->scanField(), Qt::Key_Return);
        QVERIFY(!pack()->isTakenOver());
    }

    void chineseAndMainWindow()
    {
        Translations::install(QStringLiteral("zh_CN"));
        const qint64 id = printedOrder(*t, QStringLiteral("ZT400000000012"), {{a, 1}});
        QVERIFY(StageMachine::move(t->connection(), TestDatabase::actor(),
                                   {id, Stage::Printed, Stage::Intercepted, QStringLiteral("refund"), {}}));
        station->close();
        view = nullptr;
        MainWindow window(station->context());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto *stationView = qobject_cast<PackStationView *>(window.view(MainWindow::PackStationViewId));
        QVERIFY(stationView);
        QTRY_VERIFY(stationView->packPage()->scanField()->hasFocus() || !QGuiApplication::focusWindow());
        QTest::keyClicks(stationView->packPage()->scanField(), QStringLiteral("ZT400000000012"));
        QTest::keyClick(stationView->packPage()->scanField(), Qt::Key_Return);
        QCOMPARE(stationView->packPage()->statusPanel()->word(), QString::fromUtf8("拦截"));
        QCOMPARE(stationView->packPage()->takeover()->wordLabel()->text(), QString::fromUtf8("拦截"));
        QVERIFY(stationView->packPage()->statusPanel()->message().contains(QString::fromUtf8("拦截")));
        QDir().mkpath(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts"));
        window.grab().save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/packstation_stop_zh_CN.png"));
    }
};

QTEST_MAIN(TestPackStationView)
#include "tst_packstationview.moc"
