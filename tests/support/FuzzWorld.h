#pragma once

// What the libFuzzer targets over the file readers share: a QCoreApplication (the SQL driver
// plugins need one) and one migrated database in a temporary folder with a few orders (numbered
// 1, 2, …) and SKUs (A-1, B-1), made once per process; and a file to hand the readers that take
// a path (put TMPDIR on a tmpfs such as /dev/shm).
#include "base/Actor.h"
#include "base/ShownText.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "stock/CatalogCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

class FuzzWorld {
public:
    static FuzzWorld &get()
    {
        static FuzzWorld world;
        return world;
    }
    static void init(int *argc, char ***argv)
    {
        static QCoreApplication app(*argc, *argv);
        get();
    }
    QSqlDatabase db() const { return m_db.connection(); }
    static Actor actor() { return {QStringLiteral("fuzz"), QStringLiteral("FUZZ-01")}; }
    qint64 count(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Sql::scalar(db(), sql, values).toLongLong();
    }
    // The input as a file, for readers that open a path.
    QString file(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("input.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write the fuzz input");
        return path;
    }
    // A message shown to a person never carries a control character (ShownText's job).
    static void checkShown(const QString &text)
    {
        for (QChar c : text)
            if (ShownText::isControl(c.unicode()))
                __builtin_trap();
    }

private:
    FuzzWorld()
    {
        if (!m_db.open(m_dir.filePath(QStringLiteral("fuzz.db"))))
            qFatal("cannot open the fuzz database: %s", qPrintable(m_db.error()));
        const QString now = QStringLiteral("2026-11-11 00:00:00");
        Sql::run(db(), QStringLiteral("INSERT INTO shops (platform, name, created_at) VALUES ('taobao', 'S', ?)"),
                 {now});
        for (int i = 1; i <= 5; ++i)
            Sql::run(db(),
                     QStringLiteral("INSERT INTO orders (shop_id, platform_order_no, stage, stage_changed_at, "
                                    "imported_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)"),
                     {QString::number(i), i % 2 ? QStringLiteral("imported") : QStringLiteral("shipped"), now, now,
                      now});
        CatalogCsv::importBytes(db(), actor(), QByteArrayLiteral("code,title,barcodes\nA-1,a,690001\nB-1,b,690002\n"),
                                QStringLiteral("seed.csv"));
    }
    QTemporaryDir m_dir;
    Database m_db;
};
