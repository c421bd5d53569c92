// Thermal printers: a label as a 1-bit raster in TSPL and ZPL, read back from the very bytes a
// printer gets and scanned with zbar; golden streams; the self-check; raw socket and device ports.
#include "NetworkLabelPrinter.h"
#include "TestDatabase.h"
#include "ThermalDecode.h"
#include "ZbarDecode.h"
#include "base/Error.h"
#include "db/Sql.h"
#include "orders/Stage.h"
#include "printing/BatchRule.h"
#include "printing/CalibrationLabel.h"
#include "printing/DevicePort.h"
#include "printing/LabelEncoder.h"
#include "printing/LabelRenderer.h"
#include "printing/LabelSelfCheck.h"
#include "printing/MonoRaster.h"
#include "printing/OrderPrintData.h"
#include "printing/PageSink.h"
#include "printing/PrintQueue.h"
#include "printing/PrintRunner.h"
#include "printing/RawPrinterSink.h"
#include "printing/SocketPort.h"
#include "printing/TemplateLibrary.h"
#include "printing/ThermalStream.h"
#include "printing/TrackingPool.h"

#include <QFile>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

namespace {
ThermalSettings settingsFor(ThermalSettings::Language language, int dpi, bool turned = false,
                            const QString &printer = QStringLiteral("test"))
{
    QSettings none(QStringLiteral("/nonexistent/none.ini"), QSettings::IniFormat);
    ThermalSettings s(none, printer);
    s.language = language;
    s.dpi = dpi;
    s.rotate180 = turned;
    return s;
}

// One label's data that never changes: the golden streams are made from it.
PrintData fixedLabel()
{
    PrintData d;
    const QList<std::pair<const char *, const char *>> fields = {
        {"courier.name", "中通快递"},
        {"sort.code", "751-B2 07"},
        {"tracking.no", "75912345678901"},
        {"receiver.name", "王小明"},
        {"receiver.phone", "13812348000"},
        {"receiver.address", "广东省 深圳市 南山区 科技园南路 18 号 3 栋 1201"},
        {"sender.name", "星河旗舰店"},
        {"sender.phone", "0571-88886666"},
        {"sender.address", "浙江省 杭州市 余杭区 仓前街道 文一西路 998 号"},
        {"items", "SKU-1001 保温杯 500ml 黑 ×2; SKU-2040 杯套 ×1"},
        {"order.no", "3528801234567890"},
        {"item.count", "3"},
        {"buyer.message", "请尽快发货"},
        {"print.time", "2026-11-11 00:05"},
        {"page.seq", "1"},
        {"page.total", "1"},
    };
    for (const auto &[k, v] : fields)
        d.fields.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return d;
}

QString golden(const QString &name)
{
    return QStringLiteral(PACKLINE_TEST_DATA_DIR "/printing/") + name;
}
} // namespace

class TestThermal : public QObject {
    Q_OBJECT
private:
    TestDatabase m_db;
    QList<PrintData> m_orders;
    std::unique_ptr<LabelRenderer> m_label;

private slots:
    void initTestCase()
    {
        LabelRenderer::cacheLargeGlyphs(); // as main() does: the same dots on the first label as on the rest
        m_db.seedDemo(120);
        QSqlQuery q =
            Sql::run(m_db.connection(), QStringLiteral("SELECT id FROM orders WHERE tracking_no IS NOT "
                                                       "NULL AND tracking_no <> '' ORDER BY id LIMIT 4"));
        while (q.next())
            m_orders << OrderPrintData::forOrder(m_db.connection(), q.value(0).toLongLong());
        QCOMPARE(m_orders.size(), 4);
        m_label = std::make_unique<LabelRenderer>(TemplateLibrary::load(QStringLiteral("label-100x150")));
    }

