#include "PrivateFiles.h"

#include "Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

bool PrivateFiles::makeFolders(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makeFolders(parent))
        return false;
    // mkdir applies the umask, which can only take bits away from 0700.
    return ::mkdir(QFile::encodeName(absolute).constData(), 0700) == 0 || errno == EEXIST;
}

void PrivateFiles::createEmpty(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd >= 0)
        ::close(fd);
    else if (errno != EEXIST)
        throw Error(QString::fromLocal8Bit(std::strerror(errno)));
}

bool PrivateFiles::makeOwnerOnly(int fileDescriptor)
{
    return ::fchmod(fileDescriptor, S_IRUSR | S_IWUSR) == 0;
}
