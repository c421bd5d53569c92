#include "SqliteStatement.h"

#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw Error(QCoreApplication::translate("SqliteStatement", "The database connection is not SQLite."));
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString SqliteStatement::withoutReturningId(const QString &sql, bool *stripped)
{
    // SQLite runs RETURNING as a temporary trigger, which makes every run of a one-row INSERT keep a
    // statement journal of each page it touches: for an order with its 13 indexes, about 11 pages
    // copied per order, a fifth of the import's CPU (perf). A one-row INSERT's new id is the
    // connection's last rowid whenever the INSERT changed a row, so the clause is dropped here and
    // answered in step(): one row when a row went in, none when ON CONFLICT DO NOTHING skipped it.
    static const QLatin1String tail(" RETURNING id");
    *stripped = sql.startsWith(QLatin1String("INSERT INTO "), Qt::CaseInsensitive) &&
                sql.endsWith(tail, Qt::CaseInsensitive) &&
                !sql.contains(QLatin1String("SELECT"), Qt::CaseInsensitive);
    return *stripped ? sql.chopped(tail.size()) : sql;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(handleOf(db))
    , m_sql(sql)
{
    const QByteArray utf8 = withoutReturningId(sql, &m_returnsId).toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
    m_buffer.resize(64 * 1024);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::fail(int code) const
{
    throw Error(QCoreApplication::translate("SqliteStatement", "Database statement failed: %1 (%2)")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql.left(120))
                    .append(code == SQLITE_BUSY ? QStringLiteral(" [busy]") : QString()));
}

SqliteStatement &SqliteStatement::add(qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, m_next++, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqliteStatement &SqliteStatement::add(const QString &text)
{
    // UTF-8 into one buffer reused for every run (SQLite stores UTF-8: handing it UTF-16 made it
    // convert, and allocate, per value). A value that would not fit is copied by SQLite instead,
    // so the buffer never moves under a value already bound.
    int rc = SQLITE_OK;
    if (m_used + text.size() * 3 <= m_buffer.size()) {
        char *start = m_buffer.data() + m_used;
        char *end = m_encoder.appendToBuffer(start, text);
        m_used += end - start;
        rc = sqlite3_bind_text(m_stmt, m_next++, start, int(end - start), SQLITE_STATIC);
    } else {
        const QByteArray utf8 = text.toUtf8();
        rc = sqlite3_bind_text(m_stmt, m_next++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

SqliteStatement &SqliteStatement::addNull()
{
    if (const int rc = sqlite3_bind_null(m_stmt, m_next++); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

bool SqliteStatement::step()
{
    if (m_returnsId) {
        if (m_idYielded)
            return false;
        if (const int rc = sqlite3_step(m_stmt); rc != SQLITE_DONE)
            fail(rc);
        m_idYielded = sqlite3_changes(m_db) == 1;
        return m_idYielded;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

void SqliteStatement::reset()
{
    // Every run binds every value again, so the old bindings need no clearing.
    sqlite3_reset(m_stmt);
    m_idYielded = false;
    m_used = 0;
    m_next = 1;
}

qint64 SqliteStatement::columnInt(int column) const
{
    if (m_returnsId)
        return sqlite3_last_insert_rowid(m_db);
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    if (m_returnsId)
        return QString::number(sqlite3_last_insert_rowid(m_db));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}
