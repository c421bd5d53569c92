// Pick-list slots (issue 6): a printed pick list carries each order's slot code as Code 128; the
// code read back from the rendered page with zbar, typed into the pack station's scan field,
// brings up that order's parcel.
#include "../printing/ZbarDecode.h"
#include "PackFixtures.h"
#include "PackStationHarness.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "packing/ParcelLookup.h"
#include "packing/ScanSession.h"
#include "printing/JobExport.h"
#include "printing/LabelRenderer.h"
#include "printing/PickSlots.h"
#include "printing/PrintQueue.h"
#include "printing/TemplateLibrary.h"
#include "ui/AppContext.h"
#include "ui/packing/PackPage.h"
#include "ui/packing/PackStationView.h"
#include "ui/packing/ParcelLinesModel.h"
#include "ui/packing/StatusPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QTest>

using namespace PackFixtures;

class TestPickSlots : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    QList<qint64> orders;
    qint64 job = 0;

    void printPickList()
    {
        orders = {printedOrder(*t, QStringLiteral("ZT420000000001"), {{skuId(*t, 1), 1}}),
                  printedOrder(*t, QStringLiteral("ZT420000000002"), {{skuId(*t, 2), 2}, {skuId(*t, 3), 1}}),
                  printedOrder(*t, QStringLiteral("ZT420000000003"), {{skuId(*t, 4), 1}})};
        PrintQueue::JobSpec spec;
        spec.kind = PrintQueue::Kind::PickList;
        spec.templateId = QStringLiteral("picklist-a4");
        spec.printer = QStringLiteral("pdf:") + t->dir() + QStringLiteral("/picklist.pdf");
        spec.title = QStringLiteral("wave 1");
        spec.orderIds = orders;
        const Result<PrintQueue::CreatedJob> created =
            PrintQueue::create(t->connection(), TestDatabase::actor(), spec);
        QVERIFY2(created, qPrintable(created.message));
        job = created->jobId;
    }

    QImage renderedPage()
    {
        const auto row = PrintQueue::job(t->connection(), job);
        const QList<PrintQueue::PageRow> pages = PrintQueue::pages(t->connection(), job);
        if (!row || pages.size() != 1)
            return {};
        LabelRenderer renderer(TemplateLibrary::load(QStringLiteral("picklist-a4")));
        return renderer.toImage(JobExport::pageData(t->connection(), *row, pages.first()), 300);
    }

private slots:
    void init()
    {
        Translations::install(QStringLiteral("en"));
        t = std::make_unique<TestDatabase>();
        t->seedDemo(20);
    }

    void slotCodes()
    {
        QCOMPARE(PickSlots::code(42, 7), QStringLiteral("PL42-7"));
        QCOMPARE(PickSlots::parse(QStringLiteral("PL42-7")),
                 std::make_optional(std::make_pair(qint64(42), 7)));
        QVERIFY(!PickSlots::parse(QStringLiteral("ZT420000000001")));
        QVERIFY(!PickSlots::parse(QStringLiteral("PL42")));
        QVERIFY(!PickSlots::parse(QStringLiteral("6901234567892")));
    }

    void slotsAreStoredInListOrder()
    {
        printPickList();
        const QList<PickSlots::Slot> assigned = PickSlots::forJob(t->connection(), job);
        QCOMPARE(assigned.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(assigned[i].slot, i + 1);
            QCOMPARE(assigned[i].orderId, orders[i]);
        }
        QCOMPARE(ParcelLookup::findOrders(t->connection(), PickSlots::code(job, 2)),
                 QList<qint64>{orders[1]});
        QVERIFY(ParcelLookup::findOrders(t->connection(), PickSlots::code(job, 9)).isEmpty());
        // The job's PDF carries them too.
        const QString pdf = t->dir() + QStringLiteral("/picklist.pdf");
        QCOMPARE(JobExport::toPdf(t->connection(), job, pdf), 1);
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void scannedSlotBringsUpTheParcel()
    {
        printPickList();
        const QImage page = renderedPage();
        QVERIFY(!page.isNull());
        QDir().mkpath(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts"));
        page.save(QStringLiteral(PACKLINE_BUILD_DIR "/artifacts/picklist_slots.png"));
        QStringList slotCodes;
        for (const QString &code : zbarDecode(page))
            if (PickSlots::parse(code))
                slotCodes << code;
        slotCodes.sort();
        QCOMPARE(slotCodes,
                 (QStringList{PickSlots::code(job, 1), PickSlots::code(job, 2), PickSlots::code(job, 3)}));

        PackStationHarness station(*t);
        QVERIFY(station.open());
        PackPage *pack = station.pack();
        for (const QString &code : std::as_const(slotCodes)) {
            const int slot = PickSlots::parse(code)->second;
            station.scan(code);
            QCOMPARE(pack->session().parcel().orderId, orders[slot - 1]);
            QCOMPARE(pack->session().state(), ScanSession::State::Scanning);
            QCOMPARE(pack->model()->rowCount(), slot == 2 ? 2 : 1);
            QTest::keyClick(pack->scanField(), Qt::Key_Escape);
        }
        // A slot that is not on any list is an unknown code, said so.
        station.scan(PickSlots::code(job, 99));
        QCOMPARE(pack->statusPanel()->tone(), ScanFeedback::Tone::Error);
        QVERIFY(pack->session().parcel().isEmpty());
    }
};

QTEST_MAIN(TestPickSlots)
#include "tst_pickslots.moc"
