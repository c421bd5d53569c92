#pragma once

// What the libFuzzer targets over the file readers share: a QCoreApplication (the SQL driver
// plugins need one) and one migrated database in a temporary folder with a few orders (numbered
// 1, 2, …) and SKUs (A-1, B-1), made once per process; and a file to hand the readers that take
// a path (put TMPDIR on a tmpfs such as /dev/shm). FuzzWorld.cpp also holds LLVMFuzzerInitialize,
// which makes the QCoreApplication and the world before the first input.
#include "base/Actor.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QTemporaryDir>
#include <cstdint>

class FuzzWorld {
public:
    static FuzzWorld &get();
    QSqlDatabase db() const { return m_db.connection(); }
    static Actor actor() { return {QStringLiteral("fuzz"), QStringLiteral("FUZZ-01")}; }
    static QByteArray bytes(const uint8_t *data, size_t size)
    {
        return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    qint64 count(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        return Sql::scalar(db(), sql, values).toLongLong();
    }
    // The input as a file, for readers that open a path.
    QString file(const QByteArray &bytes);
    // A message shown to a person never carries a control character (ShownText's job).
    static void checkShown(const QString &text);

private:
    FuzzWorld();
    QTemporaryDir m_dir;
    Database m_db;
};
