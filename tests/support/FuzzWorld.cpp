#include "FuzzWorld.h"

#include "base/ShownText.h"
#include "stock/CatalogCsv.h"

#include <QCoreApplication>
#include <QFile>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    FuzzWorld::get();
    return 0;
}

FuzzWorld &FuzzWorld::get()
{
    static FuzzWorld world;
    return world;
}

FuzzWorld::FuzzWorld()
{
    if (!m_db.open(m_dir.filePath(QStringLiteral("fuzz.db"))))
        qFatal("cannot open the fuzz database: %s", qPrintable(m_db.error()));
    // Orders with short numbers ("1", "2", …) a refund report can name, and SKUs A-1, B-1.
    const QString now = QStringLiteral("2026-11-11 00:00:00");
    Sql::run(db(), QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', 'S', ?)"),
             {now});
    for (int i = 1; i <= 5; ++i)
        Sql::run(db(),
                 QStringLiteral("INSERT INTO orders (shop_id, platform_order_no, stage, stage_changed_at, "
                                "imported_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)"),
                 {QString::number(i), i % 2 ? QStringLiteral("imported") : QStringLiteral("shipped"), now,
                  now, now});
    CatalogCsv::importBytes(db(), actor(),
                            QByteArrayLiteral("code,title,barcodes\nA-1,a,690001\nB-1,b,690002\n"),
                            QStringLiteral("seed.csv"));
}

QString FuzzWorld::file(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("input.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write the fuzz input");
    return path;
}

void FuzzWorld::checkShown(const QString &text)
{
    for (QChar c : text)
        if (ShownText::isControl(c.unicode()))
            __builtin_trap();
}