    void rasterIsThePaintedLabelShifted()
    {
        const PrintData &d = m_orders.first();
        RasterOptions plain;
        const MonoRaster r = LabelRaster::render(*m_label, d, plain);
        QCOMPARE(r.width, 799); // 100 mm at 203 dpi
        QCOMPARE(r.height, 1199);
        QCOMPARE(r.bits.size(), qsizetype(100) * 1199);
        // Painted for a head: text in the font's 1-bit glyphs, on a 16-bit canvas.
        const QImage painted =
            m_label->toImage(d, 203, 0, LabelRenderer::Ink::Dots).convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < r.height; y += 7)
            for (int x = 0; x < r.width; x += 3)
                QCOMPARE(r.black(x, y), painted.pixelColor(x, y).value() < plain.threshold);
        // 5 mm right and 2 mm up: 40 and 16 dots at 203 dpi.
        RasterOptions moved = plain;
        moved.offsetXMm = 5;
        moved.offsetYMm = -2;
        const MonoRaster m = LabelRaster::render(*m_label, d, moved);
        for (int y = 0; y < r.height - 16; y += 5)
            for (int x = 40; x < r.width; x += 3)
                QCOMPARE(m.black(x, y), r.black(x - 40, y + 16));
        RasterOptions turned = plain;
        turned.rotate180 = true;
        const MonoRaster t = LabelRaster::render(*m_label, d, turned);
        for (int y = 0; y < r.height; y += 5)
            for (int x = 0; x < r.width; x += 3)
                QCOMPARE(t.black(r.width - 1 - x, r.height - 1 - y), r.black(x, y));
        // The self-check finds a barcode where the options put it.
        QVERIFY(LabelSelfCheck::check(m, moved, m_label->barcodes(d)).isEmpty());
        QVERIFY(LabelSelfCheck::check(t, turned, m_label->barcodes(d)).isEmpty());
    }

    void packedAsQGrayThresholds()
    {
        // Colours of every kind, at a width that leaves dots past the last whole byte: the packer
        // (eight dots side by side) must print exactly the dots whose qGray() is below the threshold.
        QImage painted(8 * 64 + 5, 300, QImage::Format_RGB32);
        for (int y = 0; y < painted.height(); ++y) {
            auto *dots = reinterpret_cast<QRgb *>(painted.scanLine(y));
            for (int x = 0; x < painted.width(); ++x)
                dots[x] =
                    (x % 16 == 3) ? 0xffffffffu : 0xff000000u | ((quint32(y * 517 + x) * 2654435761u) >> 8);
        }
        for (int threshold : {1, 100, 160, 250, 255}) {
            RasterOptions o;
            o.threshold = threshold;
            const MonoRaster r = LabelRaster::fromImage(painted, o);
            for (int y = 0; y < painted.height(); ++y)
                for (int x = 0; x < painted.width(); ++x)
                    if (r.black(x, y) != (qGray(painted.pixel(x, y)) < threshold))
                        QFAIL(qPrintable(
                            QStringLiteral("dot %1,%2 at threshold %3").arg(x).arg(y).arg(threshold)));
        }
    }

    void streamsScanBack_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("turned");
        for (auto [lang, name] : {std::pair{ThermalSettings::Language::Tspl, "tspl"},
                                  std::pair{ThermalSettings::Language::Zpl, "zpl"}})
            for (int dpi : {203, 300})
                for (bool turned : {false, true})
                    QTest::addRow("%s@%d%s", name, dpi, turned ? "-turned" : "")
                        << int(lang) << dpi << turned;
    }
    void streamsScanBack()
    {
        QFETCH(int, language);
        QFETCH(int, dpi);
        QFETCH(bool, turned);
        const ThermalStream stream(settingsFor(ThermalSettings::Language(language), dpi, turned));
        const QByteArray bytes = stream.batch(*m_label, m_orders);
        const QList<QImage> labels = ThermalSettings::Language(language) == ThermalSettings::Language::Tspl
                                         ? ThermalDecode::tspl(bytes, dpi)
                                         : ThermalDecode::zpl(bytes);
        QCOMPARE(labels.size(), m_orders.size()); // one stream, every label of the batch in it
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QImage &label = labels.at(i);
            QCOMPARE(label.width(), qRound(100 * dpi / 25.4));
            // What came out is the painted label, turned when asked, dot for dot.
            RasterOptions o{dpi, 160, 0, 0, turned};
            const QImage want = LabelRaster::render(*m_label, m_orders.at(i), o).toImage();
            QCOMPARE(label, want);
            const QStringList read = zbarDecode(label);
            QVERIFY2(read.contains(m_orders.at(i).value(QStringLiteral("tracking.no"))),
                     qPrintable(read.join(u' ')));
            QVERIFY2(read.contains(m_orders.at(i).value(QStringLiteral("order.no"))),
                     qPrintable(read.join(u' ')));
        }
    }

    void zplPlainAndCompressedAreTheSamePicture()
    {
        const ThermalSettings s = settingsFor(ThermalSettings::Language::Zpl, 203);
        const MonoRaster r = LabelRaster::render(*m_label, m_orders.first(), {});
        const QByteArray packed = ZplEncoder(s).label(r);
        const QByteArray plain = ZplEncoder(s, ZplEncoder::Hex::Plain).label(r);
        QVERIFY2(packed.size() * 5 < plain.size(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(packed.size()).arg(plain.size())));
        QCOMPARE(ThermalDecode::zpl(packed), ThermalDecode::zpl(plain));
        QCOMPARE(ZplEncoder::compressRow("000000FF0000", ""), QByteArray("L0HF,"));
        QCOMPARE(ZplEncoder::compressRow(QByteArray(60, 'F'), ""), QByteArray("!"));
        QCOMPARE(ZplEncoder::compressRow("ABAB", "ABAB"), QByteArray(":"));
        QCOMPARE(ZplEncoder::compressRow(QByteArray(45, 'A') + "1", ""), QByteArray("hKA1")); // 40 + 5
    }

    void goldenStreams_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("tspl") << int(ThermalSettings::Language::Tspl)
                              << QStringLiteral("label-100x150-203dpi.tspl");
        QTest::newRow("zpl") << int(ThermalSettings::Language::Zpl)
                             << QStringLiteral("label-100x150-203dpi.zpl");
    }
    void goldenStreams()
    {
        QFETCH(int, language);
        QFETCH(QString, file);
        ThermalSettings s = settingsFor(ThermalSettings::Language(language), 203);
        s.darkness = 10;
        s.speed = 3;
        s.gapMm = 2.5;
        const QByteArray bytes = ThermalStream(s).page(*m_label, fixedLabel());
        if (qEnvironmentVariableIsSet("PACKLINE_WRITE_GOLDEN")) { // after a deliberate change
            QFile out(golden(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        QFile expected(golden(file));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(golden(file)));
        const QByteArray want = expected.readAll();
        // The set-up lines are spelled out here so a change to them is seen in the diff too.
        if (language == int(ThermalSettings::Language::Tspl))
            QVERIFY(
                bytes.startsWith("SIZE 100 mm,150 mm\r\nGAP 2.5 mm,0 mm\r\nDIRECTION 0,0\r\nREFERENCE 0,0\r\n"
                                 "DENSITY 10\r\nSPEED 3\r\nCLS\r\nBITMAP 0,0,100,1199,0,"));
        else
            QVERIFY(bytes.startsWith(
                "^XA\n^PW799\n^LL1199\n^LH0,0\n^MD5\n^PR3\n^MNY\n^PON\n^FO0,0^GFA,119900,119900,100,"));
        QVERIFY2(bytes == want,
                 qPrintable(QStringLiteral("%1: %2 bytes made, %3 expected (PACKLINE_WRITE_GOLDEN=1 "
                                           "rewrites it after a deliberate change)")
                                .arg(file)
                                .arg(bytes.size())
                                .arg(want.size())));
    }

    void selfCheckRefusesAnUnreadableLabel()
    {
        ThermalStream stream(settingsFor(ThermalSettings::Language::Tspl, 203));
        const PrintData &d = m_orders.first();
        // A 3 mm band through the tracking number's bars gone (a burnt-out head, a smudge).
        stream.setRasterHook([&](MonoRaster &r) {
            const QRect bars = LabelRaster::dotsOf(QRectF(48.5, 26, 3, 20), r, {});
            for (int y = bars.top(); y <= bars.bottom(); ++y)
                for (int x = bars.left(); x <= bars.right(); ++x)
                    r.bits[qsizetype(y) * r.bytesPerRow() + x / 8] &= char(~(0x80 >> (x % 8)));
        });
        try {
            stream.page(*m_label, d);
            QFAIL("a label that does not scan was sent");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("{tracking.no}")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(d.value(QStringLiteral("tracking.no"))), qPrintable(e.message()));
        }
        // The same damage with the self-check off goes out (what every other label tool does).
        ThermalSettings off = stream.settings();
        off.selfCheck = false;
        ThermalStream unchecked(off);
        QVERIFY(!unchecked.page(*m_label, d).isEmpty());
    }

    void selfCheckRefusesALabelThatReadsAsAnother()
    {
        // Another order's bars where this order's should be: it scans, but as the wrong parcel.
        ThermalStream stream(settingsFor(ThermalSettings::Language::Zpl, 203));
        const MonoRaster other = stream.raster(*m_label, m_orders.at(1), 0);
        stream.setRasterHook([&](MonoRaster &r) { r = other; });
        try {
            stream.batch(*m_label, {m_orders.at(0)});
            QFAIL("a label that reads as another order's was sent");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(m_orders.at(1).value(QStringLiteral("tracking.no"))) &&
                         e.message().contains(m_orders.at(0).value(QStringLiteral("tracking.no"))) &&
                         e.message().startsWith(QStringLiteral("Label 1 of 1")),
                     qPrintable(e.message()));
        }
    }

    void dataTheSymbologyCannotCarryIsRefused()
    {
        PrintData d = fixedLabel();
        d.fields.insert(QStringLiteral("tracking.no"), QStringLiteral("运单七五九"));
        const ThermalStream stream(settingsFor(ThermalSettings::Language::Tspl, 203));
        QVERIFY_THROWS_EXCEPTION(Error, stream.page(*m_label, d));
    }

    void socketPrinterGetsWholeLabels()
    {
        NetworkLabelPrinter printer;
        QSettings none(QStringLiteral("/nonexistent/none.ini"), QSettings::IniFormat);
        const ThermalSettings s(none, printer.address());
        QCOMPARE(s.language, ThermalSettings::Language::Tspl); // a raw port takes no PDF
        RawPrinterSink sink(s);
        QCOMPARE(sink.name(), printer.address());
        for (int i = 0; i < 3; ++i)
            sink.printPage(i + 1, 1, *m_label, m_orders.at(i));
        sink.finish(); // pages are rendered and sent on the sink's threads, in page order
        QCOMPARE(sink.takeDelivered(), (QList<qint64>{1, 2, 3}));
        QVERIFY(printer.waitForConnections(3));
        const QList<QByteArray> got = printer.received();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(got.at(i), sink.stream().page(*m_label, m_orders.at(i)));
            QCOMPARE(ThermalDecode::tspl(got.at(i), 203).size(), 1);
        }
    }

    void queueJobPrintsToASocketPrinter()
    {
        // Through the print queue as a station prints: done only for labels the printer took.
        const PoolImport pool =
            TrackingPool::importRange(m_db.connection(), TestDatabase::actor(), QStringLiteral("ZTO"),
                                      QStringLiteral("753100000001"), QStringLiteral("753100000300"));
        QVERIFY(pool.problems.isEmpty());
        BatchRule zto;
        zto.courierCode = QStringLiteral("ZTO");
        zto.limit = 1;
        NetworkLabelPrinter printer;
        PrintQueue::JobSpec spec;
        spec.templateId = QStringLiteral("label-100x150");
        spec.printer = printer.address();
        spec.orderIds = Batching::select(m_db.connection(), zto);
        QCOMPARE(spec.orderIds.size(), 1);
        const Result<PrintQueue::CreatedJob> made =
            PrintQueue::create(m_db.connection(), TestDatabase::actor(), spec);
        QVERIFY2(made, qPrintable(made.message));
        QSettings none(QStringLiteral("/nonexistent/none.ini"), QSettings::IniFormat);
        const ThermalSettings s(none, printer.address());
        {
            PrintRunner runner(m_db.connection(), TestDatabase::actor(), made->jobId,
                               std::make_unique<RawPrinterSink>(s));
            QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        }
        QCOMPARE(PrintQueue::job(m_db.connection(), made->jobId)->done, 1);
        QVERIFY(printer.waitForConnections(1));
        for (const QByteArray &label : printer.received()) {
            const QList<QImage> images = ThermalDecode::tspl(label, 203);
            QCOMPARE(images.size(), 1);
            QCOMPARE(zbarDecode(images.first()).size(), 2);
        }
        // The printer gone: the job fails with the reason and nothing more is done.
        const Result<PrintQueue::CreatedJob> second =
            PrintQueue::create(m_db.connection(), TestDatabase::actor(), [&] {
                PrintQueue::JobSpec next = spec;
                next.orderIds = Batching::select(m_db.connection(), zto);
                return next;
            }());
        QVERIFY2(second, qPrintable(second.message));
        ThermalSettings goneSettings = s;
        goneSettings.printer = QStringLiteral("socket://127.0.0.1:1"); // nobody listens on port 1
        PrintRunner runner(m_db.connection(), TestDatabase::actor(), second->jobId,
                           std::make_unique<RawPrinterSink>(goneSettings));
        QCOMPARE(runner.runAll(), PrintRunner::Step::Failed);
        QVERIFY2(runner.error().contains(QStringLiteral("refused")), qPrintable(runner.error()));
        QCOMPARE(PrintQueue::job(m_db.connection(), second->jobId)->done, 0);
    }

    void pipelinedJobStopsAtTheFailedLabel()
    {
        // Six labels rendered ahead on the sink's threads; the printer resets the third connection
        // mid-label. Two are done, the third failed with the reason, the rest wait in the queue
        // (never sent, though they may have been rendered); resuming prints exactly those three.
        const PoolImport pool =
            TrackingPool::importRange(m_db.connection(), TestDatabase::actor(), QStringLiteral("ZTO"),
                                      QStringLiteral("753200000001"), QStringLiteral("753200000300"));
        QVERIFY(pool.problems.isEmpty());
        // Six more orders submitted for ZTO (the demo has fewer waiting).
        Sql::run(m_db.connection(),
                 QStringLiteral(
                     "UPDATE orders SET stage = ?, courier_code = 'ZTO', tracking_no = NULL WHERE id IN "
                     "(SELECT id FROM orders WHERE stage <> ? ORDER BY id DESC LIMIT 6)"),
                 {Stages::code(Stage::Submitted), Stages::code(Stage::Submitted)});
        BatchRule zto;
        zto.courierCode = QStringLiteral("ZTO");
        zto.limit = 6;
        NetworkLabelPrinter printer(NetworkLabelPrinter::Mode::ResetAfter, 1000);
        printer.resetOnlyConnection(3);
        PrintQueue::JobSpec spec;
        spec.templateId = QStringLiteral("label-100x150");
        spec.printer = printer.address();
        spec.orderIds = Batching::select(m_db.connection(), zto);
        QCOMPARE(spec.orderIds.size(), 6);
        const Result<PrintQueue::CreatedJob> made =
            PrintQueue::create(m_db.connection(), TestDatabase::actor(), spec);
        QVERIFY2(made, qPrintable(made.message));
        QSettings none(QStringLiteral("/nonexistent/none.ini"), QSettings::IniFormat);
        const ThermalSettings s(none, printer.address());
        const auto states = [&] {
            QStringList out;
            QSqlQuery q = Sql::run(
                m_db.connection(),
                QStringLiteral("SELECT state FROM print_pages WHERE job_id = ? ORDER BY seq"), {made->jobId});
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        {
            PrintRunner runner(m_db.connection(), TestDatabase::actor(), made->jobId,
                               std::make_unique<RawPrinterSink>(s));
            QCOMPARE(runner.runAll(), PrintRunner::Step::Failed);
            QVERIFY2(runner.error().contains(QStringLiteral("did not take the whole label")),
                     qPrintable(runner.error()));
        }
        QCOMPARE(states(),
                 (QStringList{QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("failed"),
                              QStringLiteral("queued"), QStringLiteral("queued"), QStringLiteral("queued")}));
        QVERIFY(printer.waitForConnections(3));
        QTest::qWait(200);
        QCOMPARE(printer.received().size(), 3); // nothing after the failed label went out
        QVERIFY(PrintQueue::resume(m_db.connection(), TestDatabase::actor(), made->jobId));
        {
            PrintRunner runner(m_db.connection(), TestDatabase::actor(), made->jobId,
                               std::make_unique<RawPrinterSink>(s));
            QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        }
        // The cut-off label waits for a person (did any of it come out?); the three behind it printed.
        QCOMPARE(states(),
                 (QStringList{QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("failed"),
                              QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("done")}));
        const qint64 cut = PrintQueue::pages(m_db.connection(), made->jobId).at(2).id;
        QVERIFY(
            PrintQueue::reprint(m_db.connection(), TestDatabase::actor(), cut, QStringLiteral("cut off")));
        {
            PrintRunner runner(m_db.connection(), TestDatabase::actor(), made->jobId,
                               std::make_unique<RawPrinterSink>(s));
            QCOMPARE(runner.runAll(), PrintRunner::Step::Finished);
        }
        QCOMPARE(states(), QStringList(6, QStringLiteral("done")));
        QVERIFY(printer.waitForConnections(7));
        const QList<QByteArray> got = printer.received();
        QCOMPARE(got.size(), 7);
        QCOMPARE(got.at(2).size(), 1000); // the label cut off
        for (int i : {0, 1, 3, 4, 5, 6})
            QCOMPARE(ThermalDecode::tspl(got.at(i), 203).size(), 1);
    }

    void refusedConnectionFailsThePage()
    {
        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QSettings none(QStringLiteral("/nonexistent/none.ini"), QSettings::IniFormat);
        RawPrinterSink sink(ThermalSettings(none, QStringLiteral("socket://127.0.0.1:%1").arg(port)));
        // Pages are queued and sent on the sink's thread: the refusal comes back from finish(), or
        // from a later printPage(), naming the first page that did not go; nothing is delivered.
        sink.printPage(1, 1, *m_label, m_orders.first());
        try {
            for (int i = 1; i < 20; ++i)
                sink.printPage(i + 1, 1, *m_label, m_orders.at(i % m_orders.size()));
            sink.finish();
            QFAIL("a refused connection counted as printed");
        } catch (const PageFailure &e) {
            QCOMPARE(e.pageId(), 1);
            QVERIFY2(e.message().contains(QStringLiteral("refused")), qPrintable(e.message()));
        }
        QVERIFY(sink.takeDelivered().isEmpty());
    }

    void selfCheckFailureStopsTheLabelsAfterIt()
    {
        // Labels 1 and 2 go out; 3 fails its self-check on a render thread; 4 and later never
        // reach the printer although they were queued (and perhaps rendered) behind it.
        NetworkLabelPrinter printer;
        QSettings none(QStringLiteral("/nonexistent/none.ini"), QSettings::IniFormat);
        RawPrinterSink sink(ThermalSettings(none, printer.address()));
        QList<PrintData> pages;
        for (int i = 0; i < 8; ++i)
            pages << m_orders.at(i % m_orders.size());
        // Page 3's label (known by its raster) loses a band of its tracking number's bars.
        const QByteArray third = sink.stream().raster(*m_label, pages.at(2), 0).bits;
        sink.stream().setRasterHook([&](MonoRaster &r) {
            if (r.bits != third)
                return;
            const QRect bars = LabelRaster::dotsOf(QRectF(48.5, 26, 3, 20), r, {});
            for (int y = bars.top(); y <= bars.bottom(); ++y)
                for (int x = bars.left(); x <= bars.right(); ++x)
                    r.bits[qsizetype(y) * r.bytesPerRow() + x / 8] &= char(~(0x80 >> (x % 8)));
        });
        try {
            for (int i = 0; i < pages.size(); ++i)
                sink.printPage(i + 1, 1, *m_label, pages.at(i));
            sink.finish();
            QFAIL("a label that failed its self-check counted as printed");
        } catch (const PageFailure &e) {
            QCOMPARE(e.pageId(), 3);
        }
        QCOMPARE(sink.takeDelivered(), (QList<qint64>{1, 2}));
        QVERIFY(printer.waitForConnections(2));
        QTest::qWait(200);
        QCOMPARE(printer.received().size(), 2);
    }

    void resetMidLabelFailsThePage()
    {
        NetworkLabelPrinter printer(NetworkLabelPrinter::Mode::ResetAfter, 1000);
        QSettings none(QStringLiteral("/nonexistent/none.ini"), QSettings::IniFormat);
        ThermalSettings s(none, printer.address());
        s.language = ThermalSettings::Language::Zpl;
        s.dpi = 300;
        // A plain (uncompressed) stream is long enough not to fit the printer's buffers whole.
        ZplEncoder plain(s, ZplEncoder::Hex::Plain);
        const QByteArray big = plain.label(LabelRaster::render(*m_label, m_orders.first(), {300}));
        QVERIFY(big.size() > 500000);
        SocketPort port(QStringLiteral("127.0.0.1"), printer.port(), 3000);
        try {
            port.send(big);
            QFAIL("a reset connection counted as printed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("did not take the whole label")),
                     qPrintable(e.message()));
        }
        QVERIFY(printer.waitForConnections(1));
        QCOMPARE(printer.received().first().size(), 1000);
    }

    void devicePortWritesWholeOrFails()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray label =
            ThermalStream(settingsFor(ThermalSettings::Language::Tspl, 203)).page(*m_label, m_orders.first());
        std::unique_ptr<RawPort> port = RawPort::open(QStringLiteral("device:") + file.fileName());
        port->send(label);
        port->send(label);
        QCOMPARE(file.readAll(), label + label);
        // A device that takes nothing (a full disk, an unplugged printer) is an error, never "done".
        DevicePort full(QStringLiteral("/dev/full"));
        QVERIFY_THROWS_EXCEPTION(Error, full.send(label));
        DevicePort gone(QStringLiteral("/nonexistent/lp0"));
        QVERIFY_THROWS_EXCEPTION(Error, gone.send(label));
        QVERIFY_THROWS_EXCEPTION(Error, RawPort::open(QStringLiteral("socket://")));
    }

    void settingsKeepPerPrinter()
    {
        QTemporaryFile ini(QDir::tempPath() + QStringLiteral("/thermal-XXXXXX.ini"));
        QVERIFY(ini.open());
        QSettings store(ini.fileName(), QSettings::IniFormat);
        ThermalSettings zebra(store, QStringLiteral("socket://10.0.0.7:9100"));
        zebra.language = ThermalSettings::Language::Zpl;
        zebra.dpi = 300;
        zebra.darkness = 12;
        zebra.media = ThermalSettings::Media::BlackMark;
        zebra.offsetXMm = -1.5;
        zebra.rotate180 = true;
        zebra.selfCheck = false;
        zebra.save(store);
        const ThermalSettings again(store, QStringLiteral("socket://10.0.0.7:9100"));
        QCOMPARE(again.language, ThermalSettings::Language::Zpl);
        QCOMPARE(again.dpi, 300);
        QCOMPARE(again.darkness, 12);
        QCOMPARE(again.media, ThermalSettings::Media::BlackMark);
        QCOMPARE(again.offsetXMm, -1.5);
        QVERIFY(again.rotate180);
        QVERIFY(!again.selfCheck);
        QVERIFY(store.childGroups().contains(QStringLiteral("printers")));
        const ThermalSettings cups(store, QStringLiteral("Office_A4"));
        QCOMPARE(cups.language, ThermalSettings::Language::Pdf); // a CUPS queue: pages, unless told
        QVERIFY(cups.selfCheck);
        ThermalSettings wrong = cups;
        wrong.dpi = 250;
        QVERIFY(!wrong.usable());
        QVERIFY_THROWS_EXCEPTION(Error, ThermalStream{wrong});
        QVERIFY_THROWS_EXCEPTION(Error, ThermalStream{cups}); // pdf is not a raster language
    }

    void calibrationLabelScans_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203") << 203;
        QTest::newRow("300") << 300;
    }
    void calibrationLabelScans()
    {
        QFETCH(int, dpi);
        const ThermalSettings s = settingsFor(ThermalSettings::Language::Zpl, dpi);
        LabelRenderer test(CalibrationLabel::layout(QSizeF(76, 130)));
        const QByteArray bytes = ThermalStream(s).page(test, CalibrationLabel::data(s));
        const QList<QImage> labels = ThermalDecode::zpl(bytes);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(zbarDecode(labels.first()), QStringList{QStringLiteral("PACKLINE-TEST-%1").arg(dpi)});
        // The border is 1 mm in on every side: ink within a dot or two of there.
        const QImage &l = labels.first();
        const int in = qRound(dpi / 25.4);
        const auto inkNear = [&](int x, int y) {
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx)
                    if (qGray(l.pixel(x + dx, y + dy)) == 0)
                        return true;
            return false;
        };
        QVERIFY(inkNear(l.width() / 2 + 3, in));
        QVERIFY(inkNear(l.width() - 1 - in, l.height() / 2 + 3));
        QVERIFY(inkNear(l.width() / 2 + 3, l.height() - 1 - in));
    }
};

QTEST_MAIN(TestThermal)
#include "tst_thermal.moc"
