#include "PipelineStatement.h"

#include "PgPipeline.h"
#include "Reconnection.h"
#include "base/Error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <libpq-fe.h>

namespace {
QAtomicInteger<quint64> g_names;

// Qt's placeholders (?) as libpq's ($1, $2, …); a ? inside quotes is text, not a placeholder.
QByteArray numbered(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    QChar quote;
    int n = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            out += u'$' + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out.toUtf8();
}
} // namespace

PipelineStatement::PipelineStatement(const QSqlDatabase &db, const QString &sql)
    : m_connection(PgPipeline::connectionOf(db.driver()))
    , m_name("packline_bulk_" + QByteArray::number(g_names.fetchAndAddRelaxed(1)))
    , m_sql(sql)
{
    Reconnection::ensure(db);
    if (!m_connection)
        fail(QStringLiteral("no PostgreSQL connection"));
    PgPipeline::settle(m_connection);
    const QByteArray text = numbered(sql);
    PGresult *prepared = PQprepare(m_connection, m_name.constData(), text.constData(), 0, nullptr);
    const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    const QString error = QString::fromUtf8(PQresultErrorMessage(prepared)).trimmed();
    PQclear(prepared);
    if (!ok)
        fail(error);
    PGresult *described = PQdescribePrepared(m_connection, m_name.constData());
    m_yieldsRows = PQnfields(described) > 0;
    PQclear(described);
}

PipelineStatement::~PipelineStatement()
{
    if (m_result)
        PQclear(m_result);
    // The server forgets a prepared statement with its session; a long-lived connection should
    // not keep one per import. Not while a pipeline is open: its answers come first.
    if (m_connection && PQstatus(m_connection) == CONNECTION_OK &&
        PQpipelineStatus(m_connection) == PQ_PIPELINE_OFF &&
        PQtransactionStatus(m_connection) != PQTRANS_INERROR) {
        const QByteArray deallocate = "DEALLOCATE " + m_name;
        PQclear(PQexec(m_connection, deallocate.constData()));
    }
}

PipelineStatement &PipelineStatement::add(qint64 value)
{
    m_values << QByteArray::number(value);
    return *this;
}

PipelineStatement &PipelineStatement::add(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.isNull())
        utf8 = QByteArray(""); // "" for a null QString, as the BulkStatement contract says
    m_values << utf8;
    return *this;
}

PipelineStatement &PipelineStatement::addNull()
{
    m_values << QByteArray();
    return *this;
}

bool PipelineStatement::step()
{
    if (!m_ran) {
        m_ran = true;
        if (!m_yieldsRows) {
            PgPipeline::send(m_connection, m_name, m_sql, m_values);
            return false;
        }
        PgPipeline::settle(m_connection);
        const QVarLengthArray<const char *, 32> pointers = PgPipeline::parameters(m_values);
        m_result = PQexecPrepared(m_connection, m_name.constData(), int(pointers.size()),
                                  pointers.constData(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            fail(QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed());
    }
    if (!m_result)
        return false;
    return ++m_row < PQntuples(m_result);
}

void PipelineStatement::reset()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_values.clear();
    m_ran = false;
}

qint64 PipelineStatement::columnInt(int column) const
{
    return QByteArray(PQgetvalue(m_result, m_row, column)).toLongLong();
}

QString PipelineStatement::columnText(int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column));
}

void PipelineStatement::fail(const QString &what) const
{
    if (PgPipeline::linkLost(m_connection)) // before COMMIT: the server rolled the work back
        Reconnection::fail(what, true);
    throw Error(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                    .arg(what, m_sql.simplified().left(200)));
}
