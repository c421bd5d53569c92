// Pre-pack batches and unpacking: ledger moves in one transaction with the batch and audit rows,
// pre-packed never negative nor above on hand, on hand and available conserved, levels equal the
// ledger; leftovers after the sale; the printable batch sheet.
#include "PrepackFixture.h"
#include "prepack/BatchSheet.h"
#include "prepack/Campaigns.h"
#include "prepack/PrepackBatches.h"
#include "prepack/PrepackPlan.h"

#include <QProcess>

using namespace Fixture;

namespace {
qint64 campaignWith(const QSqlDatabase &db, const QStringList &codes)
{
    Campaign c;
    c.name = QStringLiteral("双11");
    c.startsAt = QStringLiteral("2026-11-11 00:00:00");
    c.endsAt = QStringLiteral("2026-11-12 00:00:00");
    if (!Campaigns::save(db, actor(), c).ok)
        return 0;
    for (const QString &code : codes)
        if (!Campaigns::addSkuByCode(db, actor(), c.id, code, 100).ok)
            return 0;
    return c.id;
}
} // namespace

class TestPrepackBatches : public QObject {
    Q_OBJECT
private slots:
    void packMovesLooseToPrepacked()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 100,
                                QStringLiteral("6901234567892"));
        const qint64 campaign = campaignWith(db, {QStringLiteral("HOT-A")});
        QVERIFY(campaign > 0);
        const int availableBefore = Reservations::available(db, a);

        qint64 batch = 0;
        const Result<> r =
            PrepackBatches::pack(db, actor(), campaign, a, 60, QStringLiteral("Carton no. 2"), {}, &batch);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(batch > 0);
        Levels l = levels(db, a);
        QCOMPARE(l.onHand, 100); // boxed units are still in the building
        QCOMPARE(l.prepacked, 60);
        QCOMPARE(Reservations::available(db, a), availableBefore); // and still sellable
        QCOMPARE(countRows(db,
                           QStringLiteral("SELECT COUNT(*) FROM stock_ledger WHERE sku_id = ? AND bucket = "
                                          "'prepacked' AND delta = 60 AND reason = 'prepack' AND ref = ?"),
                           {a, QStringLiteral("prepack-batch-%1").arg(batch)}),
                 1);
        QCOMPARE(countRows(db,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'prepack_batch' AND "
                                          "entity_id = ? AND action = 'pack'"),
                           {batch}),
                 1);
        QCOMPARE(PrepackPlan::rows(db, campaign)[0].packedNet, 60);
        QCOMPARE(PrepackPlan::rows(db, campaign)[0].toPack(), 0); // planned 60 (100 × 60%)
        QCOMPARE(ledgerMismatches(db), 0);

        const std::optional<PrepackBatch> loaded = PrepackBatches::load(db, batch);
        QVERIFY(loaded);
        QCOMPARE(loaded->qty, 60);
        QCOMPARE(loaded->material, QStringLiteral("Carton no. 2"));
        QCOMPARE(loaded->barcodes, QStringList{QStringLiteral("6901234567892")});
        QCOMPARE(loaded->campaignName, QStringLiteral("双11"));
    }

    void packBeyondLooseIsRefusedAndChangesNothing()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 10);
        const qint64 other = addSku(db, QStringLiteral("OTHER"), QStringLiteral("B-01-01"), 10);
        const qint64 campaign = campaignWith(db, {QStringLiteral("HOT-A")});
        QVERIFY(PrepackBatches::pack(db, actor(), campaign, a, 7, {}).ok);
        const qint64 ledgerRows = countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger"));

        Result<> r = PrepackBatches::pack(db, actor(), campaign, a, 4, {}); // only 3 loose
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("HOT-A")) && r.message.contains(QStringLiteral("3")),
                 qPrintable(r.message));
        QVERIFY(!PrepackBatches::pack(db, actor(), campaign, a, 0, {}).ok);
        QVERIFY(!PrepackBatches::pack(db, actor(), campaign, a, -2, {}).ok);
        QVERIFY(!PrepackBatches::pack(db, actor(), campaign, other, 1, {}).ok); // not in the campaign
        QVERIFY(!PrepackBatches::unpack(db, actor(), campaign, a, 8).ok);       // only 7 boxed

        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM stock_ledger")), ledgerRows);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM prepack_batches")), 1);
        QCOMPARE(levels(db, a).prepacked, 7);
        QVERIFY(PrepackBatches::pack(db, actor(), campaign, a, 3, {}).ok); // exactly the loose rest
        QCOMPARE(levels(db, a).prepacked, 10);
        QVERIFY(!PrepackBatches::pack(db, actor(), campaign, a, 1, {}).ok);
        QCOMPARE(ledgerMismatches(db), 0);
    }

    // Random packs and unpacks: every accepted move conserves on hand, prepacked stays in
    // 0..on_hand, and the levels always equal the ledger.
    void randomMovesConserveTotals()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 40);
        const qint64 campaign = campaignWith(db, {QStringLiteral("HOT-A")});
        quint32 seed = 12345;
        auto next = [&seed](int n) {
            seed = seed * 1103515245u + 12345u;
            return int((seed >> 16) % quint32(n));
        };
        int expectedPrepacked = 0;
        int refused = 0;
        for (int i = 0; i < 200; ++i) {
            const int qty = 1 + next(15);
            const bool pack = next(2) == 0;
            const Result<> r = pack ? PrepackBatches::pack(db, actor(), campaign, a, qty, {})
                                    : PrepackBatches::unpack(db, actor(), campaign, a, qty);
            const bool fits = pack ? expectedPrepacked + qty <= 40 : expectedPrepacked - qty >= 0;
            QCOMPARE(r.ok, fits);
            if (r.ok)
                expectedPrepacked += pack ? qty : -qty;
            else
                ++refused;
            const Levels l = levels(db, a);
            QCOMPARE(l.onHand, 40);
            QCOMPARE(l.prepacked, expectedPrepacked);
        }
        QVERIFY(refused > 0);
        QCOMPARE(ledgerMismatches(db), 0);
        QCOMPARE(PrepackPlan::rows(db, campaign)[0].packedNet, expectedPrepacked);
    }

    void leftoversGoBackAfterTheSale()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 30);
        const qint64 b = addSku(db, QStringLiteral("HOT-B"), QStringLiteral("A-01-02"), 30);
        const qint64 c = addSku(db, QStringLiteral("HOT-C"), QStringLiteral("A-01-03"), 30);
        const qint64 campaign =
            campaignWith(db, {QStringLiteral("HOT-A"), QStringLiteral("HOT-B"), QStringLiteral("HOT-C")});
        QVERIFY(PrepackBatches::pack(db, actor(), campaign, a, 20, {}).ok);
        QVERIFY(PrepackBatches::pack(db, actor(), campaign, b, 5, {}).ok);
        QVERIFY(PrepackBatches::unpack(db, actor(), campaign, b, 5).ok);
        int units = -1;
        QVERIFY(PrepackBatches::unpackLeftovers(db, actor(), campaign, &units).ok);
        QCOMPARE(units, 20);
        QCOMPARE(levels(db, a).prepacked, 0);
        QCOMPARE(levels(db, a).onHand, 30);
        QCOMPARE(levels(db, c).prepacked, 0);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM prepack_batches WHERE kind = 'unpack'")),
                 2);
        QVERIFY(PrepackBatches::unpackLeftovers(db, actor(), campaign, &units).ok); // nothing left: harmless
        QCOMPARE(units, 0);
        QCOMPARE(ledgerMismatches(db), 0);
    }

    void batchSheetPrints()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = addSku(db, QStringLiteral("HOT-A"), QStringLiteral("A-01-01"), 300,
                                QStringLiteral("6901234567892"));
        const qint64 campaign = campaignWith(db, {QStringLiteral("HOT-A")});
        qint64 id = 0;
        QVERIFY(PrepackBatches::pack(db, actor(), campaign, a, 250, QStringLiteral("气泡袋"), {}, &id).ok);
        const std::optional<PrepackBatch> batch = PrepackBatches::load(db, id);
        QVERIFY(batch);
        const QString pdf = t.dir() + QStringLiteral("/batch.pdf");
        QString error;
        QVERIFY2(BatchSheet::writePdf(*batch, pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(!BatchSheet::writePdf(*batch, t.dir() + QStringLiteral("/no/such/dir/x.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("x.pdf")));

        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForFinished(10000) || text.exitCode() != 0)
            QSKIP("pdftotext (poppler-utils) is not available");
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("HOT-A")));
        QVERIFY(out.contains(QStringLiteral("250")));
        QVERIFY(out.contains(QStringLiteral("A-01-01")));
        QVERIFY(out.contains(QStringLiteral("6901234567892")));
        QVERIFY(out.contains(QStringLiteral("泡袋"))); // 气 extracts as the Kangxi radical ⽓ (font cmap)
    }
};

QTEST_MAIN(TestPrepackBatches) // QGuiApplication: the batch sheet needs fonts
#include "tst_prepackbatches.moc"
