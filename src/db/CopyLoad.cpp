#include "CopyLoad.h"

#include "PgPipeline.h"
#include "Reconnection.h"
#include "Sql.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <libpq-fe.h>

namespace {
constexpr qsizetype kBlockBytes = 256 * 1024;

// COPY's text format: tab between columns, \N for NULL, and backslash escapes for the
// characters that would end a field or a row.
void appendField(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
        out += QByteArray::number(value.toLongLong());
        return;
    }
    const QByteArray text = value.toString().toUtf8(); // QPSQL sets the client encoding to UTF-8
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QString resultError(PGresult *result)
{
    return QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
}
} // namespace

CopyLoad::CopyLoad(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_connection(PgPipeline::connectionOf(db.driver()))
    , m_table(table)
{
    if (!m_connection)
        fail(QStringLiteral("no PostgreSQL connection"));
    PgPipeline::settle(m_connection);
    // Names come from the catalog, quoted as identifiers; the rows travel as COPY data.
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN")
            .arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName), Sql::columnList(db, columns))
            .toUtf8();
    PGresult *result = PQexec(m_connection, sql.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    const QString error = resultError(result);
    PQclear(result);
    if (!started)
        fail(error);
    m_open = true;
    m_block.reserve(kBlockBytes + 4096);
}

CopyLoad::~CopyLoad()
{
    if (!m_open)
        return;
    // Abandoned (an error above): end the COPY as failed and read its results, so the connection
    // is back to the transaction, which the caller rolls back.
    PQputCopyEnd(m_connection, "abandoned");
    while (PGresult *result = PQgetResult(m_connection))
        PQclear(result);
}

void CopyLoad::add(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_block += '\t';
        appendField(m_block, values.at(i));
    }
    m_block += '\n';
    if (m_block.size() >= kBlockBytes)
        send();
}

void CopyLoad::send()
{
    if (m_block.isEmpty())
        return;
    if (PQputCopyData(m_connection, m_block.constData(), int(m_block.size())) != 1)
        fail(QString::fromUtf8(PQerrorMessage(m_connection)).trimmed());
    m_block.clear();
}

void CopyLoad::finish()
{
    send();
    m_open = false;
    QString error;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = resultError(result);
        PQclear(result);
    }
    if (!error.isEmpty())
        fail(error);
}

void CopyLoad::fail(const QString &what) const
{
    if (PgPipeline::linkLost(m_connection)) // before COMMIT: the server rolled the work back
        Reconnection::fail(what, true);
    throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: COPY %2)").arg(what, m_table));
}
