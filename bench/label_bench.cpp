// 2,000 100×150 labels (CJK text, two Code 128) from the database to PDF, to 203-dpi images and as
// raw TSPL to a label printer on 127.0.0.1 (self-check on), against glabels-3-batch with an
// equivalent template and merge CSV, in the same run.
//   bench_labels [--labels N] [--keep DIR]     (bench/run_label_bench.sh installs glabels first)
#include "base/Actor.h"
#include "base/Allocator.h"
#include "base/Error.h"
#include "csv/Csv.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoSeeder.h"
#include "orders/Stage.h"
#include "printing/LabelEncoder.h"
#include "printing/LabelRenderer.h"
#include "printing/LabelSelfCheck.h"
#include "printing/MonoRaster.h"
#include "printing/OrderPrintData.h"
#include "printing/PageSink.h"
#include "printing/PrintQueue.h"
#include "printing/PrintRunner.h"
#include "printing/RawPrinterSink.h"
#include "printing/TemplateLibrary.h"
#include "printing/ThermalStream.h"
#include "printing/TrackingPool.h"

#include "NetworkLabelPrinter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

namespace {
// Times the first page handed over, then passes pages on.
class TimingSink : public PageSink {
public:
    TimingSink(std::unique_ptr<PageSink> inner, const QElapsedTimer &clock)
        : m_inner(std::move(inner))
        , m_clock(clock)
    {
    }
    QString name() const override { return m_inner->name(); }
    void printPage(qint64 id, int attempt, const LabelRenderer &r, const PrintData &d) override
    {
        m_inner->printPage(id, attempt, r, d);
        if (m_firstMs < 0)
            m_firstMs = m_clock.nsecsElapsed() / 1e6;
    }
    void finish() override { m_inner->finish(); }
    bool deliversAtFinish() const override { return m_inner->deliversAtFinish(); }
    std::optional<bool> delivered(qint64 pageId, int attempt) const override
    {
        return m_inner->delivered(pageId, attempt);
    }
    double firstMs() const { return m_firstMs; }

private:
    std::unique_ptr<PageSink> m_inner;
    const QElapsedTimer &m_clock;
    double m_firstMs = -1;
};

// A printer fed 203-dpi images (a thermal head's resolution), page by page: like a real printer,
// each page is claimed before it is drawn and marked done after.
class ImageSink : public PageSink {
public:
    explicit ImageSink(qint64 &checksum)
        : m_checksum(checksum)
    {
    }
    QString name() const override { return QStringLiteral("images-203dpi"); }
    void printPage(qint64, int, const LabelRenderer &r, const PrintData &d) override
    {
        m_checksum += r.toImage(d, 203).pixel(400, 300);
    }

private:
    qint64 &m_checksum;
};

// The same label as resources/templates/label-100x150.json in glabels 3's format.
QString glabelsTemplate(const QString &csv)
{
    const auto text = [](double x, double y, double w, double h, double size, bool bold, const QString &body,
                         bool shrink = false) {
        return QStringLiteral(
                   "<Object-text x=\"%1mm\" y=\"%2mm\" w=\"%3mm\" h=\"%4mm\" justify=\"Left\" valign=\"Top\" "
                   "auto_shrink=\"%7\" a0=\"1\" a1=\"0\" a2=\"0\" a3=\"1\" a4=\"0\" a5=\"0\">"
                   "<Span font_family=\"Noto Sans CJK SC\" font_size=\"%5\" font_weight=\"%6\" "
                   "font_italic=\"False\" color=\"0xff\" line_spacing=\"1\">%8</Span></Object-text>\n")
            .arg(x)
            .arg(y)
            .arg(w)
            .arg(h)
            .arg(size)
            .arg(bold ? QStringLiteral("Bold") : QStringLiteral("Regular"))
            .arg(shrink ? QStringLiteral("True") : QStringLiteral("False"))
            .arg(body);
    };
    const auto field = [](const char *name) {
        return QStringLiteral("<Field name=\"%1\"/>").arg(QLatin1String(name));
    };
    const auto barcode = [](double x, double y, double w, double h, const char *name) {
        return QStringLiteral("<Object-barcode x=\"%1mm\" y=\"%2mm\" w=\"%3mm\" h=\"%4mm\" style=\"Code128\" "
                              "text=\"True\" "
                              "checksum=\"True\" color=\"0xff\" field=\"%5\" a0=\"1\" a1=\"0\" a2=\"0\" "
                              "a3=\"1\" a4=\"0\" "
                              "a5=\"0\"/>\n")
            .arg(x)
            .arg(y)
            .arg(w)
            .arg(h)
            .arg(QLatin1String(name));
    };
    const auto line = [](double y) {
        return QStringLiteral(
                   "<Object-line x=\"0mm\" y=\"%1mm\" dx=\"100mm\" dy=\"0mm\" line_width=\"0.3mm\" "
                   "line_color=\"0xff\" a0=\"1\" a1=\"0\" a2=\"0\" a3=\"1\" a4=\"0\" a5=\"0\"/>\n")
            .arg(y);
    };
    QString objects;
    objects += text(3, 1, 55, 10, 15, true, field("courier"));
    objects += text(3, 11, 94, 13, 24, true, field("sort"), true);
    objects += line(25);
    objects += barcode(4, 26, 92, 24, "tracking");
    objects += line(51);
    objects += text(3, 52, 8, 8, 14, true, QStringLiteral("收"));
    objects += text(13, 52, 84, 8, 12, true, field("name") + QStringLiteral("  ") + field("phone"), true);
    objects += text(13, 60, 84, 16, 11, false, field("address"), true);
    objects += line(77);
    objects += text(3, 78, 8, 7, 12, true, QStringLiteral("寄"));
    objects += text(13, 78, 84, 7, 9, false, field("sender"), true);
    objects += line(92);
    objects += text(3, 93, 94, 19, 9, false, field("items"), true);
    objects += line(113);
    objects += barcode(4, 114, 70, 18, "order");
    objects += text(75, 114, 22, 18, 12, true, field("count") + QStringLiteral(" 件"));
    objects += text(3, 133, 60, 6, 8, false, QStringLiteral("订单 ") + field("order"));
    objects += text(63, 133, 34, 6, 7, false, field("time"));
    return QStringLiteral(
               "<?xml version=\"1.0\"?>\n<Glabels-document xmlns=\"http://glabels.org/xmlns/3.0/\">\n"
               "<Template brand=\"Packline\" part=\"100x150\" size=\"Other\" width=\"100mm\" "
               "height=\"150mm\" "
               "description=\"label\">\n<Label-rectangle id=\"0\" width=\"100mm\" height=\"150mm\" "
               "round=\"0mm\" "
               "x_waste=\"0mm\" y_waste=\"0mm\">\n<Markup-margin size=\"0mm\"/>\n<Layout nx=\"1\" ny=\"1\" "
               "x0=\"0mm\" y0=\"0mm\" dx=\"100mm\" dy=\"150mm\"/>\n</Label-rectangle>\n</Template>\n"
               "<Objects id=\"0\" rotate=\"False\">\n") +
           objects +
           QStringLiteral(
               "</Objects>\n<Merge type=\"Text/Comma/Line1Keys\" src=\"%1\"/>\n</Glabels-document>\n")
               .arg(csv);
}
} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, also into a pipe or a log
    Allocator::keepFreedMemory();             // as packline's main() does
    LabelRenderer::cacheLargeGlyphs();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.contains(QStringLiteral("--labels"))
                      ? args.value(args.indexOf(QStringLiteral("--labels")) + 1).toInt()
                      : 2000;
    QTemporaryDir tmp;
    const QString dir = args.contains(QStringLiteral("--keep"))
                            ? args.value(args.indexOf(QStringLiteral("--keep")) + 1)
                            : tmp.path();
    QTextStream out(stdout);
    try {
        Database database;
        if (!database.open(dir + QStringLiteral("/bench.db")))
            throw Error(database.error());
        const QSqlDatabase db = database.connection();
        const Actor actor{QStringLiteral("bench"), QStringLiteral("BENCH")};
        DemoSeeder::seed(db, actor, {3 * n, 7, 200});
        // Three flash-sale waves of n Submitted ZTO orders waiting for labels, numbers in the pool:
        // one printed to a PDF, one as 203-dpi images, one as TSPL to a printer on 127.0.0.1.
        Sql::run(db,
                 QStringLiteral(
                     "UPDATE orders SET stage = ?, courier_code = 'ZTO', tracking_no = NULL, version = 1 "
                     "WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT ?)"),
                 {Stages::code(Stage::Submitted), 3 * n});
        const QString first = QStringLiteral("759%1").arg(1, 9, 10, QLatin1Char('0'));
        const QString last = QStringLiteral("759%1").arg(3 * n, 9, 10, QLatin1Char('0'));
        TrackingPool::importRange(db, actor, QStringLiteral("ZTO"), first, last);
        QList<qint64> wave;
        QSqlQuery q = Sql::run(db, QStringLiteral("SELECT id FROM orders WHERE stage = ? ORDER BY id"),
                               {Stages::code(Stage::Submitted)});
        while (q.next())
            wave << q.value(0).toLongLong();
        q.finish();
        const QList<qint64> ids = wave.mid(0, n), imageIds = wave.mid(n, n), thermalIds = wave.mid(2 * n);
        LabelRenderer::requireFont(QStringLiteral("Noto Sans CJK SC"));

        // End to end: a job (numbers + stage moves) streamed to a sink, every page from the database.
        struct Wave {
            double jobMs = 0, firstMs = 0, totalMs = 0;
            std::chrono::steady_clock::time_point start;
        };
        const auto printWave = [&](const QList<qint64> &orders, const QString &printer,
                                   std::unique_ptr<PageSink> target) {
            Wave w;
            QElapsedTimer clock;
            clock.start();
            w.start = std::chrono::steady_clock::now();
            PrintQueue::JobSpec spec;
            spec.templateId = QStringLiteral("label-100x150");
            spec.printer = printer;
            spec.checkPrinter = false; // the bench's own sinks are no CUPS queues
            // Streamed: the first 25 labels get numbers and go to the printer while the rest of the
            // wave is assigned in chunks between pages.
            const int firstChunk = 25, chunk = 250;
            spec.orderIds = orders.mid(0, firstChunk);
            const Result<PrintQueue::CreatedJob> made = PrintQueue::create(db, actor, spec);
            if (!made)
                throw Error(made.message);
            w.jobMs = clock.nsecsElapsed() / 1e6;
            auto timing = std::make_unique<TimingSink>(std::move(target), clock);
            TimingSink *sink = timing.get();
            PrintRunner runner(db, actor, made->jobId, std::move(timing));
            runner.step();
            for (qsizetype from = firstChunk; from < orders.size(); from += chunk) {
                const Result<PrintQueue::CreatedJob> more =
                    PrintQueue::append(db, actor, made->jobId, orders.mid(from, chunk));
                if (!more)
                    throw Error(more.message);
                for (int i = 0; i < firstChunk; ++i)
                    runner.step();
            }
            runner.runAll();
            if (PrintQueue::job(db, made->jobId)->done != orders.size())
                throw Error(QStringLiteral("not every label was printed"));
            w.totalMs = clock.nsecsElapsed() / 1e6;
            w.firstMs = sink->firstMs();
            return w;
        };
        // 1. To a PDF.
        const QString pdf = dir + QStringLiteral("/packline.pdf");
        const Wave pdfWave = printWave(ids, QStringLiteral("pdf:") + pdf, std::make_unique<PdfSink>(pdf));
        // 2. To 203-dpi images, page by page.
        qint64 imageSum = 0;
        const Wave imageWave =
            printWave(imageIds, QStringLiteral("images-203dpi"), std::make_unique<ImageSink>(imageSum));

        // 3. To a TSPL label printer listening on 127.0.0.1, 203 dpi, self-check on: each label its
        //    own connection, done when the printer's TCP stack has acknowledged every byte.
        NetworkLabelPrinter thermalPrinter(NetworkLabelPrinter::Mode::Take, 0, false);
        QSettings noSettings(dir + QStringLiteral("/none.ini"), QSettings::IniFormat);
        const ThermalSettings tspl(noSettings, thermalPrinter.address()); // TSPL, 203 dpi, self-check on
        const Wave thermalWave =
            printWave(thermalIds, thermalPrinter.address(), std::make_unique<RawPrinterSink>(tspl));
        const double firstByteMs =
            std::chrono::duration<double, std::milli>(thermalPrinter.firstByte() - thermalWave.start).count();
        thermalPrinter.waitForConnections(int(thermalIds.size()));
        const qint64 thermalBytes = thermalPrinter.totalBytes();

        // 4. The first wave's labels again to 203-dpi images, without the queue: reading and painting.
        LabelRenderer renderer(TemplateLibrary::load(QStringLiteral("label-100x150")));
        QElapsedTimer imageClock;
        imageClock.start();
        qint64 checksum = 0;
        OrderPrintReader reader(db); // as a print job reads: statements prepared once
        for (qint64 id : ids) {
            const QImage image = renderer.toImage(reader.forOrder(id), 203);
            checksum += image.pixel(400, 300);
        }
        const double imageMs = imageClock.nsecsElapsed() / 1e6;
        // Where the time goes: reading the rows alone, and painting alone (data read once).
        QElapsedTimer readClock;
        readClock.start();
        QList<PrintData> rows;
        for (qint64 id : ids)
            rows << reader.forOrder(id);
        const double readMs = readClock.nsecsElapsed() / 1e6;
        QElapsedTimer paintClock;
        paintClock.start();
        for (const PrintData &d : rows)
            checksum += renderer.toImage(d, 203).pixel(10, 10);
        const double paintMs = paintClock.nsecsElapsed() / 1e6;
        // The first wave from the database as one raw TSPL stream (reading, raster, self-check,
        // encoding), and again without the self-check: the difference is what it costs per label.
        const auto tsplStream = [&](bool check) {
            ThermalSettings s = tspl;
            s.selfCheck = check;
            const ThermalStream stream(s);
            QElapsedTimer t;
            t.start();
            qsizetype size = 0; // label by label: 2,000 labels are 240 MB of TSPL
            for (qint64 id : ids)
                size += stream.page(renderer, reader.forOrder(id)).size();
            return std::pair{t.nsecsElapsed() / 1e6, size};
        };
        const auto [tsplCheckedMs, tsplSize] = tsplStream(true);
        const auto [tsplUncheckedMs, tsplUncheckedSize] = tsplStream(false);
        Q_UNUSED(tsplUncheckedSize);
        // Where a TSPL label's time goes, stage by stage, on the rows read above.
        double stageMs[4] = {0, 0, 0, 0}; // paint, 1-bit raster, self-check, encode
        {
            const ThermalStream stream(tspl);
            const RasterOptions options = stream.rasterOptions();
            const auto encoder = LabelEncoder::forSettings(tspl);
            QElapsedTimer t;
            qsizetype size = 0;
            for (const PrintData &d : rows) {
                t.start();
                const QImage painted = renderer.toImage(d, options.dpi, 0, LabelRenderer::Ink::Dots);
                stageMs[0] += t.nsecsElapsed() / 1e6;
                t.start();
                const MonoRaster r = LabelRaster::fromImage(painted, options);
                stageMs[1] += t.nsecsElapsed() / 1e6;
                t.start();
                if (!LabelSelfCheck::check(r, options, renderer.barcodes(d)).isEmpty())
                    throw Error(QStringLiteral("a bench label failed its self-check"));
                stageMs[2] += t.nsecsElapsed() / 1e6;
                t.start();
                size += encoder->label(r).size();
                stageMs[3] += t.nsecsElapsed() / 1e6;
            }
            Q_UNUSED(size);
        }

        // 5. glabels-3-batch on an equivalent template; its merge CSV is written from the same rows (not
        // timed
        //    against it: glabels cannot read our database, so it gets its input for free).
        const QString csv = dir + QStringLiteral("/labels.csv");
        {
            QFile f(csv);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            QTextStream s(&f);
            s << "courier,sort,tracking,name,phone,address,sender,items,order,count,time\n";
            for (qint64 id : ids) {
                const PrintData d = OrderPrintData::forOrder(db, id);
                QStringList row;
                for (const char *k :
                     {"courier.name", "sort.code", "tracking.no", "receiver.name", "receiver.phone",
                      "receiver.address", "sender.name", "items", "order.no", "item.count", "print.time"})
                    row << renderer.shown(d, QString::fromLatin1(k));
                s << Csv::line(row);
            }
        }
        const QString glabelsFile = dir + QStringLiteral("/labels.glabels");
        {
            QFile f(glabelsFile);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(glabelsTemplate(csv).toUtf8());
        }
        const QString glabels = args.contains(QStringLiteral("--no-glabels"))
                                    ? QString()
                                    : QStandardPaths::findExecutable(QStringLiteral("glabels-3-batch"));
        double glabelsMs = -1;
        if (!glabels.isEmpty()) {
            QProcess p;
            QElapsedTimer gl;
            gl.start();
            p.start(glabels, {QStringLiteral("-o"), dir + QStringLiteral("/glabels.pdf"), glabelsFile});
            p.waitForFinished(-1);
            glabelsMs = gl.nsecsElapsed() / 1e6;
            if (p.exitCode() != 0)
                out << "glabels-3-batch failed: " << p.readAllStandardError() << Qt::endl;
        }

        out << QStringLiteral("labels: %1 (100x150 mm, CJK, 2 x Code 128), template label-100x150\n")
                   .arg(ids.size());
        out << QStringLiteral("packline first chunk of the job (25 numbers + stage moves): %1 ms\n")
                   .arg(pdfWave.jobMs, 0, 'f', 1);
        out << QStringLiteral("packline first page handed to the PDF writer: %1 ms after start\n")
                   .arg(pdfWave.firstMs, 0, 'f', 1);
        out << QStringLiteral("packline end to end to PDF: %1 ms (%2 labels/s)\n")
                   .arg(pdfWave.totalMs, 0, 'f', 1)
                   .arg(ids.size() / (pdfWave.totalMs / 1000), 0, 'f', 0);
        out << QStringLiteral(
                   "packline end to end to 203-dpi images: %1 ms (%2 labels/s), first page %3 ms [%4]\n")
                   .arg(imageWave.totalMs, 0, 'f', 1)
                   .arg(imageIds.size() / (imageWave.totalMs / 1000), 0, 'f', 0)
                   .arg(imageWave.firstMs, 0, 'f', 1)
                   .arg(imageSum);
        out << QStringLiteral(
                   "packline to 203-dpi images (read + render, no queue): %1 ms (%2 labels/s) [%3]\n")
                   .arg(imageMs, 0, 'f', 1)
                   .arg(ids.size() / (imageMs / 1000), 0, 'f', 0)
                   .arg(checksum);
        out << QStringLiteral("  of which reading %1 rows: %2 ms; painting them: %3 ms\n")
                   .arg(ids.size())
                   .arg(readMs, 0, 'f', 1)
                   .arg(paintMs, 0, 'f', 1);
        out << QStringLiteral(
                   "packline end to end to a TSPL printer on 127.0.0.1 (203 dpi, self-check on): %1 ms "
                   "(%2 labels/s, %3 MB), first byte at the printer %4 ms after start\n")
                   .arg(thermalWave.totalMs, 0, 'f', 1)
                   .arg(thermalIds.size() / (thermalWave.totalMs / 1000), 0, 'f', 0)
                   .arg(thermalBytes / 1e6, 0, 'f', 1)
                   .arg(firstByteMs, 0, 'f', 1);
        out << QStringLiteral("packline database to one TSPL stream (read + raster + self-check + encode, no "
                              "queue): %1 ms, "
                              "%2 MB; without the self-check %3 ms: the self-check costs %4 ms per label\n")
                   .arg(tsplCheckedMs, 0, 'f', 1)
                   .arg(tsplSize / 1e6, 0, 'f', 1)
                   .arg(tsplUncheckedMs, 0, 'f', 1)
                   .arg((tsplCheckedMs - tsplUncheckedMs) / rows.size(), 0, 'f', 2);
        out << QStringLiteral(
                   "  per TSPL label: paint %1 ms, 1-bit raster %2 ms, self-check %3 ms, encode %4 ms\n")
                   .arg(stageMs[0] / rows.size(), 0, 'f', 3)
                   .arg(stageMs[1] / rows.size(), 0, 'f', 3)
                   .arg(stageMs[2] / rows.size(), 0, 'f', 3)
                   .arg(stageMs[3] / rows.size(), 0, 'f', 3);
        if (glabelsMs > 0) {
            out << QStringLiteral("glabels-3-batch CSV to PDF: %1 ms\n").arg(glabelsMs, 0, 'f', 1);
            out << QStringLiteral("ratio glabels / packline (PDF, end to end): %1x (target >= 25x)\n")
                       .arg(glabelsMs / pdfWave.totalMs, 0, 'f', 1);
            out << QStringLiteral(
                       "ratio glabels / packline (203-dpi images, end to end, a commit per page): %1x\n")
                       .arg(glabelsMs / imageWave.totalMs, 0, 'f', 1);
            out << QStringLiteral("ratio glabels / packline (203-dpi images, read + render): %1x\n")
                       .arg(glabelsMs / imageMs, 0, 'f', 1);
            out << QStringLiteral(
                       "ratio glabels / packline (TSPL to a printer, end to end, self-check on): %1x "
                       "(target >= 25x)\n")
                       .arg(glabelsMs / thermalWave.totalMs, 0, 'f', 1);
            out << QStringLiteral(
                       "ratio glabels / packline (database to one TSPL stream, self-check on): %1x\n")
                       .arg(glabelsMs / tsplCheckedMs, 0, 'f', 1);
        } else {
            out << "glabels-3-batch not found: run bench/run_label_bench.sh (it installs glabels)\n";
        }
    } catch (const Error &e) {
        fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
