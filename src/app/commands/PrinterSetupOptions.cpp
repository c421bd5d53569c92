#include "PrinterSetupOptions.h"

#include "base/Error.h"
#include "printing/CalibrationLabel.h"
#include "printing/LabelRenderer.h"
#include "printing/PageSink.h"
#include "printing/TemplateLibrary.h"
#include "printing/ThermalSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <type_traits>

namespace {
const QString kSettings = QStringLiteral("printer-settings");
const QString kTestLabel = QStringLiteral("test-label");
const QString kLanguage = QStringLiteral("language");
const QString kDpi = QStringLiteral("dpi");
const QString kDarkness = QStringLiteral("darkness");
const QString kSpeed = QStringLiteral("speed");
const QString kThreshold = QStringLiteral("threshold");
const QString kMedia = QStringLiteral("media");
const QString kGap = QStringLiteral("gap");
const QString kOffsetX = QStringLiteral("offset-x");
const QString kOffsetY = QStringLiteral("offset-y");
const QString kRotate = QStringLiteral("rotate180");
const QString kSelfCheck = QStringLiteral("self-check");

// The options given, applied to the settings; empty when they all parse, else why not.
QString apply(const QCommandLineParser &p, ThermalSettings &s)
{
    const auto number = [&](const QString &option, auto &target) -> QString {
        if (!p.isSet(option))
            return {};
        bool ok = false;
        const double v = p.value(option).toDouble(&ok);
        if (!ok)
            return QCoreApplication::translate("PrinterSetupOptions", "--%1 takes a number, not '%2'.")
                .arg(option, p.value(option));
        target = static_cast<std::remove_reference_t<decltype(target)>>(v);
        return {};
    };
    const auto onOff = [&](const QString &option, bool &target) -> QString {
        if (!p.isSet(option))
            return {};
        const QString v = p.value(option);
        if (v != u"on" && v != u"off")
            return QCoreApplication::translate("PrinterSetupOptions", "--%1 is on or off, not '%2'.")
                .arg(option, v);
        target = v == u"on";
        return {};
    };
    if (p.isSet(kLanguage) && !ThermalSettings::parseLanguage(p.value(kLanguage), &s.language))
        return QCoreApplication::translate("PrinterSetupOptions", "--language is pdf, tspl or zpl, not '%1'.")
            .arg(p.value(kLanguage));
    if (p.isSet(kMedia) && !ThermalSettings::parseMedia(p.value(kMedia), &s.media))
        return QCoreApplication::translate("PrinterSetupOptions",
                                           "--media is gap, black-mark or continuous, not '%1'.")
            .arg(p.value(kMedia));
    for (const QString &why :
         {number(kDpi, s.dpi), number(kDarkness, s.darkness), number(kSpeed, s.speed),
          number(kThreshold, s.threshold), number(kGap, s.gapMm), number(kOffsetX, s.offsetXMm),
          number(kOffsetY, s.offsetYMm), onOff(kRotate, s.rotate180), onOff(kSelfCheck, s.selfCheck)})
        if (!why.isEmpty())
            return why;
    return {};
}

int settings(CliContext &c)
{
    QSettings store;
    ThermalSettings s(store, c.parser.value(kSettings));
    if (const QString why = apply(c.parser, s); !why.isEmpty()) {
        c.err << why << Qt::endl;
        return ExitUsage;
    }
    if (const Result<> usable = s.usable(); !usable) {
        c.err << usable.message << Qt::endl;
        return ExitBadInput;
    }
    bool changed = false;
    for (const QString &o : {kLanguage, kDpi, kDarkness, kSpeed, kThreshold, kMedia, kGap, kOffsetX, kOffsetY,
                             kRotate, kSelfCheck})
        changed = changed || c.parser.isSet(o);
    if (changed)
        s.save(store);
    for (const QString &line : s.describe())
        c.out << line << '\n';
    c.out.flush();
    return ExitOk;
}

int testLabel(CliContext &c)
{
    const QString printer = c.parser.value(kTestLabel);
    QSettings store;
    const ThermalSettings s(store, printer);
    const QString templateId = c.parser.value(QStringLiteral("template"));
    const QSizeF size =
        TemplateLibrary::load(templateId.isEmpty() ? QStringLiteral("label-100x150") : templateId).pageMm;
    LabelRenderer renderer(CalibrationLabel::layout(size));
    const std::unique_ptr<PageSink> sink = PageSinks::open(printer);
    sink->printPage(0, 1, renderer, CalibrationLabel::data(s));
    sink->finish();
    c.out << QCoreApplication::translate("PrinterSetupOptions", "Test label (%1 × %2 mm) sent to %3.")
                 .arg(size.width())
                 .arg(size.height())
                 .arg(sink->name())
          << Qt::endl;
    return ExitOk;
}
} // namespace

