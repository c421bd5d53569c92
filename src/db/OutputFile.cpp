#include "OutputFile.h"

#include "base/Error.h"
#include "base/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OutputFile", text);
}

bool statOf(const QString &path, struct stat *st)
{
    return ::stat(QFile::encodeName(path).constData(), st) == 0; // follows symlinks
}

// Where a path's bytes would land: through symlinked folders and a symlink (even a dangling
// one) to the name at the end, so "x.db-wal" is recognised before SQLite has made it.
QString finalName(const QString &path, int depth = 0)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    if (info.isSymLink() && depth < 16)
        return finalName(info.symLinkTarget(), depth + 1);
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

// A write cut short (a full disk) leaves Qt saying "Unknown error": the reason is in errno.
QString osReason(const QFileDevice &file)
{
    return errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
}

bool isSqlite(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}
} // namespace

OutputFile::OutputFile(const QString &path, const QSqlDatabase &database, Overwrite overwrite)
    : OutputFile(path, databaseFile(database), overwrite)
{
}

OutputFile::OutputFile(const QString &path, const QString &databasePath, Overwrite overwrite)
    : m_path(path)
    , m_databasePath(databasePath)
    , m_overwrite(overwrite)
    , m_file(path)
{
}

OutputFile::~OutputFile()
{
    m_file.cancelWriting();
}

QString OutputFile::databaseFile(const QSqlDatabase &database)
{
    if (!database.isValid() || database.driverName() != u"QSQLITE")
        return {};
    return database.databaseName();
}

QString OutputFile::refusal(const QString &path, const QString &databasePath, Overwrite overwrite)
{
    struct stat target {};
    const bool exists = statOf(path, &target);
    if (exists && S_ISDIR(target.st_mode))
        return tr("%1 is a folder: name a file to write.").arg(path);
    // QSaveFile would rename over a device node or a pipe, not write into it.
    if (exists && !S_ISREG(target.st_mode))
        return tr("%1 is not an ordinary file (a device or a pipe): name a file to write.").arg(path);
    if (!databasePath.isEmpty()) {
        const QString name = finalName(path);
        for (const QString suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            const QString companion = databasePath + suffix;
            struct stat other {};
            const bool sameFile = exists && statOf(companion, &other) && other.st_dev == target.st_dev &&
                                  other.st_ino == target.st_ino;
            if (!sameFile && name != finalName(companion))
                continue;
            if (suffix.isEmpty())
                return tr("%1 is the database Packline has open (%2): writing there would destroy it. "
                          "Choose another file.")
                    .arg(path, databasePath);
            return tr("%1 is a working file of the open database (%2): writing there would damage it. "
                      "Choose another file.")
                .arg(path, databasePath);
        }
    }
    if (exists && overwrite == Overwrite::RefuseDatabases && isSqlite(path))
        return tr("%1 is an SQLite database, not an earlier export: it was not replaced. Choose another "
                  "file (on the command line, --force replaces it).")
            .arg(path);
    return {};
}

void OutputFile::fail(const QString &why)
{
    m_file.cancelWriting();
    throw Error(tr("Cannot write %1: %2").arg(m_path, why));
}

void OutputFile::open()
{
    const QString refused = refusal(m_path, m_databasePath, m_overwrite);
    if (!refused.isEmpty())
        throw Error(refused);
    if (!m_file.open(QIODevice::WriteOnly))
        fail(m_file.errorString());
    // QSaveFile gives a replaced file's mode to the new one, and a new one the umask's.
    if (!PrivateFiles::makeOwnerOnly(m_file.handle()))
        fail(QString::fromLocal8Bit(std::strerror(errno)));
}

void OutputFile::write(const QByteArray &bytes)
{
    errno = 0;
    if (m_file.write(bytes) != bytes.size())
        fail(osReason(m_file));
}

void OutputFile::commit()
{
    // QSaveFile's commit() renames even when the last buffered bytes did not fit (its flush error
    // is not a write error to it), and ignores fsync's: so both are checked here, before it.
    errno = 0;
    if (!m_file.flush())
        fail(osReason(m_file));
    if (::fsync(m_file.handle()) != 0) // delayed allocation: a full disk can show only now
        fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (!m_file.commit())
        fail(m_file.errorString());
}

void OutputFile::cancel()
{
    m_file.cancelWriting();
}

void OutputFile::writeWhole(const QString &path, const QSqlDatabase &database, const QByteArray &bytes,
                            Overwrite overwrite)
{
    OutputFile file(path, database, overwrite);
    file.open();
    file.write(bytes);
    file.commit();
}
