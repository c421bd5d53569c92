// The engine's bulk insert that skips existing keys (DatabaseEngine::bulkInsertNew; the review
// rules' new flags): on PostgreSQL a COPY into a staging table and one INSERT … SELECT, on SQLite
// an INSERT per row. Both must keep what is there, take the first of two rows with one key, carry
// any text intact, and leave nothing behind a rollback.
#include "TestDatabase.h"
#include "db/BulkLoad.h"
#include "db/DatabaseEngine.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QTest>

class TestBulkInsert : public QObject {
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_db;
    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<BulkLoad> load()
    {
        return DatabaseEngine::of(db()).bulkInsertNew(
            db(), QStringLiteral("kv"), {QStringLiteral("k"), QStringLiteral("name"), QStringLiteral("v")},
            {QStringLiteral("k"), QStringLiteral("name")});
    }
    // Every row as "k|name|v" (NULL as "-"), by key.
    QStringList rows()
    {
        QStringList out;
        QSqlQuery q = Sql::run(db(), QStringLiteral("SELECT k, name, v FROM kv ORDER BY k, name"));
        while (q.next())
            out << QStringLiteral("%1|%2|%3")
                       .arg(q.value(0).toString(), q.value(1).toString(),
                            q.value(2).isNull() ? QStringLiteral("-") : q.value(2).toString());
        return out;
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); }
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Sql::run(db(), QStringLiteral("CREATE TABLE kv (k BIGINT NOT NULL, name TEXT NOT NULL, v TEXT, "
                                      "PRIMARY KEY (k, name))"));
        Sql::run(db(), QStringLiteral("INSERT INTO kv (k, name, v) VALUES (1, 'a', 'there before')"));
    }
    void cleanup() { m_db.reset(); }

    void skipsExistingKeysAndKeepsTheFirstOfTwo()
    {
        const QString odd = QStringLiteral("tab\there, line\nbreak, back\\slash \\N, \"引号\" 中文 😀");
        Transaction tx(db());
        std::unique_ptr<BulkLoad> first = load();
        first->add({qint64(1), QStringLiteral("a"), QStringLiteral("not this")}); // there before
        first->add({qint64(2), QStringLiteral("b"), odd});
        first->add({qint64(2), QStringLiteral("b"), QStringLiteral("second of a key")});
        first->add({qint64(3), QStringLiteral("c"), QVariant()});
        first->add({qint64(3), QStringLiteral("d"), QStringLiteral("same k, other name")});
        first->finish();
        QCOMPARE(rows().size(), 4);
        // A second load in the same transaction: only its own new keys.
        std::unique_ptr<BulkLoad> second = load();
        second->add({qint64(2), QStringLiteral("b"), QStringLiteral("again")});
        second->add({qint64(4), QStringLiteral("a"), QStringLiteral("new")});
        second->finish();
        tx.commit();
        QCOMPARE(rows(), (QStringList{QStringLiteral("1|a|there before"), QStringLiteral("2|b|") + odd,
                                      QStringLiteral("3|c|-"), QStringLiteral("3|d|same k, other name"),
                                      QStringLiteral("4|a|new")}));
    }

    void nothingBehindARollbackAndLoadsGoOnAfter()
    {
        {
            Transaction tx(db());
            std::unique_ptr<BulkLoad> l = load();
            for (qint64 k = 10; k < 3010; ++k)
                l->add({k, QStringLiteral("x"), QStringLiteral("rolled back")});
            l->finish();
        } // not committed
        QCOMPARE(rows(), QStringList{QStringLiteral("1|a|there before")});
        // The next transaction's load (the staging table went with the rollback on a server).
        Transaction tx(db());
        std::unique_ptr<BulkLoad> l = load();
        for (qint64 k = 10; k < 3010; ++k)
            l->add({k, QStringLiteral("x"), QStringLiteral("kept")});
        l->finish();
        std::unique_ptr<BulkLoad> empty = load();
        empty->finish();
        tx.commit();
        QCOMPARE(rows().size(), 3001);
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM kv WHERE v = 'kept'")).toInt(), 3000);
        // Committed, the next transaction starts with an empty stage: a load adds only its own rows.
        Transaction again(db());
        std::unique_ptr<BulkLoad> one = load();
        one->add({qint64(5000), QStringLiteral("y"), QStringLiteral("one")});
        one->finish();
        again.commit();
        QCOMPARE(rows().size(), 3002);
    }
};

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulkinsert.moc"
