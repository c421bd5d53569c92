#include "ThermalSettings.h"

#include <QCoreApplication>
#include <QUrl>
#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ThermalSettings", text);
}

const QString kLanguage = QStringLiteral("language");
const QString kDpi = QStringLiteral("dpi");
const QString kDarkness = QStringLiteral("darkness");
const QString kSpeed = QStringLiteral("speed");
const QString kThreshold = QStringLiteral("threshold");
const QString kMedia = QStringLiteral("media");
const QString kGap = QStringLiteral("gapMm");
const QString kOffsetX = QStringLiteral("offsetXMm");
const QString kOffsetY = QStringLiteral("offsetYMm");
const QString kRotate = QStringLiteral("rotate180");
const QString kSelfCheck = QStringLiteral("selfCheck");

bool directPrinter(const QString &printer)
{
    return printer.startsWith(u"socket://") || printer.startsWith(u"device:");
}
} // namespace

QString ThermalSettings::groupOf(const QString &printer)
{
    // "socket://10.0.0.7:9100" holds slashes, which QSettings reads as subgroups: percent-encode
    // the name (a CUPS queue name stays as it is).
    return QStringLiteral("printers/") + QString::fromLatin1(QUrl::toPercentEncoding(printer));
}

ThermalSettings::ThermalSettings(QSettings &settings, const QString &name)
    : printer(name)
{
    if (directPrinter(name))
        language = Language::Tspl;
    settings.beginGroup(groupOf(name));
    parseLanguage(settings.value(kLanguage).toString(), &language);
    dpi = settings.value(kDpi, dpi).toInt();
    darkness = settings.value(kDarkness, darkness).toInt();
    speed = settings.value(kSpeed, speed).toInt();
    threshold = settings.value(kThreshold, threshold).toInt();
    parseMedia(settings.value(kMedia).toString(), &media);
    gapMm = settings.value(kGap, gapMm).toDouble();
    offsetXMm = settings.value(kOffsetX, offsetXMm).toDouble();
    offsetYMm = settings.value(kOffsetY, offsetYMm).toDouble();
    rotate180 = settings.value(kRotate, rotate180).toBool();
    selfCheck = settings.value(kSelfCheck, selfCheck).toBool();
    settings.endGroup();
}

void ThermalSettings::save(QSettings &settings) const
{
    settings.beginGroup(groupOf(printer));
    settings.setValue(kLanguage, languageName(language));
    settings.setValue(kDpi, dpi);
    settings.setValue(kDarkness, darkness);
    settings.setValue(kSpeed, speed);
    settings.setValue(kThreshold, threshold);
    settings.setValue(kMedia, mediaName(media));
    settings.setValue(kGap, gapMm);
    settings.setValue(kOffsetX, offsetXMm);
    settings.setValue(kOffsetY, offsetYMm);
    settings.setValue(kRotate, rotate180);
    settings.setValue(kSelfCheck, selfCheck);
    settings.endGroup();
    settings.sync();
}

QString ThermalSettings::languageName(Language l)
{
    switch (l) {
    case Language::Tspl:
        return QStringLiteral("tspl");
    case Language::Zpl:
        return QStringLiteral("zpl");
    case Language::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString ThermalSettings::mediaName(Media m)
{
    switch (m) {
    case Media::BlackMark:
        return QStringLiteral("black-mark");
    case Media::Continuous:
        return QStringLiteral("continuous");
    case Media::Gap:
        break;
    }
    return QStringLiteral("gap");
}

bool ThermalSettings::parseLanguage(const QString &text, Language *out)
{
    for (Language l : {Language::Pdf, Language::Tspl, Language::Zpl})
        if (text.compare(languageName(l), Qt::CaseInsensitive) == 0) {
            *out = l;
            return true;
        }
    return false;
}

bool ThermalSettings::parseMedia(const QString &text, Media *out)
{
    for (Media m : {Media::Gap, Media::BlackMark, Media::Continuous})
        if (text.compare(mediaName(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    return false;
}

Result<> ThermalSettings::usable() const
{
    if (dpi != 203 && dpi != 300)
        return Result<>::failure(tr("The resolution is 203 or 300 dpi, not %1.").arg(dpi));
    if (darkness < 0 || darkness > 15)
        return Result<>::failure(tr("The darkness is 0 to 15, not %1.").arg(darkness));
    if (speed < 1 || speed > 14)
        return Result<>::failure(tr("The speed is 1 to 14 inches per second, not %1.").arg(speed));
    if (threshold < 1 || threshold > 254)
        return Result<>::failure(tr("The threshold is 1 to 254, not %1.").arg(threshold));
    if (gapMm < 0 || gapMm > 30)
        return Result<>::failure(tr("The gap is 0 to 30 mm, not %1.").arg(gapMm));
    if (std::abs(offsetXMm) > 20 || std::abs(offsetYMm) > 20)
        return Result<>::failure(tr("An offset is at most 20 mm either way."));
    return Result<>::success();
}

QStringList ThermalSettings::describe() const
{
    return {
        tr("printer %1").arg(printer),
        tr("language %1, %2 dpi").arg(languageName(language)).arg(dpi),
        tr("darkness %1, speed %2 ips, threshold %3").arg(darkness).arg(speed).arg(threshold),
        tr("media %1, gap %2 mm").arg(mediaName(media)).arg(gapMm),
        tr("offset x %1 mm, y %2 mm").arg(offsetXMm).arg(offsetYMm),
        tr("rotate 180° %1, self-check %2")
            .arg(rotate180 ? tr("on") : tr("off"), selfCheck ? tr("on") : tr("off")),
    };
}
