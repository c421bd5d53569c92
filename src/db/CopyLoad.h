#pragma once

#include "BulkLoad.h"

#include <QByteArray>

struct pg_conn;

// PostgreSQL's fastest way in: COPY table (columns) FROM STDIN in text format, fed through
// libpq's PQputCopyData on the QPSQL driver's own connection (so it is part of the transaction
// open there). One statement for the whole load: foreign keys are checked at its end, so a row may
// reference one that comes later (an order merged into a newer one). Rows are sent in blocks of
// about 256 KB; the server's verdict comes with finish().
class CopyLoad : public BulkLoad {
public:
    CopyLoad(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    ~CopyLoad() override; // a load not finished is abandoned (its transaction must roll back)

    void add(const QVariantList &values) override;
    void finish() override;

private:
    void send();
    [[noreturn]] void fail(const QString &what) const;

    pg_conn *m_connection = nullptr;
    QString m_table;
    QByteArray m_block;
    bool m_open = false;
};
