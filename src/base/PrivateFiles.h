#pragma once

#include <QString>

// Files and folders that hold buyers' names, phones and addresses are their owner's alone:
// folders 0700, files 0600, whatever the umask says.
namespace PrivateFiles {
// Creates each missing folder of path with mode 0700 (existing ones are left as they are).
// False when one cannot be made.
bool makeFolders(const QString &path);
// Creates path as an empty 0600 file if nothing is there yet (two processes racing both succeed).
// Throws Error with the system's reason when it cannot be made.
void createEmpty(const QString &path);
// Sets an open file's mode to 0600 (a file replaced through QSaveFile keeps the old file's mode).
bool makeOwnerOnly(int fileDescriptor);
} // namespace PrivateFiles