void PrinterSetupOptions::add(QCommandLineParser &parser)
{
    parser.addOptions({
        {kSettings,
         QCoreApplication::translate(
             "PrinterSetupOptions",
             "Show a label printer's settings, or change them with the options below (this station's)."),
         QCoreApplication::translate("PrinterSetupOptions", "PRINTER")},
        {kTestLabel,
         QCoreApplication::translate(
             "PrinterSetupOptions",
             "Print the test label (border, mm rulers, a barcode, the settings) on PRINTER."),
         QCoreApplication::translate("PrinterSetupOptions", "PRINTER")},
        {kLanguage, QCoreApplication::translate("PrinterSetupOptions", "Printer language: pdf, tspl or zpl."),
         QCoreApplication::translate("PrinterSetupOptions", "LANG")},
        {kDpi, QCoreApplication::translate("PrinterSetupOptions", "Print head resolution: 203 or 300."),
         QCoreApplication::translate("PrinterSetupOptions", "DPI")},
        {kDarkness, QCoreApplication::translate("PrinterSetupOptions", "Darkness (heat), 0 to 15."),
         QCoreApplication::translate("PrinterSetupOptions", "N")},
        {kSpeed, QCoreApplication::translate("PrinterSetupOptions", "Print speed, inches per second."),
         QCoreApplication::translate("PrinterSetupOptions", "N")},
        {kThreshold,
         QCoreApplication::translate("PrinterSetupOptions",
                                     "Gray level (1 to 254) below which a dot prints."),
         QCoreApplication::translate("PrinterSetupOptions", "N")},
        {kMedia, QCoreApplication::translate("PrinterSetupOptions", "Media: gap, black-mark or continuous."),
         QCoreApplication::translate("PrinterSetupOptions", "MEDIA")},
        {kGap, QCoreApplication::translate("PrinterSetupOptions", "Gap or black mark height in mm."),
         QCoreApplication::translate("PrinterSetupOptions", "MM")},
        {kOffsetX,
         QCoreApplication::translate("PrinterSetupOptions",
                                     "Move the print right by this many mm (negative: left)."),
         QCoreApplication::translate("PrinterSetupOptions", "MM")},
        {kOffsetY,
         QCoreApplication::translate("PrinterSetupOptions",
                                     "Move the print down by this many mm (negative: up)."),
         QCoreApplication::translate("PrinterSetupOptions", "MM")},
        {kRotate, QCoreApplication::translate("PrinterSetupOptions", "Turn labels 180°: on or off."),
         QCoreApplication::translate("PrinterSetupOptions", "on|off")},
        {kSelfCheck,
         QCoreApplication::translate("PrinterSetupOptions",
                                     "Read every label's barcodes back before it is sent: on or off."),
         QCoreApplication::translate("PrinterSetupOptions", "on|off")},
    });
}

std::optional<int> PrinterSetupOptions::run(CliContext &c)
{
    try {
        if (c.parser.isSet(kSettings))
            return settings(c);
        if (c.parser.isSet(kTestLabel))
            return testLabel(c);
    } catch (const Error &e) {
        c.err << e.message() << Qt::endl;
        return ExitBadInput;
    }
    return std::nullopt;
}
