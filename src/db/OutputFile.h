#pragma once

#include <QSaveFile>
#include <QSqlDatabase>
#include <QString>

// A file Packline writes for a person: an export, a report, a PDF, the rows an import rejected.
// It is written under a temporary name and renamed into place at commit(), or not at all; every
// write and the commit are checked (a full disk is an Error naming the file and the OS reason);
// it is created 0600, as it holds buyers' names, phones and addresses; and it never lands on a
// database: not on the open one (same file through any path, symlink or hard link, nor its
// -wal/-shm/-journal), and not on any other SQLite file unless the person forces it.
class OutputFile {
public:
    // Force (--force): an existing SQLite file other than the open database may be replaced.
    enum class Overwrite { RefuseDatabases, Force };

    // database: the connection whose file must stay untouched (an invalid one: none).
    OutputFile(const QString &path, const QSqlDatabase &database,
               Overwrite overwrite = Overwrite::RefuseDatabases);
    OutputFile(const QString &path, const QString &databasePath,
               Overwrite overwrite = Overwrite::RefuseDatabases);
    ~OutputFile(); // not committed: nothing is left on disk
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Each throws Error with the file's name and why.
    void open();
    void write(const QByteArray &bytes);
    void commit();
    void cancel();
    // The open temporary file, for writers that stream into a device (QPdfWriter).
    QIODevice &device() { return m_file; }
    QString path() const { return m_path; }

    // open, write, commit.
    static void writeWhole(const QString &path, const QSqlDatabase &database, const QByteArray &bytes,
                           Overwrite overwrite = Overwrite::RefuseDatabases);
    // Why path must not be written, in words; empty when it may.
    static QString refusal(const QString &path, const QString &databasePath, Overwrite overwrite);
    // The file behind a connection; empty when it is not an SQLite file.
    static QString databaseFile(const QSqlDatabase &database);

private:
    [[noreturn]] void fail(const QString &why);

    QString m_path;
    QString m_databasePath;
    Overwrite m_overwrite;
    QSaveFile m_file;
};
