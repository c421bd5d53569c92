// The start-of-shift dialog: it offers the active operators, and a new name typed in is added to
// the operators table with its audit row, in one transaction through the core (db/Operators).
#include "TestDatabase.h"
#include "base/Clock.h"
#include "db/Operators.h"
#include "db/Sql.h"
#include "ui/OperatorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

class TestOperatorDialog : public QObject {
    Q_OBJECT

    static qint64 audits(const QSqlDatabase &db)
    {
        return countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'operator'"));
    }

    // Types name and station as a person would, then presses Enter (the OK button).
    static void signIn(OperatorDialog &dialog, const QString &name, const QString &station)
    {
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("operatorName"));
        auto *stationEdit = dialog.findChild<QLineEdit *>(QStringLiteral("station"));
        QVERIFY(combo && stationEdit);
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), name);
        stationEdit->selectAll();
        QTest::keyClicks(stationEdit, station);
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase() { PACKLINE_SKIP_WITHOUT_ENGINE(); }

    void offersTheActiveOperatorsByName()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        for (const char *name : {"王芳", "Li Lei", "Zhao"})
            QVERIFY(Operators::add(db, {QString::fromUtf8(name), QStringLiteral("S1")}));
        Sql::run(db, QStringLiteral("UPDATE operators SET active = 0 WHERE name = 'Zhao'"));
        QCOMPARE(Operators::activeNames(db), (QStringList{QStringLiteral("Li Lei"), QStringLiteral("王芳")}));
        OperatorDialog dialog(db, {QStringLiteral("Li Lei"), QStringLiteral("S1")});
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("operatorName"));
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("Li Lei"));
    }

    void aNewNameIsAddedWithItsAuditRow()
    {
        TestDatabase t;
        const QSqlDatabase db = t.connection();
        {
            OperatorDialog dialog(db, {});
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.show();
            signIn(dialog, QStringLiteral("Chen Jing"), QStringLiteral("PACK-02"));
            QCOMPARE(accepted.count(), 1);
            QCOMPARE(dialog.actor().operatorName, QStringLiteral("Chen Jing"));
        }
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM operators WHERE name = ?"),
                           {QStringLiteral("Chen Jing")}),
                 1);
        QCOMPARE(audits(db), 1);
        const auto row =
            Sql::firstRow(db, QStringLiteral("SELECT a.operator, a.station, a.action, a.after_json "
                                             "FROM audit_log a JOIN operators o ON o.id = a.entity_id "
                                             "WHERE a.entity = 'operator'"));
        QVERIFY(row);
        QCOMPARE(row->at(0).toString(), QStringLiteral("Chen Jing"));
        QCOMPARE(row->at(1).toString(), QStringLiteral("PACK-02"));
        QCOMPARE(row->at(2).toString(), QStringLiteral("add"));
        QVERIFY(row->at(3).toString().contains(QStringLiteral("Chen Jing")));

        // The same name again, from another station: no second row, nothing more to audit.
        OperatorDialog again(db, {QStringLiteral("Chen Jing"), QStringLiteral("PACK-02")});
        again.show();
        signIn(again, QStringLiteral("Chen Jing"), QStringLiteral("PACK-03"));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM operators")), 1);
        QCOMPARE(audits(db), 1);
    }
};

QTEST_MAIN(TestOperatorDialog)
#include "tst_operatordialog.moc"
