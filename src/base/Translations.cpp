#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;

void remove(QTranslator *&t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
        t = nullptr;
    }
}
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN")};
}

QString Translations::effective(const QString &requested)
{
    // PACKLINE_LANG overrides settings and locale (screenshots, support calls).
    const QString forced = qEnvironmentVariable("PACKLINE_LANG");
    if (!forced.isEmpty())
        return forced;
    if (!requested.isEmpty())
        return requested;
    const QString system = QLocale::system().name();
    return system.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

// Dates, times and numbers follow the language shown (QLocale() everywhere): a Chinese screen
// reads 2026/12/5, not "5 Dec 2026". English keeps the system's own conventions unless the
// system is Chinese.
static void setLocaleFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code == u"en")
        QLocale::setDefault(system.language() == QLocale::Chinese
                                ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : system);
    else
        QLocale::setDefault(QLocale(code));
}

bool Translations::install(const QString &requested)
{
    remove(g_app);
    remove(g_qt);
    const QString code = effective(requested);
    g_app = new QTranslator;
    if (code == u"en") {
        // The sources are English; the catalog adds only plural forms ("1 parcel", "2 parcels").
        if (g_app->load(QStringLiteral(":/i18n/packline_en.qm")))
            QCoreApplication::installTranslator(g_app);
        else
            remove(g_app);
        setLocaleFor(code);
        return true;
    }
    if (!g_app->load(QStringLiteral(":/i18n/packline_%1.qm").arg(code))) {
        delete g_app;
        g_app = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(g_app);
    setLocaleFor(code);
    g_qt = new QTranslator;
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    else
        remove(g_qt);
    return true;
}
