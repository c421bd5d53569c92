#include "Migrations.h"

#include "Sql.h"
#include "SqlScript.h"
#include "Transaction.h"
#include "base/Error.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace {
// level → resource path, from the file names "0001_foundation.sql".
QMap<int, QString> scripts() {
    QMap<int, QString> found;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int level = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && level > 0)
            found.insert(level, dir.filePath(name));
    }
    return found;
}
} // namespace

int Migrations::latestLevel() {
    const auto all = scripts();
    return all.isEmpty() ? 0 : all.lastKey();
}

int Migrations::currentLevel(const QSqlDatabase &db) {
    return Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

bool Migrations::migrate(const QSqlDatabase &db, QString *error) {
    try {
        if (currentLevel(db) >= latestLevel())
            return true;
        Transaction tx(db);
        // Re-read under the write lock: another process may have migrated meanwhile.
        const int from = currentLevel(db);
        const auto all = scripts();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            if (it.key() <= from)
                continue;
            QFile file(it.value());
            if (!file.open(QIODevice::ReadOnly))
                throw Error(QStringLiteral("cannot read %1").arg(it.value()));
            const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
            for (const QString &statement : statements)
                Sql::run(db, statement);
            // PRAGMA takes no bound values; the level is our own integer.
            Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(it.key()));
        }
        tx.commit();
        return true;
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
}
