#include "BulkLoad.h"

#include "BulkStatement.h"
#include "Sql.h"

#include <QSqlDriver>

namespace {
class InsertLoad : public BulkLoad {
public:
    InsertLoad(const QSqlDatabase &db, const QString &table, const QStringList &columns,
               const QStringList &key)
    {
        // Table and column names come from the catalog, quoted as identifiers; values are bound.
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName),
                               Sql::columnList(db, columns),
                               QStringList(columns.size(), QStringLiteral("?")).join(u','));
        if (!key.isEmpty())
            sql += QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(Sql::columnList(db, key));
        m_insert = BulkStatement::make(db, sql);
    }

    void add(const QVariantList &values) override
    {
        for (const QVariant &v : values) {
            if (v.isNull())
                m_insert->addNull();
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                m_insert->add(v.toLongLong());
            else
                m_insert->add(v.toString());
        }
        m_insert->exec();
    }
    void finish() override {}

private:
    std::unique_ptr<BulkStatement> m_insert;
};
} // namespace

std::unique_ptr<BulkLoad> BulkLoad::byInsert(const QSqlDatabase &db, const QString &table,
                                             const QStringList &columns, const QStringList &key)
{
    return std::make_unique<InsertLoad>(db, table, columns, key);
}
